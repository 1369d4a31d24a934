import {sanitize} from './sanitize.js';
import type {PortBinding, TaskRow} from './task-row.js';

/** What a missing value looks like on screen. */
export const MISSING = '-';

/** A possibly-null untrusted string, sanitised, or null when absent or empty. */
export function clean(value: string | null | undefined): string | null {
	return value === null || value === undefined || value === '' ? null : sanitize(value);
}

/**
 * k9s-style age of a duration in milliseconds: `5s`, `3m`, `2h`, `4d`.
 * Negative durations (clock skew) read as `0s`.
 */
export function formatAge(ms: number): string {
	const seconds = Math.max(0, Math.floor(ms / 1000));
	if (seconds < 60) return `${seconds}s`;
	const minutes = Math.floor(seconds / 60);
	if (minutes < 60) return `${minutes}m`;
	const hours = Math.floor(minutes / 60);
	if (hours < 24) return `${hours}h`;
	return `${Math.floor(hours / 24)}d`;
}

/** Age of a task at `nowMs`, from createdAt (startedAt when createdAt is absent); null when unknown. */
export function taskAge(row: Pick<TaskRow, 'createdAt' | 'startedAt'>, nowMs: number): string | null {
	const since = row.createdAt ?? row.startedAt;
	if (since === null) return null;
	const at = Date.parse(since);
	return Number.isNaN(at) ? null : formatAge(nowMs - at);
}

/**
 * Status cell text: `RUNNING`, `RUNNING→STOPPED` while the desired status differs,
 * `STOPPED EssentialContainerExited` once stopped with a stop code. Sanitised.
 */
export function formatStatus(row: Pick<TaskRow, 'lastStatus' | 'desiredStatus' | 'stopCode'>): string | null {
	const last = clean(row.lastStatus);
	const desired = clean(row.desiredStatus);
	if (last === null && desired === null) return null;
	let text = last ?? MISSING;
	if (desired !== null && desired !== last) text += `→${desired}`;
	const stopCode = clean(row.stopCode);
	if (last === 'STOPPED' && stopCode !== null) text += ` ${stopCode}`;
	return text;
}

/** Host port bindings as `80→32768/tcp`, comma-separated; null when there are none. */
export function formatHostPorts(ports: readonly PortBinding[]): string | null {
	const parts = ports.map(port => {
		const container = port.containerPort === null ? MISSING : String(port.containerPort);
		const host = port.hostPort === null ? MISSING : String(port.hostPort);
		const protocol = clean(port.protocol);
		return `${container}→${host}${protocol === null ? '' : `/${protocol}`}`;
	});
	return parts.length === 0 ? null : parts.join(',');
}

/** FARGATE_SPOT when the capacity provider says so, else the launch type (FARGATE, EC2, EXTERNAL). */
export function formatLaunch(row: Pick<TaskRow, 'launchType' | 'capacityProviderName'>): string | null {
	if (row.capacityProviderName === 'FARGATE_SPOT') return 'FARGATE_SPOT';
	return clean(row.launchType) ?? clean(row.capacityProviderName);
}

/** Short task id as shown in the grid: the first 8 characters (like a short git hash). */
export function shortTaskId(taskId: string): string {
	return sanitize(taskId.slice(0, 8));
}

/** Local wall-clock time `HH:MM:SS` of an epoch-ms instant. */
export function formatClock(epochMs: number): string {
	const date = new Date(epochMs);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}
