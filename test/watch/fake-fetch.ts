import {vi} from 'vitest';
import type {FetchWatchData} from '../../source/watch/snapshot.js';
import type {TaskRow} from '../../source/model/task-row.js';

type Result = Awaited<ReturnType<FetchWatchData>>;

export interface PendingFetch {
	signal: AbortSignal;
	resolve(result: Result): void;
	reject(error: unknown): void;
}

/** A fetch whose every call stays pending until the test settles it. */
export function controlledFetch(): {fetch: FetchWatchData; calls: PendingFetch[]} {
	const calls: PendingFetch[] = [];
	const fetch: FetchWatchData = async signal => new Promise<Result>((resolve, reject) => {
		calls.push({signal, resolve, reject});
	});
	return {fetch, calls};
}

export function result(tasks: readonly TaskRow[] = []): Result {
	return {tasks, services: []};
}

/** An error shaped like the SDK's service exceptions. */
export function awsError(name: string, message = name): Error {
	const error = new Error(message);
	error.name = name;
	return error;
}

/** Lets settled promises run their continuations without moving the fake clock. */
export async function flush(): Promise<void> {
	await vi.advanceTimersByTimeAsync(0);
}
