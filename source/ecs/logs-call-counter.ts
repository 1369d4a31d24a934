import {AsyncLocalStorage} from 'node:async_hooks';
import type {LogsClient} from './logs-client.js';

interface Tally {
	requests: number;
}

const installed = new WeakSet<LogsClient>();
/** The tally of the logs fetch whose requests are being sent, wherever they are in the SDK's stack. */
const scope = new AsyncLocalStorage<Tally>();

function install(client: LogsClient): void {
	if (installed.has(client)) return;
	installed.add(client);
	client.middlewareStack.add(
		(next) => async (args) => {
			const tally = scope.getStore();
			if (tally !== undefined) tally.requests++;
			return next(args);
		},
		// As in call-counter.ts: inside the retry middleware, so every attempt counts.
		{step: 'finalizeRequest', priority: 'low', name: 'ecswatchLogsRequestCounter'},
	);
}

/**
 * Runs `run` and returns its value with the CloudWatch Logs requests it alone sent (retries
 * included) on the clients it was given and any it installs later with the returned `track`.
 * Kept apart from ECS's counter (call-counter.ts): the two services' quotas are separate budgets.
 */
export async function countLogsRequests<T>(run: (track: (client: LogsClient) => LogsClient) => Promise<T>): Promise<{value: T; requests: number}> {
	const tally = {requests: 0};
	const track = (client: LogsClient) => {
		install(client);
		return client;
	};

	const value = await scope.run(tally, async () => run(track));
	return {value, requests: tally.requests};
}
