import {AsyncLocalStorage} from 'node:async_hooks';

/** What a client needs for its requests to be counted: the SDK's middleware stack. */
interface Countable {
	middlewareStack: {add(middleware: (next: (args: never) => Promise<unknown>) => (args: never) => Promise<unknown>, options: {step: 'finalizeRequest'; priority: 'low'; name: string}): void};
}

/**
 * Counts the requests one piece of work sends on the clients it tracks, wherever they are in the
 * SDK's stack (AsyncLocalStorage), retries included (the middleware sits inside the retry one, as
 * in call-counter.ts). One tally per service: each service's request quota is a budget of its own.
 */
export function requestTally(name: string) {
	const installed = new WeakSet<object>();
	const scope = new AsyncLocalStorage<{requests: number}>();
	const track = <C extends Countable>(client: C): C => {
		if (!installed.has(client)) {
			installed.add(client);
			client.middlewareStack.add(next => async args => {
				const tally = scope.getStore();
				if (tally !== undefined) tally.requests++;
				return next(args);
			}, {step: 'finalizeRequest', priority: 'low', name});
		}

		return client;
	};

	/** Runs `run`, which tracks the clients it uses, and returns its value with the requests it alone sent. */
	return async <T>(run: (track: <C extends Countable>(client: C) => C) => Promise<T>): Promise<{value: T; requests: number}> => {
		const tally = {requests: 0};
		const value = await scope.run(tally, async () => run(track));
		return {value, requests: tally.requests};
	};
}
