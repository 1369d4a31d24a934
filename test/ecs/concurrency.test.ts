import {describe, expect, it} from 'vitest';
import {chunk, mapWithConcurrency} from '../../source/ecs/concurrency.js';

describe('chunk', () => {
	it('splits into consecutive chunks with a shorter last one', () => {
		expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
		expect(chunk([], 100)).toEqual([]);
	});
});

describe('mapWithConcurrency', () => {
	it('keeps the input order and never has more than the limit in flight', async () => {
		let inFlight = 0;
		let peak = 0;
		const resolvers: Array<() => void> = [];
		const done = mapWithConcurrency([1, 2, 3, 4, 5, 6], 2, async (n) => {
			inFlight++;
			peak = Math.max(peak, inFlight);
			await new Promise<void>((resolve) => resolvers.push(resolve));
			inFlight--;
			return n * 10;
		});
		while (resolvers.length > 0 || inFlight > 0) {
			resolvers.pop()?.();
			await Promise.resolve();
			await Promise.resolve();
		}

		expect(await done).toEqual([10, 20, 30, 40, 50, 60]);
		expect(peak).toBe(2);
	});

	it('rejects with the first error and starts nothing after it', async () => {
		const started: number[] = [];
		const result = mapWithConcurrency([1, 2, 3, 4], 1, async (n) => {
			started.push(n);
			if (n === 2) {
				throw new Error('ThrottlingException');
			}

			return n;
		});
		await expect(result).rejects.toThrow('ThrottlingException');
		expect(started).toEqual([1, 2]);
	});
});
