import type {Task} from '@aws-sdk/client-ecs';
import {filterTasks} from '../../source/model/filter-tasks.js';
import {sortTasks} from '../../source/model/sort-tasks.js';
import {countTasks} from '../../source/model/task-counts.js';
import {toTaskRow} from '../../source/model/to-task-row.js';
import {measure, type Measurement} from './measure.js';

/** (d) the pure per-poll and per-keystroke work on `tasks.length` tasks. */
export async function modelBenchmarks(tasks: readonly Task[]): Promise<Measurement[]> {
	const n = tasks.length;
	const rows = tasks.map(toTaskRow);
	const sorted = sortTasks(rows);
	// Typing "10.0.4" one key at a time: every keystroke filters the whole list again.
	const keystrokes = ['1', '10', '10.', '10.0', '10.0.', '10.0.4'];
	return [
		await measure(`model: toTaskRow x${n}`, {runs: 30, warmup: 5}, () => {
			tasks.map(toTaskRow);
		}),
		await measure(`model: sortTasks (${n} rows)`, {runs: 30, warmup: 5}, () => {
			sortTasks(rows);
		}),
		{
			...(await measure(`model: filterTasks per keystroke (${n} rows)`, {runs: 30, warmup: 3}, () => {
				const start = performance.now();
				for (const query of keystrokes) filterTasks(sorted, {query, hideStopped: false});
				return (performance.now() - start) / keystrokes.length;
			})),
			note: `mean of typing "${keystrokes.at(-1)}"`,
		},
		await measure(`model: countTasks (${n} rows)`, {runs: 30, warmup: 5}, () => {
			countTasks(rows);
		}),
	];
}
