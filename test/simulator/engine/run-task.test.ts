import {describe, expect, it} from 'vitest';
import {ManualClock} from '../../../source/simulator/engine/clock.js';
import {createWorld} from '../../../source/simulator/engine/create-world.js';
import {stepUntil} from './world-steps.js';

describe('RunTask', () => {
	const setup = () => {
		const clock = new ManualClock();
		const world = createWorld({clock, taskCount: 3});
		return {clock, world, subnets: world.subnets('demo').map(s => s.subnetId)};
	};

	it('starts standalone tasks with their group, startedBy and tags, findable by those filters', () => {
		const {world, subnets} = setup();
		const {tasks, failures} = world.runTask('demo', {taskDefinition: 'batch:3', count: 3, subnets, startedBy: 'nightly', tags: [{key: 'team', value: 'data'}]});
		expect(failures).toEqual([]);
		expect(tasks).toHaveLength(3);
		expect(tasks[0]).toMatchObject({group: 'family:batch', startedBy: 'nightly', tags: [{key: 'team', value: 'data'}], lastStatus: 'PROVISIONING'});
		expect(new Set(tasks.map(t => t['availabilityZone'])).size).toBe(3);
		expect(world.listTaskArns('demo', {startedBy: 'nightly'})).toEqual(tasks.map(t => t['taskArn']));
		expect(world.listTaskArns('demo', {family: 'batch', launchType: 'EC2'})).toEqual([]);
	});

	it('answers ECS errors for what it cannot run', () => {
		const {world, subnets} = setup();
		const error = (name: string) => expect.objectContaining({name});
		expect(() => world.runTask('demo', {taskDefinition: 'nope:1', subnets})).toThrow(error('InvalidParameterException'));
		expect(() => world.runTask('demo', {taskDefinition: 'batch:3'})).toThrow("Network Configuration must be provided when networkMode 'awsvpc' is specified.");
		expect(() => world.runTask('demo', {taskDefinition: 'batch:3', subnets, count: 11})).toThrow(error('InvalidParameterException'));
		expect(() => world.runTask('nope', {taskDefinition: 'batch:3', subnets})).toThrow(error('ClusterNotFoundException'));
	});

	it('lets a batch job exit 0 on its own', () => {
		const {clock, world, subnets} = setup();
		const [task] = world.runTask('demo', {taskDefinition: 'migrate:5', subnets}).tasks;
		const arn = task!['taskArn'] as string;
		stepUntil(clock, () => world.describeTask('demo', arn)?.['lastStatus'] === 'STOPPED', {maxMs: 5 * 60_000});
		expect(world.describeTask('demo', arn)).toMatchObject({
			stopCode: 'EssentialContainerExited',
			stoppedReason: 'Essential container in task exited',
			containers: [expect.objectContaining({exitCode: 0, lastStatus: 'STOPPED'})],
		});
	});
});
