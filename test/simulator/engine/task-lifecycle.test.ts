import {describe, expect, it} from 'vitest';
import {ManualClock} from '../../../source/simulator/engine/clock.js';
import {createWorld} from '../../../source/simulator/engine/create-world.js';
import type {WireRecord} from '../../../source/simulator/engine/world-api.js';
import {detail, eniStatus, stepUntil, usableIn} from './world-steps.js';

type Container = {name: string; lastStatus: string; exitCode?: number; networkInterfaces: Array<{attachmentId: string; privateIpv4Address: string}>};

function setup() {
	const clock = new ManualClock();
	const world = createWorld({clock});
	const subnets = world.subnets('demo');
	const {tasks} = world.runTask('demo', {taskDefinition: 'cron-sync', subnets: subnets.map(s => s.subnetId), startedBy: 'me'});
	const arn = tasks[0]!['taskArn'] as string;
	const read = (): WireRecord => world.describeTask('demo', arn)!;
	return {clock, world, subnets, arn, read};
}

describe('a Fargate task', () => {
	it('starts PROVISIONING with a PRECREATED ENI that only names its subnet', () => {
		const {read, subnets} = setup();
		const task = read();
		expect(task['lastStatus']).toBe('PROVISIONING');
		expect(task['desiredStatus']).toBe('RUNNING');
		expect(task['group']).toBe('family:cron-sync');
		expect(task['taskArn']).toMatch(/^arn:aws:ecs:us-east-1:123456789012:task\/demo\/[\da-f]{32}$/);
		expect(task['attachments']).toEqual([
			{id: expect.any(String), type: 'ElasticNetworkInterface', status: 'PRECREATED', details: [{name: 'subnetId', value: expect.any(String)}]},
		]);
		const subnet = subnets.find(s => s.subnetId === detail(task, 'subnetId'));
		expect(task['availabilityZone']).toBe(subnet?.availabilityZone);
		expect((task['containers'] as Container[])[0]?.networkInterfaces).toEqual([]);
	});

	it('goes through PENDING and ACTIVATING to RUNNING, with the ENI attached and mirrored in its containers', () => {
		const {clock, read, subnets} = setup();
		const seen: string[] = [];
		const record = (): void => {
			const status = `${read()['lastStatus'] as string}/${eniStatus(read())!}`;
			if (seen.at(-1) !== status) seen.push(status);
		};

		record();
		stepUntil(clock, () => read()['lastStatus'] === 'RUNNING', {maxMs: 120_000, stepMs: 250, each: record});
		expect(seen).toEqual(['PROVISIONING/PRECREATED', 'PROVISIONING/ATTACHING', 'PENDING/ATTACHED', 'ACTIVATING/ATTACHED', 'RUNNING/ATTACHED']);

		const task = read();
		const ip = detail(task, 'privateIPv4Address')!;
		const subnet = subnets.find(s => s.subnetId === detail(task, 'subnetId'))!;
		expect(usableIn(ip, subnet.cidrBlock)).toBe(true);
		expect(detail(task, 'networkInterfaceId')).toMatch(/^eni-[\da-f]{17}$/);
		expect(detail(task, 'macAddress')).toMatch(/^([\da-f]{2}:){5}[\da-f]{2}$/);
		expect(detail(task, 'privateDnsName')).toBe(`ip-${ip.replaceAll('.', '-')}.ec2.internal`);
		const attachmentId = (task['attachments'] as Array<{id: string}>)[0]?.id;
		expect((task['containers'] as Container[])[0]?.networkInterfaces).toEqual([{attachmentId, privateIpv4Address: ip}]);

		const times = ['createdAt', 'connectivityAt', 'pullStartedAt', 'pullStoppedAt', 'startedAt'].map(key => task[key] as number);
		expect(times.every(t => typeof t === 'number')).toBe(true);
		expect([...times].sort((a, b) => a - b)).toEqual(times);
		expect(task['startedAt']).toBeLessThanOrEqual(clock.now());
		expect(task['connectivity']).toBe('CONNECTED');
		expect(task['launchType']).toBe('FARGATE');
		expect(task['platformVersion']).toBe('1.4.0');
	});

	it('stops on StopTask with UserInitiated, detaches then deletes its ENI but keeps the old IP', () => {
		const {clock, world, arn, read} = setup();
		stepUntil(clock, () => read()['lastStatus'] === 'RUNNING', {maxMs: 120_000});
		const ip = detail(read(), 'privateIPv4Address');
		const stopped = world.stopTask('demo', arn);
		expect(stopped['desiredStatus']).toBe('STOPPED');
		expect(stopped['stopCode']).toBe('UserInitiated');
		expect(stopped['stoppedReason']).toBe('Task stopped by user');
		expect(world.listTaskArns('demo', {})).not.toContain(arn);
		expect(world.listTaskArns('demo', {desiredStatus: 'STOPPED'})).toContain(arn);

		const seen: string[] = ['RUNNING/ATTACHED'];
		stepUntil(clock, () => read()['lastStatus'] === 'STOPPED', {
			maxMs: 120_000,
			stepMs: 250,
			each() {
				const status = `${read()['lastStatus'] as string}/${eniStatus(read())!}`;
				if (seen.at(-1) !== status) seen.push(status);
			},
		});
		// ECS takes a moment to act on the stop: desired STOPPED while still RUNNING.
		expect(seen).toEqual(['RUNNING/ATTACHED', 'DEACTIVATING/ATTACHED', 'STOPPING/ATTACHED', 'DEPROVISIONING/DETACHING', 'STOPPED/DELETED']);
		const task = read();
		expect(detail(task, 'privateIPv4Address')).toBe(ip);
		const times = ['startedAt', 'stoppingAt', 'executionStoppedAt', 'stoppedAt'].map(key => task[key] as number);
		expect([...times].sort((a, b) => a - b)).toEqual(times);
		expect((task['containers'] as Container[]).map(c => [c.lastStatus, c.exitCode])).toEqual([['STOPPED', 0]]);
	});

	it('takes a free-text stop reason', () => {
		const {world, arn} = setup();
		expect(world.stopTask('demo', arn, 'rotating credentials')['stoppedReason']).toBe('rotating credentials');
	});

	it('stays describable for an hour after it stopped, then is gone', () => {
		const {clock, world, arn, read} = setup();
		world.stopTask('demo', arn);
		stepUntil(clock, () => read()['lastStatus'] === 'STOPPED', {maxMs: 120_000});
		const stoppedAt = read()['stoppedAt'] as number;
		clock.set(stoppedAt + 59 * 60_000);
		expect(world.describeTask('demo', arn)?.['lastStatus']).toBe('STOPPED');
		expect(world.listTaskArns('demo', {desiredStatus: 'STOPPED'})).toContain(arn);
		clock.set(stoppedAt + 60 * 60_000 + 1);
		expect(world.describeTask('demo', arn)).toBeUndefined();
		expect(world.listTaskArns('demo', {desiredStatus: 'STOPPED'})).not.toContain(arn);
		expect(() => world.stopTask('demo', arn)).toThrow('The referenced task was not found.');
	});
});
