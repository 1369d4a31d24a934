import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {PassThrough} from 'node:stream';
import {
	DescribeClustersCommand,
	DescribeServicesCommand,
	DescribeTasksCommand,
	ListClustersCommand,
	ListServicesCommand,
	ListTasksCommand,
	UpdateServiceCommand,
} from '@aws-sdk/client-ecs';
import {afterEach, describe, expect, it} from 'vitest';
import {ManualClock} from '../../../source/simulator/engine/clock.js';
import {createWorld} from '../../../source/simulator/engine/create-world.js';
import {summariseArgs, type RequestRecord} from '../../../source/simulator/http/request-log.js';
import {startSimulator, type RunningSimulator} from '../../../source/simulator/start-simulator.js';
import {ecsTestClient, rawCall} from './ecs-test-client.js';

const demoArn = 'arn:aws:ecs:us-east-1:123456789012:cluster/demo';

/** A stream that keeps what the simulator logs, one record per line. */
function memoryLog() {
	const stream = new PassThrough();
	let text = '';
	stream.on('data', (chunk: Buffer) => {
		text += chunk.toString();
	});
	return {stream, records: () => text.split('\n').filter(Boolean).map(line => JSON.parse(line) as RequestRecord)};
}

const count = (records: RequestRecord[]) => {
	const counts: Record<string, number> = {};
	for (const record of records) counts[record.operation ?? 'null'] = (counts[record.operation ?? 'null'] ?? 0) + 1;
	return counts;
};

