import {statusGroup} from './status-group.js';
import type {TaskRow} from './task-row.js';

/**
 * Returns a new array in a calm, deterministic order, so rows do not jump around as tasks move
 * through their lifecycle:
 * 1. tasks that are not stopped before stopped ones (a task moves once, when it stops);
 * 2. service name, A→Z (standalone tasks, service null, last);
 * 3. `createdAt` ascending, oldest first (null last);
 * 4. `taskArn`, as the final tie-break.
 *
 * Strings are compared by code unit, not locale, so the order is the same on every machine.
 */
export function sortTasks(rows: readonly TaskRow[]): TaskRow[] {
	return rows.map(calmKey).sort(compareCalm).map(key => key.row);
}

/** What {@link sortTasks} orders a row by, computed once per row. */
export interface CalmKey {
	row: TaskRow;
	stopped: boolean;
	created: number | null;
}

export function calmKey(row: TaskRow): CalmKey {
	return {row, stopped: statusGroup(row) === 'stopped', created: instantMs(row.createdAt)};
}

/** The calm order of {@link sortTasks}; never 0 for two different task ARNs. */
export function compareCalm(a: CalmKey, b: CalmKey): number {
	if (a.stopped !== b.stopped) {
		return a.stopped ? 1 : -1;
	}

	return compareNullableStrings(a.row.service, b.row.service)
		|| compareNullableNumbers(a.created, b.created)
		|| compareStrings(a.row.taskArn, b.row.taskArn);
}

/** An ISO 8601 time as epoch milliseconds; null when absent or not a date. */
export function instantMs(iso: string | null): number | null {
	if (iso === null) {
		return null;
	}

	const ms = Date.parse(iso);
	return Number.isNaN(ms) ? null : ms;
}

/** By code unit, not locale. */
export function compareStrings(a: string, b: string): number {
	if (a === b) {
		return 0;
	}

	return a < b ? -1 : 1;
}

function compareNullableStrings(a: string | null, b: string | null): number {
	if (a === null || b === null) {
		return a === b ? 0 : (a === null ? 1 : -1);
	}

	return compareStrings(a, b);
}

function compareNullableNumbers(a: number | null, b: number | null): number {
	if (a === null || b === null) {
		return a === b ? 0 : (a === null ? 1 : -1);
	}

	return a - b;
}
