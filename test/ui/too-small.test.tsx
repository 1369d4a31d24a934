import {cleanup, render} from 'ink-testing-library';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {initialScreens} from '../../source/cli/initial-screens.js';
import {TerminalApp} from '../../source/ui/terminal-app.js';
import {MIN_TERMINAL} from '../../source/ui/too-small.js';
import {createFakeSources} from '../helpers/fake-sources.js';
import {FETCHED_AT, snapshotWith} from '../helpers/fake-store.js';
import {waitUntil} from '../helpers/wait-until.js';
import {KEYS} from './render-app.js';
import {steadyServices, webTasks} from './rollout-world.js';

afterEach(cleanup);

const NEEDS = `needs ${MIN_TERMINAL.width}×${MIN_TERMINAL.height}`;
const TOO_SMALL = `terminal too small (${NEEDS})`;
const tooSmall = (frame: string) => frame.includes(`too small (${NEEDS})`);

/** TerminalApp in a terminal of `width`×`height` that can be resized, over six tasks of two steady services. */
function renderTerminal(width: number, height: number) {
	// Steady services: the header has its rollout line and the body a deployments line, as in the demo.
	const fake = createFakeSources(snapshotWith(webTasks('o', 41, 'ecs-svc/api', 6), {services: steadyServices()}));
	const onQuit = vi.fn();
	const instance = render(
		<TerminalApp sources={fake.sources} initial={initialScreens('prod', [])} target="us-east-1" onQuit={onQuit} colorEnabled={false} clock={() => FETCHED_AT} />,
	);
	const frame = () => instance.lastFrame() ?? '';
	/** Resizes the terminal, then waits until the frame is drawn for the new size (`drawn` holds). */
	const resize = async (columns: number, rows: number, drawn: (frame: string) => boolean) => {
		Object.defineProperty(instance.stdout, 'columns', {value: columns, configurable: true});
		Object.defineProperty(instance.stdout, 'rows', {value: rows, configurable: true});
		instance.stdout.emit('resize');
		await waitUntil(() => expect(drawn(frame()), frame()).toBe(true));
	};

	const fits = (frame: string) => frame.split('\n').length === height - 1 || tooSmall(frame) || frame === NEEDS;
	return {...instance, ...fake, onQuit, frame, resize, ready: resize(width, height, fits)};
}

const selected = (frame: string) => frame.split('\n').find(line => line.startsWith('>'));

describe(`a terminal of the minimum size (${MIN_TERMINAL.width}x${MIN_TERMINAL.height})`, () => {
	it('shows the grid with its column titles and whole IPs, one line left free', async () => {
		const app = renderTerminal(40, 8);
		await app.ready;
		const lines = app.frame().split('\n');
		expect(lines).toHaveLength(7);
		expect(lines[0]).toMatch(/^ecswatch {2}clusters › prod › all tasks/u);
		expect(lines.find(line => line.includes('TASK'))).toMatch(/^ {2}TASK +STATUS +PRIVATE IP$/u);
		expect(selected(app.frame())).toMatch(/ 10\.0\.\d+\.\d+$/u);
		expect(lines.at(-1)).toMatch(/^\? help {2}q quit/u);
	});
});

describe('a terminal below the minimum', () => {
	for (const [width, height] of [[MIN_TERMINAL.width - 1, MIN_TERMINAL.height], [MIN_TERMINAL.width, MIN_TERMINAL.height - 1]] as const) {
		it(`shows only what it needs at ${width}x${height}, and q quits`, async () => {
			const app = renderTerminal(width, height);
			await app.ready;
			expect(app.frame()).toBe(`${TOO_SMALL}\nq quits`);
			app.stdin.write('q');
			await waitUntil(() => expect(app.onQuit).toHaveBeenCalledTimes(1));
		});
	}

	it('shortens the message to fit, drops `q quits` on one line, and Ctrl+C quits', async () => {
		const narrow = renderTerminal(30, 6);
		await narrow.ready;
		expect(narrow.frame()).toBe(`too small (${NEEDS})\nq quits`);
		cleanup();
		const app = renderTerminal(16, 2);
		await app.ready;
		expect(app.frame()).toBe(NEEDS);
		app.stdin.write(KEYS.ctrlC);
		await waitUntil(() => expect(app.onQuit).toHaveBeenCalledTimes(1));
	});

	it('quits on q even while the hidden grid has its filter line open', async () => {
		const app = renderTerminal(100, 24);
		await app.ready;
		app.stdin.write('/');
		await waitUntil(() => expect(app.frame().split('\n').at(-1)).toMatch(/^\/▏/u));
		await app.resize(30, 6, tooSmall);
		app.stdin.write('q');
		await waitUntil(() => expect(app.onQuit).toHaveBeenCalledTimes(1));
	});

	it('leaves the hidden grid alone: keys pressed while too small move nothing', async () => {
		const app = renderTerminal(100, 24);
		await app.ready;
		const first = selected(app.frame());
		await app.resize(30, 6, tooSmall);
		app.stdin.write(KEYS.down);
		app.stdin.write('/');
		app.stdin.write('r');
		await new Promise(resolve => setTimeout(resolve, 50));
		await app.resize(100, 24, frame => frame.includes('PRIVATE IP'));
		expect(selected(app.frame())).toBe(first);
		expect(app.frame().split('\n').at(-1)).not.toMatch(/^\/▏/u);
		expect(app.store.refreshNow).not.toHaveBeenCalled();
	});

	it('brings the same grid back, cursor and all, when the terminal grows again', async () => {
		const app = renderTerminal(100, 24);
		await app.ready;
		const first = selected(app.frame());
		app.stdin.write(KEYS.down);
		await waitUntil(() => expect(selected(app.frame())).not.toBe(first));
		const moved = selected(app.frame());

		await app.resize(30, 6, tooSmall);
		expect(app.frame()).not.toContain('TASK');
		await app.resize(100, 24, frame => frame.includes('PRIVATE IP'));
		expect(selected(app.frame())).toBe(moved);
		// The same poller all along: not disposed and opened again.
		expect(app.opened.tasks).toHaveLength(1);
		expect(app.store.dispose).not.toHaveBeenCalled();
	});
});
