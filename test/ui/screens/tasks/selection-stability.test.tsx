import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {snapshotOf} from '../../../helpers/fake-store.js';
import {KEYS, renderApp, selectedLine} from '../../render-app.js';
import {manyTasks} from '../../sample-tasks.js';
import {waitUntil} from '../../../helpers/wait-until.js';

process.env.TZ = 'UTC';
afterEach(cleanup);

const selectedId = (frame: string) => selectedLine(frame)?.slice(2, 7);
const firstRowId = (frame: string) => frame.split('\n')[4]?.slice(2, 7);

describe('selection across refreshes', () => {
	it('stays on the same task when tasks are reordered, added and removed', async () => {
		const tasks = manyTasks(20);
		const app = renderApp(snapshotOf(tasks));
		for (let i = 0; i < 10; i++) await app.press(KEYS.down);
		expect(selectedId(app.frame())).toBe('t0010');
		expect(firstRowId(app.frame())).toBe('t0004');

		// Two older tasks appear above, three below vanish, one above vanishes: t0010 is now the 12th row.
		const added = manyTasks(2, 'a').map(row => ({...row, createdAt: '2026-01-15T09:00:00.000Z'}));
		const refreshed = [...tasks.filter(row => !['t0001', 't0015', 't0016', 't0017'].includes(row.taskId)), ...added].reverse();
		app.store.publish(snapshotOf(refreshed));
		await waitUntil(() => {
			expect(app.frame()).toContain('12/18');
		});
		expect(selectedId(app.frame())).toBe('t0010');
		// The window did not jump: it moved only as much as needed to keep t0010 on screen.
		expect(firstRowId(app.frame())).toBe('t0004');
	});

	it('moves to the nearest row when the selected task disappears', async () => {
		const tasks = manyTasks(10);
		const app = renderApp(snapshotOf(tasks));
		for (let i = 0; i < 4; i++) await app.press(KEYS.down);
		expect(selectedId(app.frame())).toBe('t0004');
		app.store.publish(snapshotOf(tasks.filter(row => row.taskId !== 't0004')));
		await waitUntil(() => {
			expect(app.frame()).toContain('5/9');
		});
		expect(selectedId(app.frame())).toBe('t0005');

		await app.press('G');
		app.store.publish(snapshotOf(tasks.filter(row => !['t0004', 't0009'].includes(row.taskId))));
		await waitUntil(() => {
			expect(app.frame()).toContain('8/8');
		});
		expect(selectedId(app.frame())).toBe('t0008');
	});

	it('keeps the cursor visible when the terminal shrinks', async () => {
		const app = renderApp(snapshotOf(manyTasks(30)), {height: 20});
		for (let i = 0; i < 12; i++) await app.press(KEYS.down);
		expect(selectedId(app.frame())).toBe('t0012');
		app.resize({height: 10, width: 60});
		await waitUntil(() => {
			expect(app.frame().split('\n')).toHaveLength(10);
		});
		expect(selectedId(app.frame())).toBe('t0012');
		expect(Math.max(...app.frame().split('\n').map(line => line.length))).toBeLessThanOrEqual(60);
	});
});
