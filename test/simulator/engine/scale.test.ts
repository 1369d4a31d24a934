import {describe, expect, it} from 'vitest';
import {ManualClock} from '../../../source/simulator/engine/clock.js';
import {createWorld} from '../../../source/simulator/engine/create-world.js';
import {detail, stepUntil, tasksOf, usableIn} from './world-steps.js';

describe('a world of 5,000 tasks', () => {
	const clock = new ManualClock();
	const world = createWorld({clock, taskCount: 5000});
	const subnets = new Map(world.subnets('demo').map(s => [s.subnetId, s]));

	it('lists and describes every RUNNING task', () => {
		const arns = world.listTaskArns('demo', {});
		expect(arns).toHaveLength(5000);
		expect(new Set(arns).size).toBe(5000);
		const tasks = arns.map(arn => world.describeTask('demo', arn));
		expect(tasks.every(t => t?.['lastStatus'] === 'RUNNING')).toBe(true);
		expect(world.describeCluster('demo')).toMatchObject({runningTasksCount: 5000, pendingTasksCount: 0, activeServicesCount: 5});
		expect(world.describeService('demo', 'batch')).toMatchObject({desiredCount: 4983, runningCount: 4983});
	});

	it('gives every ENI a distinct usable address of its own subnet, in that subnet\'s zone', () => {
		const tasks = tasksOf(world, {}).filter(t => (t['attachments'] as unknown[]).length > 0);
		expect(tasks.length).toBeGreaterThan(4990);
		const ips = new Set<string>();
		for (const task of tasks) {
			const ip = detail(task, 'privateIPv4Address')!;
			const subnet = subnets.get(detail(task, 'subnetId')!)!;
			expect(usableIn(ip, subnet.cidrBlock)).toBe(true);
			expect(task['availabilityZone']).toBe(subnet.availabilityZone);
			ips.add(ip);
		}

		expect(ips.size).toBe(tasks.length);
	});

	it('keeps the list order stable while tasks come and go', () => {
		const before = world.listTaskArns('demo', {serviceName: 'batch'});
		world.stopTask('demo', before[10]!);
		stepUntil(clock, () => world.listTaskArns('demo', {serviceName: 'batch'}).length === 4983, {maxMs: 120_000});
		const after = world.listTaskArns('demo', {serviceName: 'batch'});
		expect(after.slice(0, 10)).toEqual(before.slice(0, 10));
		expect(after.slice(10, 4982)).toEqual(before.slice(11));
	});
});

describe('the seed', () => {
	it('is reproducible for a given seed and differs for another', () => {
		const arns = (seed: number) => createWorld({clock: new ManualClock(), seed}).listTaskArns('demo', {});
		expect(arns(7)).toEqual(arns(7));
		expect(arns(7)).not.toEqual(arns(8));
	});

	it('names hosts for the region', () => {
		const world = createWorld({clock: new ManualClock(), region: 'eu-west-1', taskCount: 3});
		const task = tasksOf(world, {serviceName: 'web'})[0]!;
		expect(detail(task, 'privateDnsName')).toMatch(/^ip-10-0-\d+-\d+\.eu-west-1\.compute\.internal$/);
		expect(task['availabilityZone']).toMatch(/^eu-west-1[abc]$/);
	});

	it('has standalone tasks and a stopped migration, and task definitions to deploy', () => {
		const world = createWorld({clock: new ManualClock()});
		expect(tasksOf(world, {family: 'cron-sync'})).toMatchObject([{group: 'family:cron-sync', launchType: 'FARGATE'}]);
		const [report] = tasksOf(world, {family: 'report'});
		expect(report).toMatchObject({launchType: 'EC2', containerInstanceArn: expect.any(String)});
		expect(detail(report!, 'privateIPv4Address')).toBeDefined();
		expect(tasksOf(world, {desiredStatus: 'STOPPED'})).toMatchObject([{group: 'family:migrate', stopCode: 'EssentialContainerExited', lastStatus: 'STOPPED'}]);
		expect(world.describeTaskDefinition('web:42')).toMatchObject({family: 'web', revision: 42, status: 'ACTIVE'});
		expect(world.describeTaskDefinition('web')?.['revision']).toBe(44);
		expect(world.describeTaskDefinition('web:7')).toBeUndefined();
		expect(world.listTaskArns('demo', {desiredStatus: 'PENDING'})).toEqual([]);
		expect(() => world.listTaskArns('other', {})).toThrow(expect.objectContaining({name: 'ClusterNotFoundException'}));
		expect(world.describeCluster('other')).toBeUndefined();
	});
});