describe('the request log', () => {
	let simulator: RunningSimulator | undefined;
	let directory: string | undefined;

	afterEach(async () => {
		await simulator?.close();
		simulator = undefined;
		if (directory) rmSync(directory, {recursive: true, force: true});
		directory = undefined;
	});

	it('has one line per request: operation, cluster, args by size, status and error', async () => {
		const log = memoryLog();
		simulator = await startSimulator({world: createWorld({clock: new ManualClock(), taskCount: 12}), logRequests: log.stream});
		const client = ecsTestClient(simulator.url);
		try {
			await client.send(new ListClustersCommand({}));
			await client.send(new DescribeClustersCommand({clusters: ['demo', 'staging', 'jobs'], include: ['STATISTICS']}));
			const first = await client.send(new ListServicesCommand({cluster: 'demo', maxResults: 2}));
			const rest = await client.send(new ListServicesCommand({cluster: 'demo', nextToken: first.nextToken}));
			await client.send(new DescribeServicesCommand({cluster: 'demo', services: [...(first.serviceArns ?? []), ...(rest.serviceArns ?? [])]}));
			const {taskArns = []} = await client.send(new ListTasksCommand({cluster: demoArn, desiredStatus: 'RUNNING'}));
			await client.send(new DescribeTasksCommand({cluster: 'demo', tasks: taskArns.slice(0, 10)}));
			await expect(client.send(new UpdateServiceCommand({cluster: 'demo', service: 'ghost', desiredCount: 1}))).rejects.toThrow();
			simulator.faults.set({failNext: 1});
			await expect(client.send(new ListTasksCommand({cluster: 'staging'}))).rejects.toMatchObject({name: 'ServerException'});
			simulator.faults.set({dropNext: 1});
			await expect(client.send(new ListTasksCommand({}))).rejects.toThrow();
			await rawCall(simulator.url, 'AmazonEC2ContainerServiceV20141113.DeleteCluster', '{"cluster": "demo"}');
		} finally {
			client.destroy();
		}

		const records = log.records();
		expect(count(records)).toEqual({
			ListClusters: 1,
			DescribeClusters: 1,
			ListServices: 2,
			DescribeServices: 1,
			ListTasks: 3,
			DescribeTasks: 1,
			UpdateService: 1,
			DeleteCluster: 1,
		});
		expect(records.map(({time: _time, ...rest}) => rest)).toEqual([
			{operation: 'ListClusters', cluster: null, args: {}, status: 200, error: null},
			{operation: 'DescribeClusters', cluster: null, args: {clusters: 3, include: 1}, status: 200, error: null},
			{operation: 'ListServices', cluster: 'demo', args: {maxResults: 2}, status: 200, error: null},
			{operation: 'ListServices', cluster: 'demo', args: {nextToken: true}, status: 200, error: null},
			{operation: 'DescribeServices', cluster: 'demo', args: {services: 3}, status: 200, error: null},
			{operation: 'ListTasks', cluster: 'demo', args: {desiredStatus: 'RUNNING'}, status: 200, error: null},
			{operation: 'DescribeTasks', cluster: 'demo', args: {tasks: 10}, status: 200, error: null},
			{operation: 'UpdateService', cluster: 'demo', args: {service: 'ghost', desiredCount: 1}, status: 400, error: 'ServiceNotFoundException'},
			{operation: 'ListTasks', cluster: 'staging', args: {}, status: 500, error: 'ServerException'},
			{operation: 'ListTasks', cluster: null, args: {}, status: null, error: 'ConnectionDropped'},
			{operation: 'DeleteCluster', cluster: 'demo', args: {}, status: 400, error: 'UnknownOperationException'},
		]);
		for (const record of records) {
			expect(new Date(record.time).toISOString()).toBe(record.time);
		}
	});

	it('logs throttled calls with their error', async () => {
		const log = memoryLog();
		simulator = await startSimulator({world: createWorld({clock: new ManualClock(), taskCount: 3}), logRequests: log.stream, throttleClock: new ManualClock(), faults: {throttling: true}});
		const client = ecsTestClient(simulator.url);
		try {
			for (let call = 0; call < 55; call++) {
				await client.send(new ListClustersCommand({})).catch(() => undefined);
			}
		} finally {
			client.destroy();
		}

		const records = log.records();
		expect(records).toHaveLength(55);
		// ListClusters and DescribeClusters share a bucket of 50.
		expect(records.filter(r => r.status === 200)).toHaveLength(50);
		expect(records.slice(50).every(r => r.status === 400 && r.error === 'ThrottlingException')).toBe(true);
	});

	it('appends to a file line by line, nothing held back until close', async () => {
		directory = mkdtempSync(join(tmpdir(), 'ecswatch-log-'));
		const file = join(directory, 'requests.jsonl');
		simulator = await startSimulator({world: createWorld({clock: new ManualClock(), taskCount: 3}), logRequests: file});
		const client = ecsTestClient(simulator.url);
		const lines = () => readFileSync(file, 'utf8').split('\n').filter(Boolean);
		try {
			for (let call = 1; call <= 3; call++) {
				await client.send(new ListTasksCommand({cluster: 'demo', maxResults: 5}));
				expect(lines()).toHaveLength(call);
			}
		} finally {
			client.destroy();
		}

		await simulator.close();
		simulator = undefined;
		expect(lines().map(line => (JSON.parse(line) as RequestRecord).args)).toEqual([{maxResults: 5}, {maxResults: 5}, {maxResults: 5}]);
		// A second simulator appends to the same file.
		simulator = await startSimulator({world: createWorld({clock: new ManualClock(), taskCount: 1}), logRequests: file});
		await rawCall(simulator.url, 'AmazonEC2ContainerServiceV20141113.ListClusters', '{}');
		expect(lines()).toHaveLength(4);
	});
});

describe('summariseArgs', () => {
	it('gives arrays by size, nextToken and structures as present, numbers and short strings as they are', () => {
		expect(summariseArgs({
			cluster: 'demo',
			services: ['a', 'b'],
			maxResults: 100,
			nextToken: 'eyJrIjoidGFza3MifQ',
			forceNewDeployment: true,
			networkConfiguration: {awsvpcConfiguration: {subnets: ['s']}},
			reason: 'x'.repeat(100),
			desiredStatus: 'STOPPED',
		})).toEqual({
			services: 2,
			maxResults: 100,
			nextToken: true,
			forceNewDeployment: true,
			networkConfiguration: true,
			reason: `${'x'.repeat(64)}…`,
			desiredStatus: 'STOPPED',
		});
	});
});
