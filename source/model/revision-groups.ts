import {sanitize} from './sanitize.js';
import {statusGroup} from './status-group.js';
import {countTasks} from './task-counts.js';
import type {TaskRow} from './task-row.js';

export interface RevisionGroup {
	/** `family:revision` as on the tasks (raw AWS text); null for tasks without one. */
	taskDefinition: string | null;
	family: string | null;
	revision: number | null;
	/** In input order. */
	tasks: TaskRow[];
	/** Status groups; healthy/unhealthy count tasks that are not stopped. */
	counts: {running: number; healthy: number; unhealthy: number; pending: number; stopping: number; stopped: number};
	/** Non-stopped tasks per zone, e.g. `a:2 b:2 c:1` (sanitised); empty when there are none. */
	azSpread: string;
}

/**
 * Groups tasks by task definition revision, newest first: family ascending, revision descending,
 * unknown family or revision last.
 */
export function groupByRevision(rows: readonly TaskRow[]): RevisionGroup[] {
	const byKey = new Map<string | null, TaskRow[]>();
	for (const row of rows) {
		const list = byKey.get(row.taskDefinition);
		if (list === undefined) {
			byKey.set(row.taskDefinition, [row]);
		} else {
			list.push(row);
		}
	}

	const groups: RevisionGroup[] = [];
	for (const [taskDefinition, tasks] of byKey) {
		const first = tasks[0];
		const counts = countTasks(tasks);
		groups.push({
			taskDefinition,
			family: first?.family ?? null,
			revision: first?.revision ?? null,
			tasks,
			counts: {
				running: counts.running,
				healthy: counts.healthy,
				unhealthy: counts.unhealthy,
				pending: counts.pending,
				stopping: counts.stopping,
				stopped: counts.stopped,
			},
			azSpread: azSpread(tasks),
		});
	}

	return groups.sort(compareGroups);
}

function compareGroups(a: RevisionGroup, b: RevisionGroup): number {
	return compareNullLast(a.family, b.family, (x, y) => (x === y ? 0 : (x < y ? -1 : 1)))
		|| compareNullLast(a.revision, b.revision, (x, y) => y - x)
		|| compareNullLast(a.taskDefinition, b.taskDefinition, (x, y) => (x === y ? 0 : (x < y ? -1 : 1)));
}

function compareNullLast<T>(a: T | null, b: T | null, compare: (a: T, b: T) => number): number {
	if (a === null || b === null) {
		return a === b ? 0 : (a === null ? 1 : -1);
	}

	return compare(a, b);
}

/** `us-east-1a` → `a`; Local Zones keep what follows the region (`us-west-2-lax-1a` → `lax-1a`). */
export function zoneSuffix(availabilityZone: string): string {
	const match = /^[a-z]{2}(?:-[a-z]+)+-\d+-?(.+)$/u.exec(availabilityZone);
	return sanitize(match?.[1] ?? availabilityZone);
}

/** Tasks that are not stopped, counted per zone: `a:2 b:2 c:1`; tasks without a zone count as `?`, last. */
export function azSpread(rows: readonly TaskRow[]): string {
	const counts = new Map<string, number>();
	for (const row of rows) {
		if (statusGroup(row) === 'stopped') {
			continue;
		}

		const zone = row.availabilityZone === null || row.availabilityZone === '' ? '?' : zoneSuffix(row.availabilityZone);
		counts.set(zone, (counts.get(zone) ?? 0) + 1);
	}

	return [...counts]
		.sort(([a], [b]) => (a === b ? 0 : (a === '?' ? 1 : (b === '?' ? -1 : (a < b ? -1 : 1)))))
		.map(([zone, count]) => `${zone}:${count}`)
		.join(' ');
}
