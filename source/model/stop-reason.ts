import {clean} from './format.js';
import {firstLine} from './sanitize.js';
import {statusGroup} from './status-group.js';
import type {ContainerRow, TaskRow} from './task-row.js';

/** Stop codes that mean a container ended the task; the others (scheduler, user, Spot…) stop it from outside. */
const CONTAINER_STOP_CODES = new Set(['EssentialContainerExited', 'TaskFailedToStart']);

type StopFields = Pick<TaskRow, 'lastStatus' | 'desiredStatus' | 'stopCode' | 'stoppedReason' | 'containers'>;

/**
 * Why a task is stopping or stopped, on one sanitised line:
 * `EssentialContainerExited: exit 137 OutOfMemoryError: Container killed due to memory usage`.
 * The stop code, then: when a container caused the stop (or no stop code says otherwise), the
 * failing container's exit code and reason; else the first line of `stoppedReason`, which says
 * more than the SIGTERM exit code every container of a stopped task reports
 * (`ServiceSchedulerInitiated: Task failed container health checks`).
 * Null for tasks that are not stopping/stopped, or when ECS gave nothing to say.
 */
export function stopReason(row: StopFields): string | null {
	const group = statusGroup(row);
	if (group !== 'stopping' && group !== 'stopped' && row.desiredStatus !== 'STOPPED') {
		return null;
	}

	const code = clean(row.stopCode);
	const reason = nonEmpty(row.stoppedReason === null ? null : firstLine(row.stoppedReason));
	const containerCaused = code === null || CONTAINER_STOP_CODES.has(code);
	const detail = containerCaused ? containerDetail(row.containers) ?? reason : reason ?? containerDetail(row.containers);
	if (code === null) {
		return detail;
	}

	return detail === null ? code : `${code}: ${detail}`;
}

/**
 * The container that explains the stop. ContainerRow does not say which containers are essential,
 * so this takes the first with a non-zero exit code, else the first with a reason.
 */
export function failingContainer(containers: readonly ContainerRow[]): ContainerRow | null {
	return containers.find(c => c.exitCode !== null && c.exitCode !== 0)
		?? containers.find(c => c.reason !== null && c.reason.trim() !== '')
		?? null;
}

function containerDetail(containers: readonly ContainerRow[]): string | null {
	const container = failingContainer(containers);
	if (container === null) {
		return null;
	}

	const reason = container.reason === null ? null : nonEmpty(firstLine(container.reason));
	const exit = container.exitCode === null ? null : `exit ${container.exitCode}`;
	return [exit, reason].filter(part => part !== null).join(' ');
}

function nonEmpty(text: string | null): string | null {
	return text === null || text.trim() === '' ? null : text.trim();
}
