import {describe, expect, it} from 'vitest';
import {rolloutEta} from '../../source/model/rollout-eta.js';

const MINUTE = 60_000;
/** Samples a minute apart from t = 0 with these healthy counts. */
const minutely = (...healthy: number[]) => healthy.map((count, index) => ({at: index * MINUTE, healthy: count}));

describe('rolloutEta', () => {
	it('is the tasks left at the rate seen since the first sample', () => {
		// 1 → 3 healthy in two minutes: one a minute; 3 more of 6 take three minutes.
		expect(rolloutEta(minutely(1, 2, 3), 6, 2 * MINUTE)).toBe(3 * MINUTE);
	});

	it('slows down while the count stalls after the last rise', () => {
		// Still 3 at four minutes: 2 gained in 4 minutes, 3 left → six minutes.
		expect(rolloutEta(minutely(1, 2, 3), 6, 4 * MINUTE)).toBe(6 * MINUTE);
	});

	it('is null until the healthy count has risen twice', () => {
		expect(rolloutEta([], 6, 0)).toBeNull();
		expect(rolloutEta(minutely(0), 6, MINUTE)).toBeNull();
		expect(rolloutEta(minutely(0, 3), 6, MINUTE)).toBeNull();
		expect(rolloutEta(minutely(0, 3, 2), 6, 2 * MINUTE)).toBeNull();
	});

	it('is null when the count has not grown overall, or the target is reached', () => {
		expect(rolloutEta(minutely(4, 1, 2, 3), 6, 3 * MINUTE)).toBeNull();
		expect(rolloutEta(minutely(1, 2, 6), 6, 2 * MINUTE)).toBeNull();
	});

	it('counts from the newest sample when now lags behind it', () => {
		expect(rolloutEta(minutely(1, 2, 3), 6, 0)).toBe(3 * MINUTE);
	});
});
