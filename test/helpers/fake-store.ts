import {vi} from 'vitest';
import type {TaskRow} from '../../source/model/task-row.js';
import type {WatchData, WatchSnapshot} from '../../source/watch/snapshot.js';

/** 2026-01-15 12:00:00 UTC: the time test data is fetched at. */
export const FETCHED_AT = Date.UTC(2026, 0, 15, 12, 0, 0);

/** A snapshot after one successful poll of `tasks`, with overrides. */
export function snapshotOf(tasks: readonly TaskRow[], overrides: Partial<WatchSnapshot> = {}): WatchSnapshot {
	return {
		state: 'idle',
		partial: false,
		data: {tasks, services: [], failures: [], fetchedAt: FETCHED_AT, apiCalls: 2, marks: new Map(), timeline: []},
		error: null,
		staleSince: null,
		consecutiveFailures: 0,
		nextPollAt: FETCHED_AT + 5000,
		intervalMs: 5000,
		budgetLimited: false,
		...overrides,
	};
}

/** A tiny external store with the poller's shape; `publish` swaps the snapshot and notifies. */
export function createStore<Commands extends {refreshNow: () => void; togglePause: () => void}>(initial: WatchSnapshot, commands: Commands) {
	let snapshot = initial;
	const listeners = new Set<() => void>();
	return {
		subscribe(listener: () => void) {
			listeners.add(listener);
			return () => {
				listeners.delete(listener);
			};
		},
		getSnapshot: () => snapshot,
		...commands,
		publish(next: WatchSnapshot) {
			snapshot = next;
			for (const listener of listeners) listener();
		},
	};
}

/** The store with spies on the commands the UI sends (refresh, pause). */
export function createFakeStore(initial: WatchSnapshot) {
	return createStore(initial, {refreshNow: vi.fn(), togglePause: vi.fn()});
}

/** A snapshot of `tasks` with services, change marks and a timeline in its data. */
export function snapshotWith(tasks: readonly TaskRow[], data: Partial<Omit<WatchData, 'tasks'>>, overrides: Partial<WatchSnapshot> = {}): WatchSnapshot {
	const base = snapshotOf(tasks, overrides);
	return {...base, data: {...base.data!, ...data}};
}
