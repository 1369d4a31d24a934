import {layoutColumns, type Column} from '../../../model/columns.js';
import {filterTasks} from '../../../model/filter-tasks.js';
import {loadBalancedView} from '../../../model/targets/load-balanced.js';
import {scanTerms} from '../../../model/filter/filter-grammar.js';
import {narrows} from '../../../model/filter/filter-narrowing.js';
import {TASK_FIELDS} from '../../../model/filter/task-filter.js';
import {sortTasksBy, type TaskSort} from '../../../model/task-sort.js';
import {countTasks, type TaskCounts} from '../../../model/task-counts.js';
import type {ServiceRow} from '../../../model/service-row.js';
import type {TaskRow} from '../../../model/task-row.js';
import type {WatchData} from '../../../watch/snapshot.js';
import {bodyLayout, TIMELINE_PANE_MIN_BODY, type BodyLayout} from './body-layout.js';
import {deploymentPanelLines, type PanelLine} from './deployment-lines.js';
import {gridLines, type GridLine, type Grouping} from './grid-lines.js';
import {filterMemo} from '../../list/filter-memo.js';
import {EVERY_LINE, resolveListFrame, type ListFrame} from '../../list/list-frame.js';
import {activeFilter} from '../../list/list-state.js';
import {memoLast, memoPerObject} from '../../memo-last.js';
import type {BodySize, ScreenInput} from '../../stack/screen-logic.js';
import type {TasksParams, TasksState} from './tasks-state.js';

/** Everything the task grid derives from its state and data, for drawing and for its keys. */
export interface TasksFrame {
	list: ListFrame;
	lines: readonly GridLine[];
	/** The tasks shown (sorted, filtered) and all of them. */
	visible: readonly TaskRow[];
	total: number;
	counts: TaskCounts;
	columns: readonly Column[];
	panelLines: readonly PanelLine[];
	layout: BodyLayout;
}

const NO_TASKS: readonly TaskRow[] = [];
const NO_SERVICES: readonly ServiceRow[] = [];

// Each step keeps its result until its own inputs change: a key press re-derives nothing else.
const sorted = memoLast((tasks: readonly TaskRow[], sort: TaskSort | undefined) => sortTasksBy(tasks, sort));
export const countedTasks = memoLast((tasks: readonly TaskRow[]) => countTasks(tasks));
// Per filter text: typing narrows what the text before it kept, Backspace finds it again.
const filtered = filterMemo<TaskRow, boolean>({
	parse: text => ({terms: scanTerms(TASK_FIELDS, text).terms}),
	narrows: (narrower, wider) => narrows(TASK_FIELDS, narrower, wider),
	filter: (rows, query, hideStopped) => filterTasks(rows, {query, hideStopped}),
});
// Per filter result, so that Backspace to an earlier filter text finds its lines and keys again.
const grouped = memoPerObject((rows: readonly TaskRow[], grouping: Grouping, services: readonly ServiceRow[]) => gridLines(rows, grouping, services));
const keysOf = memoPerObject((lines: readonly GridLine[]) => lines.map(line => line.key));
// Ungrouped, every line is a task: the list then counts positions without looking at each line.
const selectableOf = memoPerObject((lines: readonly GridLine[], grouping: Grouping) => (
	grouping === 'none' ? EVERY_LINE : (index: number) => lines[index]?.kind === 'task'
));
const columnsFor = memoLast((width: number, loadBalanced: boolean) => layoutColumns(width, {loadBalanced}));
// From every task and service, not the filtered ones: a filter does not move the columns.
const loadBalancedOf = memoLast((services: readonly ServiceRow[], tasks: readonly TaskRow[]) => loadBalancedView(services, tasks));
const panelFor = memoLast((data: WatchData | null, show: boolean, width: number) => (
	data === null || !show ? [] : deploymentPanelLines(data.services, data.tasks, data.fetchedAt, width, data.rollouts)
));

/** The tasks the grid shows: sorted, filtered, stopped ones hidden when asked. */
export function visibleTasks({state, snapshot}: Pick<ScreenInput<TasksParams, TasksState, WatchData>, 'state' | 'snapshot'>): readonly TaskRow[] {
	return filtered(sorted(snapshot.data?.tasks ?? NO_TASKS, state.sort), activeFilter(state.list), state.hideStopped);
}

export function tasksFrame({state, snapshot}: ScreenInput<TasksParams, TasksState, WatchData>, body: BodySize): TasksFrame {
	const tasks = snapshot.data?.tasks ?? NO_TASKS;
	const visible = visibleTasks({state, snapshot});
	const lines = grouped(visible, state.grouping, snapshot.data?.services ?? NO_SERVICES);
	const panelLines = panelFor(snapshot.data, state.showDeployments, body.width);
	const layout = bodyLayout(body.height, panelLines.length, body.height >= TIMELINE_PANE_MIN_BODY);
	const viewport = Math.max(1, layout.grid - 1);
	return {
		list: resolveListFrame(state.list, keysOf(lines), viewport, selectableOf(lines, state.grouping)),
		lines,
		visible,
		total: tasks.length,
		counts: countedTasks(tasks),
		columns: columnsFor(body.width, loadBalancedOf(snapshot.data?.services ?? NO_SERVICES, tasks)),
		panelLines,
		layout,
	};
}
