import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {ManualClock} from '../../../source/simulator/engine/clock.js';
import {createWorld} from '../../../source/simulator/engine/create-world.js';
import {startSimulator, type RunningSimulator} from '../../../source/simulator/start-simulator.js';
import {awsEcs, requireAwsCli, skipAwsCli} from './aws-cli.js';

type Service = {serviceName: string; status: string; desiredCount: number; runningCount: number};

describe.skipIf(skipAwsCli)('aws ecs delete-service against the simulator', () => {
	let simulator: RunningSimulator | undefined;
	const clock = new ManualClock();

	beforeAll(async () => {
		requireAwsCli();
		simulator = await startSimulator({world: createWorld({clock, taskCount: 12})});
	});

	afterAll(async () => {
		await simulator?.close();
	});

	const aws = async (...args: string[]) => awsEcs(simulator!.url, ...args);
	const describeWeb = async () => ((await aws('describe-services', '--cluster', 'demo', '--services', 'web'))['services'] as Service[])[0]!;

	it('refuses a service scaled above 0 without --force, as ECS does', async () => {
		await expect(aws('delete-service', '--cluster', 'demo', '--service', 'web')).rejects.toThrow(
			/InvalidParameterException.*The service cannot be stopped while it is scaled above 0\./su,
		);
		expect(await describeWeb()).toMatchObject({status: 'ACTIVE'});
	});

	it('drains the service with --force, then leaves it INACTIVE: described, no longer listed', async () => {
		const deleted = (await aws('delete-service', '--cluster', 'demo', '--service', 'web', '--force'))['service'] as Service;
		expect(deleted).toMatchObject({serviceName: 'web', status: 'DRAINING', desiredCount: 0});
		const listed = (await aws('list-services', '--cluster', 'demo'))['serviceArns'] as string[];
		expect(listed.some(arn => arn.endsWith('/web'))).toBe(false);
		expect(listed.some(arn => arn.endsWith('/api'))).toBe(true);

		clock.advance(2 * 60_000);
		expect(await describeWeb()).toMatchObject({status: 'INACTIVE', desiredCount: 0, runningCount: 0});
		const tasks = (await aws('list-tasks', '--cluster', 'demo', '--service-name', 'web'))['taskArns'] as string[];
		expect(tasks).toEqual([]);
		await expect(aws('delete-service', '--cluster', 'demo', '--service', 'web', '--force')).rejects.toThrow(/ServiceNotActiveException/u);
	});
});
