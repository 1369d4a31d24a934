import {cleanup} from 'ink-testing-library';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {filterTasks} from '../../../../source/model/filter-tasks.js';
import type * as FilterTasks from '../../../../source/model/filter-tasks.js';
import {sortTasksBy} from '../../../../source/model/task-sort.js';
import type * as TaskSort from '../../../../source/model/task-sort.js';
import {gridLines} from '../../../../source/ui/screens/tasks/grid-lines.js';
import type * as GridLines from '../../../../source/ui/screens/tasks/grid-lines.js';
import {snapshotOf} from '../../../helpers/fake-store.js';
import {KEYS, renderApp, selectedLine} from '../../render-app.js';
import {manyTasks} from '../../sample-tasks.js';

// The real functions, counted: what a key press costs is how often they run and over how many rows.
vi.mock('../../../../source/model/task-sort.js', async importOriginal => {
	const real = await importOriginal<typeof TaskSort>();
	return {...real, sortTasksBy: vi.fn(real.sortTasksBy)};
});
vi.mock('../../../../source/model/filter-tasks.js', async importOriginal => {
	const real = await importOriginal<typeof FilterTasks>();
	return {...real, filterTasks: vi.fn(real.filterTasks)};
});
vi.mock('../../../../source/ui/screens/tasks/grid-lines.js', async importOriginal => {
	const real = await importOriginal<typeof GridLines>();
	return {...real, gridLines: vi.fn(real.gridLines)};
});

process.env.TZ = 'UTC';
afterEach(cleanup);
beforeEach(() => {
	vi.mocked(sortTasksBy).mockClear();
	vi.mocked(filterTasks).mockClear();
	vi.mocked(gridLines).mockClear();
});

const selectedId = (frame: string) => selectedLine(frame)?.slice(2, 7);
/** How many rows each call of filterTasks looked at, in order. */
const rowsFiltered = () => vi.mocked(filterTasks).mock.calls.map(([rows]) => rows.length);

describe('what a key press on the task grid recomputes', () => {
	it('moving the cursor sorts, filters and lays out the rows no more', async () => {
		const app = renderApp(snapshotOf(manyTasks(300)));
		const sorts = vi.mocked(sortTasksBy).mock.calls.length;
		const filters = vi.mocked(filterTasks).mock.calls.length;
		const layouts = vi.mocked(gridLines).mock.calls.length;
		expect(sorts).toBeGreaterThan(0);
		for (let i = 0; i < 50; i++) await app.press(KEYS.down);
		await app.press(KEYS.end);
		await app.press('g');
		await app.press(KEYS.pageDown);
		expect(selectedId(app.frame())).toBe('t0007');
		expect(vi.mocked(sortTasksBy).mock.calls.length).toBe(sorts);
		expect(vi.mocked(filterTasks).mock.calls.length).toBe(filters);
		expect(vi.mocked(gridLines).mock.calls.length).toBe(layouts);
	});

	it('typing into the filter narrows what the text before it kept, and Backspace filters nothing again', async () => {
		// t0000…t0299, then u0000…u0299.
		const app = renderApp(snapshotOf([...manyTasks(300), ...manyTasks(300, 'u')]));
		await app.press('/');
		const before = rowsFiltered().length;
		for (const char of 't01') await app.press(char);
		expect(app.frame()).toContain('100 of 600 tasks');
		// `t` looks at every row and keeps them all (every ARN has `task/`); `t0` keeps the 300 t rows,
		// and `t01` looks at those only.
		expect(rowsFiltered().slice(before)).toEqual([600, 600, 300]);
		const typed = rowsFiltered().length;
		await app.press(KEYS.backspace);
		expect(app.frame()).toContain('300 of 600 tasks');
		await app.press(KEYS.backspace);
		await app.press(KEYS.backspace);
		expect(app.frame()).not.toContain('of 600 tasks');
		expect(rowsFiltered().length).toBe(typed);
		expect(vi.mocked(sortTasksBy)).toHaveBeenCalledTimes(1);
	});

	it('a negated word typed on is filtered from all the rows again: it keeps more, not fewer', async () => {
		const app = renderApp(snapshotOf([...manyTasks(30), ...manyTasks(30, 'u')]));
		await app.press('/');
		for (const char of '!t001') await app.press(char);
		// The 30 u rows, t0000…t0009 and t0020…t0029.
		expect(app.frame()).toContain('50 of 60 tasks');
		await app.press('2');
		expect(app.frame()).toContain('59 of 60 tasks');
		expect(rowsFiltered().at(-1)).toBe(60);
	});
});
