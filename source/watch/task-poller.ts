import type {DescribeFailure} from '../model/describe-failure.js';
import {advanceHistory, EMPTY_HISTORY} from '../model/watch-history.js';
import {createPoller, type Poller, type PollerOptions} from './poller.js';
import type {FetchWatchData, TaskPollResult, WatchData} from './snapshot.js';

const NO_FAILURES: readonly DescribeFailure[] = [];

/** Folds one task-watch poll into the data shown, remembering what changed since the one before. */
export function acceptTaskPoll(previous: WatchData | null, result: TaskPollResult, fetchedAt: number): WatchData {
	const history = advanceHistory(previous ?? EMPTY_HISTORY, previous, result, fetchedAt);
	return Object.freeze({
		tasks: result.tasks,
		services: result.services,
		failures: result.failures ?? NO_FAILURES,
		fetchedAt,
		apiCalls: result.apiCalls ?? null,
		...history,
	});
}

export type TaskPollerOptions = Omit<PollerOptions<TaskPollResult, WatchData>, 'accept' | 'fetch'> & {fetch: FetchWatchData};

/** A poller of a task watch: tasks, services, highlights and the timeline. */
export function createTaskPoller(options: TaskPollerOptions): Poller<WatchData> {
	const {fetch, ...rest} = options;
	return createPoller({...rest, fetch: signal => fetch(signal), accept: acceptTaskPoll});
}
