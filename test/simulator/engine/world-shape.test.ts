import {describe, expect, it} from 'vitest';
import {ManualClock} from '../../../source/simulator/engine/clock.js';
import {createWorld, runningExtraServices} from '../../../source/simulator/engine/create-world.js';
import type {World, WireRecord} from '../../../source/simulator/engine/world-api.js';

const name = (arn: string) => arn.slice(arn.lastIndexOf('/') + 1);
const statistic = (cluster: WireRecord, key: string) =>
	Number((cluster['statistics'] as Array<{name: string; value: string}>).find(s => s.name === key)?.value);

/** Counts a cluster's tasks and services the slow way, from DescribeTasks and DescribeServices records. */
function census(world: World, cluster: string) {
	const tasks = world.listTaskArns(cluster, {}).map(arn => world.describeTask(cluster, arn)!);
	const services = world.listServiceArns(cluster).map(arn => world.describeService(cluster, arn)!);
	const launch = (service: WireRecord) => service['launchType'] ?? ((service['capacityProviderStrategy'] as Array<{capacityProvider: string}>)[0]?.capacityProvider === 'jobs-asg' ? 'EC2' : 'FARGATE');
	return {
		running: tasks.filter(t => t['lastStatus'] === 'RUNNING').length,
		runningEc2: tasks.filter(t => t['lastStatus'] === 'RUNNING' && t['launchType'] === 'EC2').length,
		services: services.length,
		ec2Services: services.filter(s => launch(s) === 'EC2').length,
	};
}

