/** The healthy count of a rollout's target deployment, as one poll saw it. */
export interface RolloutSample {
	/** Epoch ms of the poll. */
	at: number;
	healthy: number;
}

/** Rises of the healthy count the estimate waits for: one rise could be a task that was nearly up anyway. */
export const MIN_RISES = 2;

/**
 * Milliseconds left until `desired` tasks are healthy, at the rate they have been becoming healthy
 * since the first sample: (newest − first healthy) / (now − first time), so a stall since the last
 * rise slows the estimate down. `samples` are oldest first; `now` is the time of the newest poll.
 * Null until the healthy count has risen {@link MIN_RISES} times, when the rate is not positive,
 * or when the target is reached.
 */
export function rolloutEta(samples: readonly RolloutSample[], desired: number, now: number): number | null {
	const first = samples[0];
	const last = samples.at(-1);
	if (first === undefined || last === undefined || last.healthy >= desired) return null;
	let rises = 0;
	for (let index = 1; index < samples.length; index++) {
		if (samples[index]!.healthy > samples[index - 1]!.healthy) rises++;
	}

	const elapsed = Math.max(now, last.at) - first.at;
	const gained = last.healthy - first.healthy;
	if (rises < MIN_RISES || gained <= 0 || elapsed <= 0) return null;
	return Math.round((desired - last.healthy) * elapsed / gained);
}
