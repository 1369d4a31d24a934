import {createFetchWatchData, type FetchEcsWatchData, type WatchScope} from '../ecs/fetch-watch-data.js';
import type {OpenTarget} from './open-target.js';

/** The task grid's first poll, sent before the TUI is loaded; see {@link startFirstPoll}. */
export interface FirstPoll {
	/**
	 * The fetch of `scope` whose first call answers with the poll already under way: once, and for
	 * that scope only (undefined otherwise: the caller makes its own fetch).
	 */
	claim(scope: WatchScope): FetchEcsWatchData | undefined;
}

const sameScope = (a: WatchScope, b: WatchScope) => a.cluster === b.cluster
	&& (a.services ?? []).length === (b.services ?? []).length
	&& (a.services ?? []).every((service, index) => service === b.services?.[index]);

/**
 * Starts the first poll of the grid ecswatch opens with, as soon as the SDK is loaded: Ink, React
 * and the screens take a few hundred milliseconds to load, and the requests (two round trips at
 * least, ListTasks then DescribeTasks) are answered meanwhile. The screen's poller claims the
 * fetch; until then a failure is held for it (never an unhandled rejection).
 */
export function startFirstPoll(target: Pick<OpenTarget, 'client' | 'elbClient' | 'now'>, scope: WatchScope): FirstPoll {
	const fetch = createFetchWatchData(target.client, scope, {elb: target.elbClient, now: target.now});
	const controller = new AbortController();
	let first: ReturnType<FetchEcsWatchData> | undefined = fetch(controller.signal);
	first.catch(() => undefined);
	let claimed = false;
	return {
		claim(asked) {
			if (claimed || !sameScope(asked, scope)) return undefined;
			claimed = true;
			return async (signal, budget) => {
				if (first === undefined) return fetch(signal, budget);
				const answer = first;
				first = undefined;
				if (signal.aborted) controller.abort();
				else signal.addEventListener('abort', () => controller.abort(), {once: true});
				return answer;
			};
		},
	};
}
