import {statusGroup} from './status-group.js';
import type {TaskRow} from './task-row.js';

export interface TaskCounts {
	total: number;
	running: number;
	pending: number;
	stopping: number;
	stopped: number;
	unknown: number;
	/** Health counts cover tasks that are not stopped only. */
	healthy: number;
	unhealthy: number;
	/** Not stopped, and health UNKNOWN, absent or a value ECS adds later. */
	unknownHealth: number;
}

/** Counts tasks per status group, and per health over the tasks that are not stopped. */
export function countTasks(rows: readonly TaskRow[]): TaskCounts {
	const counts: TaskCounts = {
		total: 0, running: 0, pending: 0, stopping: 0, stopped: 0, unknown: 0, healthy: 0, unhealthy: 0, unknownHealth: 0,
	};
	for (const row of rows) {
		counts.total++;
		const group = statusGroup(row);
		counts[group]++;
		if (group === 'stopped') {
			continue;
		}

		if (row.healthStatus === 'HEALTHY') {
			counts.healthy++;
		} else if (row.healthStatus === 'UNHEALTHY') {
			counts.unhealthy++;
		} else {
			counts.unknownHealth++;
		}
	}

	return counts;
}
