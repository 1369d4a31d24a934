import {afterEach, describe, expect, it, vi} from 'vitest';
import {ManualClock, ScaledClock} from '../../../source/simulator/engine/clock.js';

describe('ManualClock', () => {
	it('moves only when told, never backwards', () => {
		const clock = new ManualClock(1000);
		expect(clock.now()).toBe(1000);
		clock.advance(500);
		clock.set(2000);
		expect(clock.now()).toBe(2000);
		expect(() => clock.set(1999)).toThrow(RangeError);
		expect(() => clock.advance(-1)).toThrow(RangeError);
	});
});

describe('ScaledClock', () => {
	afterEach(() => vi.useRealTimers());

	it('runs simulated time `speed` times real time from its start', () => {
		vi.useFakeTimers({now: 50_000});
		const clock = new ScaledClock(10, 1_000_000);
		expect(clock.now()).toBe(1_000_000);
		vi.advanceTimersByTime(1500);
		expect(clock.now()).toBe(1_015_000);
	});
});
