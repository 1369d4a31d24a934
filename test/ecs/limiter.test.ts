import {describe, expect, it} from 'vitest';
import {createLimiter} from '../../source/ecs/limiter.js';
import {deferred, type Deferred} from './paged-fakes.js';

describe('createLimiter', () => {
	it('runs at most `limit` tasks at once, in the order given, and passes results and errors on', async () => {
		const limit = createLimiter(2);
		const gates: Deferred[] = [];
		const started: number[] = [];
		const run = (n: number) => limit(async () => {
			started.push(n);
			const gate = deferred();
			gates[n] = gate;
			await gate.promise;
			if (n === 1) throw new Error('one failed');
			return n * 10;
		});

		const results = [run(0), run(1), run(2), run(3)].map(async (promise) => promise.catch((error: Error) => error.message));
		await Promise.resolve();
		expect(started).toEqual([0, 1]);
		gates[1]?.resolve();
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(started).toEqual([0, 1, 2]);
		// A task given later queues behind those already waiting.
		const late = run(4);
		gates[0]?.resolve();
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(started).toEqual([0, 1, 2, 3]);
		for (const n of [2, 3]) gates[n]?.resolve();
		await new Promise((resolve) => setTimeout(resolve, 0));
		gates[4]?.resolve();
		expect(await Promise.all([...results, late])).toEqual([0, 'one failed', 20, 30, 40]);
	});
});
