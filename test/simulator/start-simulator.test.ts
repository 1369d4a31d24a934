import {ListTasksCommand} from '@aws-sdk/client-ecs';
import {describe, expect, it} from 'vitest';
import {ManualClock} from '../../source/simulator/engine/clock.js';
import {startSimulator} from '../../source/simulator/start-simulator.js';
import {ecsTestClient} from './http/ecs-test-client.js';

describe('startSimulator', () => {
	it('creates a world from clock, taskCount and seed when none is given', async () => {
		const simulator = await startSimulator({clock: new ManualClock(), taskCount: 7, seed: 4});
		const client = ecsTestClient(simulator.url);
		try {
			const {taskArns} = await client.send(new ListTasksCommand({cluster: 'demo'}));
			expect(taskArns).toHaveLength(7);
			expect(simulator.world.region).toBe('us-east-1');
		} finally {
			client.destroy();
			await simulator.close();
		}
	});

	it('listens on the port asked for and refuses one already taken', async () => {
		const first = await startSimulator({clock: new ManualClock(), taskCount: 1});
		try {
			await expect(startSimulator({clock: new ManualClock(), taskCount: 1, port: first.port})).rejects.toMatchObject({code: 'EADDRINUSE'});
		} finally {
			await first.close();
		}
	});

	it('stops answering once closed', async () => {
		const simulator = await startSimulator({clock: new ManualClock(), taskCount: 1});
		await simulator.close();
		await expect(fetch(simulator.url, {method: 'POST'})).rejects.toThrow();
	});
});
