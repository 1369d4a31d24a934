import {statusGroup} from './status-group.js';
import type {TaskDiff, WatchedField} from './task-diff-types.js';
import type {TaskRow} from './task-row.js';
import {worstTarget} from './targets/worst-target.js';

const WATCHED: readonly WatchedField[] = ['lastStatus', 'desiredStatus', 'healthStatus', 'privateIpv4', 'eniId', 'attachmentStatus', 'target'];

/**
 * A watched field's value: the task's own field, or for `target` the worst state of its
 * load-balancer targets (`unregistered` for none); null when its targets were not read.
 */
export function watchedValue(row: TaskRow, field: WatchedField): string | null {
	if (field !== 'target') return row[field];
	if (row.targets === undefined) return null;
	return worstTarget(row.targets)?.state ?? 'unregistered';
}

/** Whether a watched field changed; targets read in one poll and not the other are no change. */
function fieldChanged(old: TaskRow, row: TaskRow, field: WatchedField): boolean {
	if (field === 'target' && (old.targets === undefined || row.targets === undefined)) return false;
	return watchedValue(old, field) !== watchedValue(row, field);
}

/**
 * What changed between two polls, matched by task ARN (order never matters: reordering is no change).
 *
 * - `appeared`: ARNs new in `next`, in `next` order. A task that appears already stopped is listed
 *   here only, not in `stopped` (it was never seen running; the lists stay disjoint).
 * - `changed`: tasks in both whose watched fields differ. A task that stopped is in `changed` too
 *   (its lastStatus changed) as well as in `stopped`.
 * - `stopped`: tasks whose status group is `stopped` in `next` but was not in `previous`; a task
 *   that was already stopped is not reported again.
 * - `vanished`: ARNs gone from `next` that were not stopped in `previous` (stopped tasks that age
 *   out of ListTasks are not news), in `previous` order.
 */
export function diffTasks(previous: readonly TaskRow[], next: readonly TaskRow[]): TaskDiff {
	const before = new Map<string, TaskRow>();
	for (const row of previous) {
		before.set(row.taskArn, row);
	}

	const appeared: string[] = [];
	const changed = new Map<string, WatchedField[]>();
	const stopped: string[] = [];
	const seen = new Set<string>();
	for (const row of next) {
		seen.add(row.taskArn);
		const old = before.get(row.taskArn);
		if (old === undefined) {
			appeared.push(row.taskArn);
			continue;
		}

		const fields = WATCHED.filter(field => fieldChanged(old, row, field));
		if (fields.length > 0) {
			changed.set(row.taskArn, fields);
		}

		if (statusGroup(row) === 'stopped' && statusGroup(old) !== 'stopped') {
			stopped.push(row.taskArn);
		}
	}

	const vanished: string[] = [];
	for (const row of previous) {
		if (!seen.has(row.taskArn) && statusGroup(row) !== 'stopped') {
			vanished.push(row.taskArn);
		}
	}

	return {appeared, changed, stopped, vanished};
}
