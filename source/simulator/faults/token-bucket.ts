import type {Clock} from '../engine/world-api.js';

/** A refilling token bucket: `burst` tokens at most, `perSecond` tokens added every second. */
export class TokenBucket {
	private tokens: number;
	private lastMs: number;

	constructor(
		readonly burst: number,
		readonly perSecond: number,
		private readonly clock: Clock,
	) {
		this.tokens = burst;
		this.lastMs = clock.now();
	}

	/** Takes one token; false when the bucket is empty (the call is throttled). */
	take(): boolean {
		this.refill();
		if (this.tokens < 1) {
			return false;
		}

		this.tokens -= 1;
		return true;
	}

	private refill(): void {
		const now = this.clock.now();
		const elapsedMs = Math.max(0, now - this.lastMs);
		this.lastMs = now;
		this.tokens = Math.min(this.burst, this.tokens + (elapsedMs / 1000) * this.perSecond);
	}
}
