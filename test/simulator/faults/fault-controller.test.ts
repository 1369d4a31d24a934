import {describe, expect, it, vi} from 'vitest';
import {ManualClock} from '../../../source/simulator/engine/clock.js';
import {createFaultController} from '../../../source/simulator/faults/fault-controller.js';

const callTimes = async (controller: ReturnType<typeof createFaultController>, operation: string, times: number) => {
	const kinds: string[] = [];
	for (let index = 0; index < times; index++) {
		const decision = await controller.apply(operation);
		kinds.push(decision.kind === 'error' ? decision.type : decision.kind);
	}

	return kinds;
};

describe('createFaultController', () => {
	it('lets every call through when no fault is set', async () => {
		const controller = createFaultController();
		expect(await callTimes(controller, 'ListTasks', 3)).toEqual(['none', 'none', 'none']);
	});

	it('throttles the shared ListTasks/DescribeTasks bucket after a burst of 100 and refills 20 per second', async () => {
		const clock = new ManualClock();
		const controller = createFaultController({clock, initial: {throttling: true}});
		const burst = [...(await callTimes(controller, 'ListTasks', 60)), ...(await callTimes(controller, 'DescribeTasks', 40))];
		expect(burst.every((kind) => kind === 'none')).toBe(true);
		expect(await controller.apply('DescribeTasks')).toEqual({kind: 'error', status: 400, type: 'ThrottlingException', message: 'Rate exceeded'});
		// Other groups have their own buckets.
		expect((await controller.apply('DescribeServices')).kind).toBe('none');

		clock.advance(500);
		expect(await callTimes(controller, 'ListTasks', 11)).toEqual([...Array<string>(10).fill('none'), 'ThrottlingException']);
	});

	it('gives DescribeClusters and ListClusters a burst of 50', async () => {
		const controller = createFaultController({clock: new ManualClock(), initial: {throttling: true}});
		const kinds = [...(await callTimes(controller, 'ListClusters', 25)), ...(await callTimes(controller, 'DescribeClusters', 26))];
		expect(kinds.filter((kind) => kind === 'ThrottlingException')).toHaveLength(1);
		expect(kinds.at(-1)).toBe('ThrottlingException');
	});

	it('fails exactly the next n calls with a 500 and then recovers', async () => {
		const controller = createFaultController({initial: {failNext: 2}});
		expect(await callTimes(controller, 'ListTasks', 3)).toEqual(['ServerException', 'ServerException', 'none']);
		expect(controller.current().failNext).toBe(0);
	});

	it('drops the next n connections', async () => {
		const controller = createFaultController();
		controller.set({dropNext: 1});
		expect(await callTimes(controller, 'ListTasks', 2)).toEqual(['drop', 'none']);
	});

	it('applies rate-based faults with the injected random source', async () => {
		const rolls = [0.1, 0.9, 0.9, 0.05];
		const controller = createFaultController({random: () => rolls.shift() ?? 1, initial: {errorRate: 0.2, dropRate: 0.2}});
		// Call 1: the drop roll (0.1) hits. Call 2: drop roll 0.9 misses, error roll 0.9 misses. Call 3: drop roll 0.05 hits.
		expect(await callTimes(controller, 'ListTasks', 3)).toEqual(['drop', 'none', 'drop']);
	});

	it('answers expired credentials and access denied for the chosen operation', async () => {
		const controller = createFaultController({accountId: '111122223333'});
		controller.set({accessDenied: ['DescribeTasks']});
		expect((await controller.apply('ListTasks')).kind).toBe('none');
		const denied = await controller.apply('DescribeTasks');
		expect(denied).toMatchObject({kind: 'error', status: 400, type: 'AccessDeniedException'});
		expect(denied.kind === 'error' && denied.message).toContain('arn:aws:iam::111122223333:');

		controller.set({expiredCredentials: true});
		expect(await controller.apply('ListTasks')).toEqual({
			kind: 'error',
			status: 400,
			type: 'ExpiredTokenException',
			message: 'The security token included in the request is expired',
		});
	});

	it('waits the added latency before deciding', async () => {
		const sleep = vi.fn(async () => {});
		const controller = createFaultController({sleep, initial: {latencyMs: 250}});
		await controller.apply('ListTasks');
		expect(sleep).toHaveBeenCalledWith(250);
	});

	it('reset switches every fault off and refills the buckets', async () => {
		const controller = createFaultController({clock: new ManualClock(), initial: {throttling: true, expiredCredentials: true}});
		controller.reset();
		expect(controller.current()).toEqual({});
		controller.set({throttling: true});
		expect((await callTimes(controller, 'ListTasks', 100)).every((kind) => kind === 'none')).toBe(true);
	});
	it('throttles a share of the calls in a storm, whatever the buckets hold', async () => {
		const rolls = [0.3, 0.7];
		const controller = createFaultController({random: () => rolls.shift() ?? 1, initial: {throttleRate: 0.5}});
		expect(await callTimes(controller, 'ListClusters', 2)).toEqual(['ThrottlingException', 'none']);
	});

	it('leaves a share of the calls unanswered', async () => {
		const rolls = [0.9, 0.1];
		const controller = createFaultController({random: () => rolls.shift() ?? 1, initial: {hangRate: 0.5}});
		expect(await callTimes(controller, 'ListTasks', 2)).toEqual(['none', 'hang']);
	});

	it('rolls MISSING per task only while missing is set', () => {
		const rolls = [0.2, 0.8];
		const controller = createFaultController({random: () => rolls.shift() ?? 0});
		expect(controller.taskMissing()).toBe(false);
		controller.set({missingRate: 0.5});
		expect([controller.taskMissing(), controller.taskMissing()]).toEqual([true, false]);
	});

	it('replace makes the given faults the whole set, keeping the buckets while throttling stays on', async () => {
		const controller = createFaultController({clock: new ManualClock(), initial: {throttling: true, missingRate: 0.5}});
		await callTimes(controller, 'ListClusters', 50);
		controller.replace({throttling: true, throttleRate: 0});
		expect(controller.current()).toEqual({throttling: true, throttleRate: 0});
		expect(await controller.apply('ListClusters')).toMatchObject({type: 'ThrottlingException'});
		controller.replace({});
		expect(controller.current()).toEqual({});
		controller.replace({throttling: true});
		expect((await controller.apply('ListClusters')).kind).toBe('none');
	});
});