describe('the clusters of a world', () => {
	const world = createWorld({clock: new ManualClock()});

	it('has demo and, by default, two small steady clusters: staging and jobs', () => {
		expect(world.listClusterArns().map(name)).toEqual(['demo', 'staging', 'jobs']);
		expect(world.listServiceArns('staging').map(name)).toEqual(['web', 'api']);
		expect(world.listServiceArns('jobs').map(name)).toEqual(['queue-worker', 'scheduler']);
		for (const cluster of ['staging', 'jobs']) {
			for (const arn of world.listServiceArns(cluster)) {
				const service = world.describeService(cluster, arn)!;
				expect(service['runningCount']).toBe(service['desiredCount']);
				expect((service['events'] as Array<{message: string}>)[0]?.message).toMatch(/has reached a steady state\.$/u);
			}
		}
	});

	it('describes each cluster true to itself: providers, container instances, services and tasks', () => {
		const expected = {
			demo: {capacityProviders: ['FARGATE', 'FARGATE_SPOT'], registeredContainerInstancesCount: 3, activeServicesCount: 5, runningTasksCount: 24},
			staging: {capacityProviders: ['FARGATE', 'FARGATE_SPOT'], registeredContainerInstancesCount: 0, activeServicesCount: 2, runningTasksCount: 4},
			jobs: {capacityProviders: ['FARGATE', 'jobs-asg'], registeredContainerInstancesCount: 2, activeServicesCount: 2, runningTasksCount: 4},
		};
		for (const [cluster, fields] of Object.entries(expected)) {
			const record = world.describeCluster(cluster, ['STATISTICS'])!;
			expect(record).toMatchObject({...fields, pendingTasksCount: 0, status: 'ACTIVE'});
			const counted = census(world, cluster);
			expect(record['runningTasksCount']).toBe(counted.running);
			expect(statistic(record, 'runningEC2TasksCount')).toBe(counted.runningEc2);
			expect(statistic(record, 'runningFargateTasksCount')).toBe(counted.running - counted.runningEc2);
			expect(statistic(record, 'activeEC2ServiceCount')).toBe(counted.ec2Services);
			expect(statistic(record, 'activeFargateServiceCount')).toBe(counted.services - counted.ec2Services);
		}
	});

	it('runs jobs\' queue-worker on its EC2 container instances through the Auto Scaling group provider', () => {
		const instances = new Set(world.containerInstanceArns('jobs'));
		const tasks = world.listTaskArns('jobs', {serviceName: 'queue-worker'}).map(arn => world.describeTask('jobs', arn)!);
		expect(tasks).toHaveLength(3);
		for (const task of tasks) {
			expect(task).toMatchObject({launchType: 'EC2', capacityProviderName: 'jobs-asg', attachments: []});
			expect(instances.has(task['containerInstanceArn'] as string)).toBe(true);
		}
	});

	it('keeps each cluster in its own VPC, and its tasks in its own clusters', () => {
		const [subnet] = world.subnets('staging');
		expect(subnet?.cidrBlock).toBe('10.1.0.0/20');
		expect(world.subnets('jobs').map(s => s.cidrBlock)).toEqual(['10.2.0.0/20', '10.2.16.0/20']);
		const stagingTask = world.listTaskArns('staging', {})[0]!;
		expect(stagingTask).toMatch(/:task\/staging\//u);
		expect(world.describeTask('demo', stagingTask)).toBeUndefined();
	});

	it('adds up to 100 clusters with realistic names, each of two small steady services', () => {
		const big = createWorld({clock: new ManualClock(), clusters: 100, taskCount: 3});
		const names = big.listClusterArns().map(name);
		expect(names).toHaveLength(101);
		expect(new Set(names).size).toBe(101);
		expect(names.slice(0, 5)).toEqual(['demo', 'staging', 'jobs', 'payments-prod', 'payments-staging']);
		expect(big.describeCluster('payments-prod')).toMatchObject({activeServicesCount: 2, runningTasksCount: 3, registeredContainerInstancesCount: 0});
		expect(big.listServiceArns('payments-prod').map(name)).toEqual(['payments-api', 'payments-worker']);
		expect(createWorld({clock: new ManualClock(), clusters: 500, taskCount: 1}).listClusterArns()).toHaveLength(101);
		expect(createWorld({clock: new ManualClock(), clusters: 0, taskCount: 1}).listClusterArns().map(name)).toEqual(['demo']);
	});
});

describe('extra services in demo', () => {
	it('adds 2,000 steady services with distinct, realistic names, one task each', () => {
		const world = createWorld({clock: new ManualClock(), services: 2000, clusters: 0});
		const names = world.listServiceArns('demo').map(name);
		expect(names).toHaveLength(2005);
		expect(new Set(names).size).toBe(2005);
		expect(names.slice(5, 9)).toEqual(['account-api', 'address-worker', 'audit-consumer', 'auth-producer']);
		expect(names.every(n => /^[a-z]+(-[a-z]+)?$/u.test(n))).toBe(true);
		expect(world.describeCluster('demo')).toMatchObject({activeServicesCount: 2005, runningTasksCount: 2024, pendingTasksCount: 0});
		const sample = world.describeService('demo', 'account-api')!;
		expect(sample).toMatchObject({desiredCount: 1, runningCount: 1, launchType: 'FARGATE'});
		expect(sample['taskDefinition']).toMatch(/:task-definition\/account-api:\d+$/u);
	});

	it('gives a desired count of 0 to the services beyond the cluster\'s 5,000 running tasks', () => {
		expect(runningExtraServices(2000, 24)).toBe(2000);
		expect(runningExtraServices(2000, 4000)).toBe(1000);
		expect(runningExtraServices(2000, 5000)).toBe(0);
		const world = createWorld({clock: new ManualClock(), services: 30, taskCount: 4990, clusters: 0});
		const desired = world.listServiceArns('demo').slice(5).map(arn => world.describeService('demo', arn)!['desiredCount']);
		expect(desired).toEqual([...Array.from({length: 10}, () => 1), ...Array.from({length: 20}, () => 0)]);
		expect(world.describeCluster('demo')).toMatchObject({runningTasksCount: 5000});
	});
});

describe('demo stays the same whatever else the world holds', () => {
	/** demo's own tasks (ids, zones, start times, ENIs), after it scaled web from 6 to 8 tasks. */
	function demoAfterScaling(options: {clusters?: number; services?: number}) {
		const clock = new ManualClock();
		const world = createWorld({clock, ...options});
		world.updateService('demo', 'web', {desiredCount: 8});
		clock.advance(5 * 60_000);
		return world.listTaskArns('demo', {}).filter(arn => {
			const group = world.describeTask('demo', arn)?.['group'];
			return typeof group === 'string' && /^(service:(web|api|worker|batch|checkout)$|family:)/u.test(group);
		}).map(arn => {
			const task = world.describeTask('demo', arn)!;
			return [arn, task['availabilityZone'], task['startedAt'], JSON.stringify(task['attachments'])];
		});
	}

	it('has the same tasks and timings, before and after a change, with or without other clusters and extra services', () => {
		const plain = demoAfterScaling({clusters: 0});
		expect(plain).toHaveLength(26);
		expect(demoAfterScaling({})).toEqual(plain);
		expect(demoAfterScaling({clusters: 40})).toEqual(plain);
		// Extra services share demo's subnets: its tasks may get other free addresses, nothing else changes.
		const withoutAddresses = (rows: typeof plain) => rows.map(row => row.slice(0, 3));
		expect(withoutAddresses(demoAfterScaling({clusters: 40, services: 300}))).toEqual(withoutAddresses(plain));
	});
});
