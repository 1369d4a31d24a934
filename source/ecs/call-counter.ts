import type {ECSClient} from '@aws-sdk/client-ecs';

/**
 * Counts the HTTP requests a client sends, retries included (a throttled retry spends the
 * account's request budget like any call). Returns a reader of the running total.
 */
export function countRequests(client: ECSClient): () => number {
	let requests = 0;
	client.middlewareStack.add(
		(next) => async (args) => {
			requests++;
			return next(args);
		},
		// Inside the retry middleware (finalizeRequest, high priority), so every attempt counts.
		{step: 'finalizeRequest', priority: 'low', name: 'ecswatchRequestCounter', override: true},
	);
	return () => requests;
}
