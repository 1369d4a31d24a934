import type {Clock} from './world-api.js';

/** 2025-01-06T09:00:00Z: a fixed, deterministic default start for tests. */
export const defaultStartMs = Date.UTC(2025, 0, 6, 9, 0, 0);

/** A clock that only moves when told to: tests drive the simulator with it. */
export class ManualClock implements Clock {
	private current: number;

	constructor(startMs = defaultStartMs) {
		this.current = startMs;
	}

	now(): number {
		return this.current;
	}

	advance(ms: number): void {
		if (ms < 0) {
			throw new RangeError('A clock cannot go backwards');
		}

		this.current += ms;
	}

	set(ms: number): void {
		if (ms < this.current) {
			throw new RangeError('A clock cannot go backwards');
		}

		this.current = ms;
	}
}

/** Simulated time running `speed` times real time from `start` (default: the real now). */
export class ScaledClock implements Clock {
	private readonly realStart = Date.now();
	private readonly simulatedStart: number;

	constructor(
		private readonly speed: number,
		start?: number,
	) {
		this.simulatedStart = start ?? this.realStart;
	}

	now(): number {
		return this.simulatedStart + Math.floor((Date.now() - this.realStart) * this.speed);
	}
}
