import {DescribeTasksCommand, ListClustersCommand, ListTasksCommand} from '@aws-sdk/client-ecs';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {ManualClock} from '../../../source/simulator/engine/clock.js';
import {createWorld} from '../../../source/simulator/engine/create-world.js';
import {startSimulator, type RunningSimulator} from '../../../source/simulator/start-simulator.js';
import {ecsTestClient} from '../http/ecs-test-client.js';

describe('faults seen through the real SDK', () => {
	let simulator: RunningSimulator;
	let client: ReturnType<typeof ecsTestClient>;
	let throttleClock: ManualClock;
	let cluster: string;

	beforeEach(async () => {
		const world = createWorld({clock: new ManualClock(), taskCount: 3, seed: 3});
		cluster = world.clusterName();
		throttleClock = new ManualClock();
		simulator = await startSimulator({world, throttleClock});
		client = ecsTestClient(simulator.url);
	});

	afterEach(async () => {
		client.destroy();
		await simulator.close();
	});

	const listTasks = async () => client.send(new ListTasksCommand({cluster}));

	it('throttles ListTasks and DescribeTasks together after a burst of 100, then refills', async () => {
		simulator.faults.set({throttling: true});
		const {taskArns = []} = await listTasks();
		for (let call = 1; call < 100; call++) {
			await client.send(new DescribeTasksCommand({cluster, tasks: taskArns.slice(0, 1)}));
		}

		await expect(listTasks()).rejects.toMatchObject({
			name: 'ThrottlingException',
			message: 'Rate exceeded',
			$metadata: {httpStatusCode: 400},
		});
		// ListClusters has its own bucket.
		await expect(client.send(new ListClustersCommand({}))).resolves.toBeDefined();

		throttleClock.advance(50); // 20 tokens per second: one token
		await expect(listTasks()).resolves.toBeDefined();
		await expect(listTasks()).rejects.toMatchObject({name: 'ThrottlingException'});
	});

	it('starts with the faults given at start-up', async () => {
		const faulty = await startSimulator({world: simulator.world, faults: {failNext: 1}});
		const faultyClient = ecsTestClient(faulty.url);
		try {
			await expect(faultyClient.send(new ListTasksCommand({cluster}))).rejects.toMatchObject({name: 'ServerException'});
			await expect(faultyClient.send(new ListTasksCommand({cluster}))).resolves.toBeDefined();
		} finally {
			faultyClient.destroy();
			await faulty.close();
		}
	});

	it('answers HTTP 500 ServerException for the next n calls', async () => {
		simulator.faults.set({failNext: 2});
		for (let call = 0; call < 2; call++) {
			await expect(listTasks()).rejects.toMatchObject({name: 'ServerException', $metadata: {httpStatusCode: 500}});
		}

		await expect(listTasks()).resolves.toMatchObject({$metadata: {httpStatusCode: 200}});
	});

	it('drops the connection without an answer', async () => {
		simulator.faults.set({dropNext: 1});
		const error = await listTasks().catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(Error);
		expect((error as {$metadata?: {httpStatusCode?: number}}).$metadata?.httpStatusCode).toBeUndefined();
		await expect(listTasks()).resolves.toBeDefined();
	});

	it('reports expired credentials until reset', async () => {
		simulator.faults.set({expiredCredentials: true});
		await expect(listTasks()).rejects.toMatchObject({
			name: 'ExpiredTokenException',
			message: 'The security token included in the request is expired',
		});
		simulator.faults.reset();
		await expect(listTasks()).resolves.toBeDefined();
	});

	it('denies access to the chosen operation only', async () => {
		simulator.faults.set({accessDenied: ['DescribeTasks']});
		const {taskArns = []} = await listTasks();
		await expect(client.send(new DescribeTasksCommand({cluster, tasks: taskArns.slice(0, 1)}))).rejects.toMatchObject({
			name: 'AccessDeniedException',
			message: expect.stringContaining('ecs:DescribeTasks') as unknown,
		});
	});
});
