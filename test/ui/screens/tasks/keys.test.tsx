import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {snapshotOf} from '../../../helpers/fake-store.js';
import {KEYS, renderApp, selectedLine} from '../../render-app.js';
import {manyTasks, sampleTasks} from '../../sample-tasks.js';
import {waitUntil} from '../../../helpers/wait-until.js';

process.env.TZ = 'UTC';
afterEach(cleanup);

// height 12: 3 header lines, column titles, 7 rows, footer.
const selectedId = (frame: string) => selectedLine(frame)?.slice(2, 7);

describe('moving the cursor', () => {
	it('moves with arrows and j/k, and scrolls minimally', async () => {
		const app = renderApp(snapshotOf(manyTasks(50)));
		expect(selectedId(app.frame())).toBe('t0000');
		await app.press(KEYS.down);
		await app.press('j');
		expect(selectedId(app.frame())).toBe('t0002');
		await app.press('k');
		expect(selectedId(app.frame())).toBe('t0001');
		for (let i = 0; i < 7; i++) await app.press('j');
		// t0008 is the 9th row: the window moved by two, so t0002 is now the first row shown.
		expect(selectedId(app.frame())).toBe('t0008');
		expect(app.frame().split('\n')[4]).toContain('t0002');
		expect(app.frame()).toContain('9/50');
		await app.press(KEYS.up);
		expect(app.frame().split('\n')[4]).toContain('t0002');
	});

	it('pages with PgDn/PgUp and Ctrl+F/Ctrl+B, and jumps with Home/End and g/G', async () => {
		const app = renderApp(snapshotOf(manyTasks(50)));
		await app.press(KEYS.pageDown);
		expect(selectedId(app.frame())).toBe('t0007');
		await app.press(KEYS.ctrlF);
		expect(selectedId(app.frame())).toBe('t0014');
		await app.press(KEYS.ctrlB);
		expect(selectedId(app.frame())).toBe('t0007');
		await app.press(KEYS.pageUp);
		expect(selectedId(app.frame())).toBe('t0000');
		await app.press(KEYS.end);
		expect(selectedId(app.frame())).toBe('t0049');
		expect(app.frame()).toContain('50/50');
		await app.press(KEYS.home);
		expect(selectedId(app.frame())).toBe('t0000');
		await app.press('G');
		expect(selectedId(app.frame())).toBe('t0049');
		await app.press('g');
		expect(selectedId(app.frame())).toBe('t0000');
	});

	it('handles keys that arrive together in one read, as over a slow SSH link', async () => {
		const app = renderApp(snapshotOf(manyTasks(50)));
		await app.press('jjj');
		expect(selectedId(app.frame())).toBe('t0003');
		await app.press('k\r');
		expect(app.frame()).toContain('t0002');
		expect(selectedLine(app.frame())).toBeUndefined();
	});

	it('renders only the visible window of 5,000 tasks', () => {
		const app = renderApp(snapshotOf(manyTasks(5000)), {height: 12});
		const rows = app.frame().split('\n').filter(line => line.includes('10.0.'));
		expect(rows).toHaveLength(7);
		expect(app.frame()).toContain('1/5000');
	});
});

describe('commands', () => {
	it('p toggles pause and r refreshes through the store', async () => {
		const app = renderApp(snapshotOf(sampleTasks()));
		app.stdin.write('p');
		await waitUntil(() => {
			expect(app.store.togglePause).toHaveBeenCalledTimes(1);
		});
		app.stdin.write('r');
		await waitUntil(() => {
			expect(app.store.refreshNow).toHaveBeenCalledTimes(1);
		});
	});

	it('q and Ctrl+C quit', async () => {
		const app = renderApp(snapshotOf(sampleTasks()));
		app.stdin.write('q');
		await waitUntil(() => {
			expect(app.onQuit).toHaveBeenCalledTimes(1);
		});
		app.stdin.write(KEYS.ctrlC);
		await waitUntil(() => {
			expect(app.onQuit).toHaveBeenCalledTimes(2);
		});
	});

	it('s hides and shows stopped tasks', async () => {
		const app = renderApp(snapshotOf(sampleTasks()));
		expect(app.frame()).toContain('EssentialContainerExited: Essential');
		await app.press('s');
		expect(app.frame()).not.toContain('EssentialContainerExited: Essential');
		expect(app.frame()).toContain('stopped hidden · 1/4 of 5');
		await app.press('s');
		expect(app.frame()).toContain('EssentialContainerExited: Essential');
	});
});

