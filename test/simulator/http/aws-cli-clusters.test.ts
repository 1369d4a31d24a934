import {PassThrough} from 'node:stream';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {ManualClock} from '../../../source/simulator/engine/clock.js';
import {createWorld} from '../../../source/simulator/engine/create-world.js';
import type {RequestRecord} from '../../../source/simulator/http/request-log.js';
import {startSimulator, type RunningSimulator} from '../../../source/simulator/start-simulator.js';
import {awsEcs, requireAwsCli, skipAwsCli} from './aws-cli.js';

const clusterArn = (name: string) => `arn:aws:ecs:us-east-1:123456789012:cluster/${name}`;

/** A simulator whose request log the test reads: what the CLI sent, call by call. */
async function loggedSimulator(options: {clusters: number; services: number}) {
	const log = new PassThrough();
	const records: RequestRecord[] = [];
	log.on('data', (chunk: Buffer) => {
		records.push(...chunk.toString().split('\n').filter(Boolean).map(line => JSON.parse(line) as RequestRecord));
	});
	const simulator = await startSimulator({world: createWorld({clock: new ManualClock(), taskCount: 24, ...options}), logRequests: log});
	return {simulator, records};
}

describe.skipIf(skipAwsCli)('the AWS CLI reads the clusters', () => {
	let simulator: RunningSimulator | undefined;
	let records: RequestRecord[] = [];

	beforeAll(async () => {
		requireAwsCli();
		({simulator, records} = await loggedSimulator({clusters: 4, services: 0}));
	});

	afterAll(async () => {
		await simulator?.close();
	});

	const aws = async (...args: string[]) => awsEcs(simulator!.url, ...args);

	it('list-clusters: every page, by --page-size', async () => {
		const names = ['demo', 'staging', 'jobs', 'payments-prod', 'payments-staging'];
		const all = await aws('list-clusters');
		expect(new Set(all['clusterArns'] as string[])).toEqual(new Set(names.map(clusterArn)));
		records.length = 0;
		const paged = await aws('list-clusters', '--page-size', '2');
		expect(paged['clusterArns']).toEqual(all['clusterArns']);
		expect(records.map(r => [r.operation, r.args['maxResults'], r.args['nextToken'] ?? false])).toEqual([
			['ListClusters', 2, false],
			['ListClusters', 2, true],
			['ListClusters', 2, true],
		]);
	});

	it('describe-clusters --include STATISTICS: the counts by launch type', async () => {
		const described = await aws('describe-clusters', '--clusters', 'demo', 'jobs', 'staging', '--include', 'STATISTICS');
		const clusters = described['clusters'] as Array<{clusterName: string; runningTasksCount: number; registeredContainerInstancesCount: number; statistics: Array<{name: string; value: string}>}>;
		expect(clusters.map(c => c.clusterName)).toEqual(['demo', 'jobs', 'staging']);
		const stat = (index: number, name: string) => clusters[index]?.statistics.find(s => s.name === name)?.value;
		expect([stat(0, 'runningEC2TasksCount'), stat(0, 'runningFargateTasksCount')]).toEqual(['4', '20']);
		expect([stat(1, 'runningEC2TasksCount'), stat(1, 'runningFargateTasksCount'), stat(1, 'activeEC2ServiceCount')]).toEqual(['3', '1', '1']);
		expect(clusters.map(c => c.registeredContainerInstancesCount)).toEqual([3, 2, 0]);
		expect(described['failures']).toEqual([]);
	});

	it('describe-services and list-tasks on another cluster', async () => {
		const described = await aws('describe-services', '--cluster', 'staging', '--services', 'web', 'api', 'ghost');
		const services = described['services'] as Array<{serviceName: string; clusterArn: string; runningCount: number; desiredCount: number}>;
		expect(services.map(s => [s.serviceName, s.clusterArn, s.runningCount, s.desiredCount])).toEqual([
			['web', clusterArn('staging'), 2, 2],
			['api', clusterArn('staging'), 2, 2],
		]);
		expect(described['failures']).toEqual([{arn: 'arn:aws:ecs:us-east-1:123456789012:service/staging/ghost', reason: 'MISSING'}]);
		const tasks = await aws('list-tasks', '--cluster', clusterArn('jobs'), '--service-name', 'queue-worker');
		expect(tasks['taskArns']).toHaveLength(3);
	});
});

describe.skipIf(skipAwsCli)('the AWS CLI pages through 2,000 services', () => {
	let simulator: RunningSimulator | undefined;
	let records: RequestRecord[] = [];

	beforeAll(async () => {
		requireAwsCli();
		// demo's own 5 services and 1,995 more.
		({simulator, records} = await loggedSimulator({clusters: 0, services: 1995}));
	});

	afterAll(async () => {
		await simulator?.close();
	});

	const listServices = async (...pageSize: string[]) => {
		records.length = 0;
		const listed = await awsEcs(simulator!.url, 'list-services', '--cluster', 'demo', ...pageSize);
		expect(listed['nextToken'] ?? listed['NextToken']).toBeUndefined();
		return {arns: listed['serviceArns'] as string[], calls: records.filter(r => r.operation === 'ListServices')};
	};

	it('list-services --cluster demo returns all 2,000 through its own pagination, ECS\'s pages of 10', async () => {
		const {arns, calls} = await listServices();
		expect(arns).toHaveLength(2000);
		expect(new Set(arns).size).toBe(2000);
		expect(calls).toHaveLength(200);
		expect(calls.every(r => r.cluster === 'demo' && r.args['maxResults'] === undefined && r.status === 200)).toBe(true);
	});

	it('and with --page-size 100 in 20 calls', async () => {
		const {arns, calls} = await listServices('--page-size', '100');
		expect(new Set(arns).size).toBe(2000);
		expect(calls).toHaveLength(20);
		expect(calls.every(r => r.args['maxResults'] === 100)).toBe(true);
	});
});
