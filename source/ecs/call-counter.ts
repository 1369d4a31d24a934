import type {ECSClient} from '@aws-sdk/client-ecs';

// One middleware per client: adding it again under the same name would replace the first one
// and freeze every reader handed out before.
const totals = new WeakMap<ECSClient, {requests: number}>();

/**
 * Counts the HTTP requests a client sends, retries included (a throttled retry spends the
 * account's request budget like any call). Returns a reader of the client's running total;
 * readers of the same client share one counter.
 */
export function countRequests(client: ECSClient): () => number {
	const existing = totals.get(client);
	if (existing !== undefined) {
		return () => existing.requests;
	}

	const counter = {requests: 0};
	totals.set(client, counter);
	client.middlewareStack.add(
		(next) => async (args) => {
			counter.requests++;
			return next(args);
		},
		// Inside the retry middleware (finalizeRequest, high priority), so every attempt counts.
		{step: 'finalizeRequest', priority: 'low', name: 'ecswatchRequestCounter'},
	);
	return () => counter.requests;
}
