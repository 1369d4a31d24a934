/** Runs the tasks given to it with at most `limit` of them in flight, the others waiting in order. */
export type Limiter = <T>(task: () => Promise<T>) => Promise<T>;

/**
 * A concurrency limit for work that arrives over time (mapWithConcurrency needs the whole list
 * up front). A task is started when a slot frees up, in the order the tasks were given.
 */
export function createLimiter(limit: number): Limiter {
	let active = 0;
	const waiting: Array<() => void> = [];
	const release = () => {
		const next = waiting.shift();
		if (next === undefined) {
			active--;
		} else {
			// The slot passes straight to the next task, so nothing can overtake it meanwhile.
			next();
		}
	};

	return async (task) => {
		if (active < limit) {
			active++;
		} else {
			await new Promise<void>((resolve) => {
				waiting.push(resolve);
			});
		}

		try {
			return await task();
		} finally {
			release();
		}
	};
}
