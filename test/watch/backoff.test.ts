import {describe, expect, it} from 'vitest';
import {backoffDelay} from '../../source/watch/backoff.js';

describe('backoffDelay', () => {
	const options = {baseMs: 1000, maxMs: 60_000, jitter: () => 0};

	it('doubles per consecutive failure and stops at the cap', () => {
		expect([1, 2, 3, 4, 5, 6, 7, 8].map(failures => backoffDelay(failures, options)))
			.toEqual([1000, 2000, 4000, 8000, 16_000, 32_000, 60_000, 60_000]);
		expect(backoffDelay(5000, options)).toBe(60_000);
	});

	it('only lengthens a wait with jitter, by at most a quarter, and never past the cap', () => {
		expect(backoffDelay(1, {...options, jitter: () => 1})).toBe(1250);
		expect(backoffDelay(2, {...options, jitter: () => 0.5})).toBe(2250);
		expect(backoffDelay(7, {...options, jitter: () => 1})).toBe(60_000);
	});

	it('clamps a jitter source that strays outside 0..1', () => {
		expect(backoffDelay(1, {...options, jitter: () => -3})).toBe(1000);
		expect(backoffDelay(1, {...options, jitter: () => 7})).toBe(1250);
	});
});