describe('filter', () => {
	it('narrows the grid live as you type; letters go to the filter; Enter applies', async () => {
		const app = renderApp(snapshotOf(sampleTasks()));
		await app.press('/');
		for (const key of ['w', 'e', 'b']) await app.press(key);
		expect(app.frame()).toContain('/web');
		expect(app.frame()).not.toContain('worker');
		expect(app.frame()).not.toContain(' api ');
		await app.press('s'); // a command key in grid mode: here it is typed
		expect(app.frame()).toContain('/webs');
		expect(app.frame()).toContain('No task matches the filter.');
		await app.press(KEYS.backspace);
		await app.press(KEYS.enter);
		expect(app.frame()).toContain('filter "web" · 1/3 of 5');
		expect(app.frame()).not.toContain('/web');
		await app.press(KEYS.escape);
		expect(app.frame()).toContain('worker');
		expect(app.frame()).not.toContain('filter "web"');
	});

	it('keeps keys that arrive in one read: `/web` opens the filter and types web; a held Backspace deletes', async () => {
		const app = renderApp(snapshotOf(sampleTasks()));
		await app.press('/webx');
		expect(app.frame()).toContain('/webx▏');
		await app.press(`${KEYS.backspace}${KEYS.backspace}`);
		expect(app.frame()).toContain('/we▏');
		expect(app.frame()).not.toContain('�');
		await app.press(`b${KEYS.enter}`);
		expect(app.frame()).toContain('filter "web" · 1/3 of 5');
	});

	it('Esc cancels the filter being typed and keeps the applied one', async () => {
		const app = renderApp(snapshotOf(sampleTasks()));
		await app.press('/');
		await app.press('a');
		await app.press('p');
		expect(app.frame()).not.toContain('worker');
		expect(app.store.togglePause).not.toHaveBeenCalled();
		await app.press(KEYS.escape);
		expect(app.frame()).toContain('worker');
		expect(app.frame()).not.toContain('/ap');
	});
});

describe('help overlay', () => {
	it('lists every key from the keymap; ? or Esc closes it', async () => {
		const app = renderApp(snapshotOf(sampleTasks()), {height: 24});
		await app.press('?');
		expect(app.frame()).toMatchInlineSnapshot(`
			"ecswatch  clusters › prod › all tasks  us-east-1
			running 2  pending 1  stopping 1  stopped 1  │  unhealthy 1  healthy 1
			updated 12:00:00 · live · every 5s
			Keys (Esc or ? closes)  lines 1–19 of 41, ↑↓ scroll
			Tasks
			  ↓/j                 Move down
			  ↑/k                 Move up
			  PgDn/Ctrl+F         Page down
			  PgUp/Ctrl+B         Page up
			  Home/g              Jump to the first row
			  End/G               Jump to the last row
			  /                   Filter tasks: words, field:value (ip:10.0.4, az:b, health:unhealthy…), !negat…
			  Enter               Keep the filter (while typing one; not while it has an error)
			  Backspace           Delete a filter character (while typing one)
			  Esc                 Cancel the filter being typed, or clear the kept one
			  Enter               Open the selected task
			  t                   Open the timeline of everything seen this session
			  h                   Open the service's deployment history (when the grid shows one service)
			  l                   Open the logs of the selected task (or of the grid's only service, on no task)
			  v                   Group tasks: by revision, by deployment, or not (cycles)
			  d                   Show or hide the deployments panel
			  s                   Show or hide stopped tasks
			  T                   Sort by TASK; again, the other way
			Esc close  q quit  ↑↓ scroll"
		`);
		await app.press('?');
		expect(selectedLine(app.frame())).toBeDefined();
		await app.press('?');
		await app.press(KEYS.escape);
		expect(selectedLine(app.frame())).toBeDefined();
	});

	it('scrolls when the terminal is too short for every key, so none is out of reach', async () => {
		const app = renderApp(snapshotOf(sampleTasks()), {height: 12});
		await app.press('?');
		expect(app.frame()).toContain('lines 1–7 of 41, ↑↓ scroll');
		expect(app.frame()).not.toContain('Pause or resume polling');
		await app.press('G');
		expect(app.frame()).toContain('lines 35–41 of 41');
		expect(app.frame()).toContain('Pause or resume polling');
		expect(app.frame()).toContain('Back to the screen before');
		await app.press('k');
		expect(app.frame()).toContain('lines 34–40 of 41');
		await app.press('?');
		await app.press('?');
		expect(app.frame()).toContain('lines 1–7 of 41');
	});
});
