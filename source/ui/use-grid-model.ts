import {useMemo} from 'react';
import {filterTasks} from '../model/filter-tasks.js';
import {sortTasks} from '../model/sort-tasks.js';
import {countTasks} from '../model/task-counts.js';
import type {TaskRow} from '../model/task-row.js';
import {gridLines} from './grid-lines.js';

export interface GridOptions {
	query: string;
	hideStopped: boolean;
	groupByRevision: boolean;
}

/**
 * The grid derived from the tasks: counts over all of them, the visible (sorted, filtered) rows,
 * and the grid's lines (grouped under revision headers when asked) with their keys for the cursor.
 * Every value keeps its identity until its inputs change.
 */
export function useGridModel(tasks: readonly TaskRow[], {query, hideStopped, groupByRevision}: GridOptions) {
	const sorted = useMemo(() => sortTasks(tasks), [tasks]);
	const counts = useMemo(() => countTasks(tasks), [tasks]);
	const visible = useMemo(() => filterTasks(sorted, {query, hideStopped}), [sorted, query, hideStopped]);
	const lines = useMemo(() => gridLines(visible, groupByRevision), [visible, groupByRevision]);
	const keys = useMemo(() => lines.map(line => line.key), [lines]);
	return {counts, visible, lines, keys};
}
