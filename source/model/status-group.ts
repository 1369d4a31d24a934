import type {TaskRow} from './task-row.js';

/** The coarse lifecycle bucket a task is shown and counted in. */
export type StatusGroup = 'running' | 'pending' | 'stopping' | 'stopped' | 'unknown';

const PENDING = new Set(['PROVISIONING', 'PENDING', 'ACTIVATING']);
const STOPPING = new Set(['DEACTIVATING', 'STOPPING', 'DEPROVISIONING']);
const STOPPED = new Set(['STOPPED', 'DELETED']);

/**
 * Buckets a task by `lastStatus` first: PROVISIONING/PENDING/ACTIVATING → pending;
 * RUNNING → running, or stopping when the desired status is STOPPED; DEACTIVATING/STOPPING/
 * DEPROVISIONING → stopping; STOPPED/DELETED → stopped; anything else (null, values ECS adds
 * later) → unknown.
 */
export function statusGroup(row: Pick<TaskRow, 'lastStatus' | 'desiredStatus'>): StatusGroup {
	const last = row.lastStatus;
	if (last === null) {
		return 'unknown';
	}

	if (last === 'RUNNING') {
		return row.desiredStatus === 'STOPPED' ? 'stopping' : 'running';
	}

	if (PENDING.has(last)) {
		return 'pending';
	}

	if (STOPPING.has(last)) {
		return 'stopping';
	}

	if (STOPPED.has(last)) {
		return 'stopped';
	}

	return 'unknown';
}
