import type {Task} from '@aws-sdk/client-ecs';
import {filterTasks} from '../../source/model/filter-tasks.js';
import {sortTasks} from '../../source/model/sort-tasks.js';
import {countTasks} from '../../source/model/task-counts.js';
import {toTaskRow} from '../../source/model/to-task-row.js';
import {measure, runsFor, type Measurement, type Scale} from './measure.js';

/** (d) the pure per-poll and per-keystroke work on `tasks.length` tasks. */
export async function modelBenchmarks(scale: Scale, tasks: readonly Task[]): Promise<Measurement[]> {
	const n = tasks.length;
	const options = (warmup: number) => ({runs: runsFor(scale, 30), warmup: scale.quick ? 0 : warmup});
	const rows = tasks.map(toTaskRow);
	const sorted = sortTasks(rows);
	// Typing "10.0.4" one key at a time: every keystroke filters the whole list again.
	const keystrokes = ['1', '10', '10.', '10.0', '10.0.', '10.0.4'];
	return [
		await measure({id: 'model.to-task-row', name: 'model: toTaskRow, every task', tasks: n}, options(5), () => {
			tasks.map(toTaskRow);
		}),
		await measure({id: 'model.sort', name: 'model: sortTasks', tasks: n}, options(5), () => {
			sortTasks(rows);
		}),
		{
			...(await measure({id: 'model.filter', name: 'model: filterTasks per keystroke', tasks: n}, options(3), () => {
				const start = performance.now();
				for (const query of keystrokes) filterTasks(sorted, {query, hideStopped: false});
				return (performance.now() - start) / keystrokes.length;
			})),
			note: `mean of typing "${keystrokes.at(-1)}"`,
		},
		await measure({id: 'model.count', name: 'model: countTasks', tasks: n}, options(5), () => {
			countTasks(rows);
		}),
	];
}
