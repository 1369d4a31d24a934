export interface BackoffOptions {
	/** Delay before the first retry. */
	baseMs: number;
	/** No retry waits longer than this. */
	maxMs: number;
	/** 0..1; spreads retries so clients that failed together do not retry together. */
	jitter: () => number;
}

/** How much jitter may stretch a delay: up to a quarter on top of the exponential value. */
const JITTER_SPREAD = 0.25;

/**
 * The wait before retry number `failures` (1 for the first retry): `baseMs` doubled per
 * consecutive failure, stretched by up to 25 % of jitter, capped at `maxMs`. Jitter only ever
 * lengthens a wait, so a throttled client never retries sooner than the plain exponential delay.
 */
export function backoffDelay(failures: number, options: BackoffOptions): number {
	const exponential = options.baseMs * 2 ** Math.max(0, failures - 1);
	const jitter = Math.min(1, Math.max(0, options.jitter()));
	return Math.min(options.maxMs, exponential * (1 + JITTER_SPREAD * jitter));
}
