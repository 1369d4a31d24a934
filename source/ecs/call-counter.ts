import {AsyncLocalStorage} from 'node:async_hooks';
import type {ECSClient} from '@aws-sdk/client-ecs';

interface Tally {
	requests: number;
}

// One middleware per client: adding it again under the same name would replace the first one.
const totals = new WeakMap<ECSClient, Tally>();
/** The tally of the fetch whose requests are being sent, wherever they are in the SDK's stack. */
const scope = new AsyncLocalStorage<Tally>();

function install(client: ECSClient): Tally {
	const existing = totals.get(client);
	if (existing !== undefined) return existing;
	const total = {requests: 0};
	totals.set(client, total);
	client.middlewareStack.add(
		(next) => async (args) => {
			total.requests++;
			const tally = scope.getStore();
			if (tally !== undefined) tally.requests++;
			return next(args);
		},
		// Inside the retry middleware (finalizeRequest, high priority), so every attempt counts.
		{step: 'finalizeRequest', priority: 'low', name: 'ecswatchRequestCounter'},
	);
	return total;
}

/**
 * Counts the HTTP requests a client sends, retries included (a throttled retry spends the
 * account's request budget like any call). Returns a reader of the client's running total;
 * readers of the same client share one counter.
 */
export function countRequests(client: ECSClient): () => number {
	const total = install(client);
	return () => total.requests;
}

/**
 * Runs one fetch and adds `apiCalls`: the requests it alone sent, retries included: several screens'
 * fetches may share a client and overlap (a covered screen's poll still lands), and each must
 * be charged only its own calls against the API budget.
 */
export function countFetchRequests(client: ECSClient): <T extends object>(run: () => Promise<T>) => Promise<T & {apiCalls: number}> {
	install(client);
	return async (run) => {
		const tally = {requests: 0};
		const value = await scope.run(tally, run);
		return {...value, apiCalls: tally.requests};
	};
}
