import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {FILTER_LIMIT} from '../../../source/ui/list/list-state.js';
import {snapshotOf} from '../../helpers/fake-store.js';
import {waitUntil} from '../../helpers/wait-until.js';
import {KEYS, renderApp} from '../render-app.js';
import {sampleTasks} from '../sample-tasks.js';

afterEach(cleanup);

const footer = (frame: string) => frame.split('\n').at(-1) ?? '';
const rows = (frame: string) => frame.split('\n').filter(line => /^[> ][ +*x][0-9a-f]{8} /u.test(line));

describe('a 100 KB paste into the task grid\'s filter line', () => {
	// The first FILTER_LIMIT characters filter by `web`; everything after would match no task.
	const paste = `web${' '.repeat(FILTER_LIMIT - 3)}${'no-task-has-this '.repeat(6000)}`;

	it('keeps only the first characters, says so, and the next key is handled at once', async () => {
		expect(paste.length).toBeGreaterThan(100_000);
		const app = renderApp(snapshotOf(sampleTasks()), {colorEnabled: false});
		await app.press('/');
		app.stdin.write(paste);
		await waitUntil(() => expect(footer(app.frame())).toContain(`filter limited to ${FILTER_LIMIT} characters`));
		expect(rows(app.frame())).toHaveLength(3);
		expect(rows(app.frame()).every(row => row.includes(' web '))).toBe(true);

		await app.press(KEYS.enter);
		expect(footer(app.frame())).toContain('filter "web" · 1/3 of 5');
		await app.press(KEYS.escape);
		expect(rows(app.frame())).toHaveLength(5);
		expect(app.frame()).toContain('PRIVATE IP');
	});

	it('leaves the grid on Esc right after the paste, in chunks as a terminal delivers it', async () => {
		const app = renderApp(snapshotOf(sampleTasks()), {colorEnabled: false});
		await app.press('/');
		for (let at = 0; at < paste.length; at += 4096) app.stdin.write(paste.slice(at, at + 4096));
		app.stdin.write(KEYS.escape);
		await waitUntil(() => expect(footer(app.frame())).not.toMatch(/^\//u));
		expect(rows(app.frame())).toHaveLength(5);
		expect(app.frame()).toContain('PRIVATE IP');
		// The status is the position alone: no filter was kept.
		expect(footer(app.frame())).toMatch(/ 1\/5$/u);
	});
});
