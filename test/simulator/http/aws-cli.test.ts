import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {ManualClock} from '../../../source/simulator/engine/clock.js';
import {createWorld} from '../../../source/simulator/engine/create-world.js';
import {startSimulator, type RunningSimulator} from '../../../source/simulator/start-simulator.js';
import {awsEcs, requireAwsCli, skipAwsCli} from './aws-cli.js';

describe.skipIf(skipAwsCli)('the AWS CLI against the simulator', () => {
	let simulator: RunningSimulator | undefined;
	const clock = new ManualClock();

	beforeAll(async () => {
		requireAwsCli();
		simulator = await startSimulator({world: createWorld({clock, taskCount: 12, seed: 2})});
	});

	afterAll(async () => {
		await simulator?.close();
	});

	const aws = async (...args: string[]) => awsEcs(simulator!.url, ...args);

	it('lists and describes tasks', async () => {
		const listed = await aws('list-tasks', '--cluster', 'demo');
		const taskArns = listed['taskArns'] as string[];
		expect(taskArns).toHaveLength(12);
		expect(taskArns.every((arn) => arn.startsWith('arn:aws:ecs:us-east-1:123456789012:task/demo/'))).toBe(true);

		const described = await aws('describe-tasks', '--cluster', 'demo', '--tasks', ...taskArns.slice(0, 3), 'missing-id');
		const tasks = described['tasks'] as Array<{taskArn: string; createdAt: number | string; lastStatus: string}>;
		expect(tasks.map((task) => task.taskArn)).toEqual(taskArns.slice(0, 3));
		expect(tasks.every((task) => task.lastStatus === 'RUNNING')).toBe(true);
		// CLI v1 prints epoch seconds as received, v2 converts them to ISO 8601: both must be the seeded times.
		const createdAt = tasks[0]?.createdAt ?? '';
		const createdMs = typeof createdAt === 'number' ? createdAt * 1000 : Date.parse(createdAt);
		expect(createdMs).toBeLessThanOrEqual(clock.now());
		expect(createdMs).toBeGreaterThan(clock.now() - 2 * 60 * 60_000);
		expect(described['failures']).toEqual([{arn: 'arn:aws:ecs:us-east-1:123456789012:task/demo/missing-id', reason: 'MISSING'}]);
	});
	it('starts a rollout with update-service --force-new-deployment that later describe-services calls show', async () => {
		const updated = await aws('update-service', '--cluster', 'demo', '--service', 'web', '--force-new-deployment');
		const deployments = (updated['service'] as {deployments: Array<{status: string; rolloutState: string; id: string}>}).deployments;
		expect(deployments.map((deployment) => [deployment.status, deployment.rolloutState])).toEqual([['PRIMARY', 'IN_PROGRESS'], ['ACTIVE', 'COMPLETED']]);
		const rollout = deployments[0]!.id;

		clock.advance(20_000);
		const during = await aws('describe-services', '--cluster', 'demo', '--services', 'web');
		const primary = (during['services'] as Array<{deployments: Array<{id: string; runningCount: number; pendingCount: number}>}>)[0]!.deployments[0]!;
		expect(primary.id).toBe(rollout);
		expect(primary.runningCount + primary.pendingCount).toBeGreaterThan(0);

		clock.advance(5 * 60_000);
		const after = await aws('describe-services', '--cluster', 'demo', '--services', 'web');
		const service = (after['services'] as Array<{deployments: Array<{id: string; rolloutState: string}>; events: Array<{message: string}>}>)[0]!;
		expect(service.deployments).toEqual([expect.objectContaining({id: rollout, rolloutState: 'COMPLETED'})]);
		expect(service.events[0]?.message).toBe('(service web) has reached a steady state.');
	});
});
