import {PassThrough} from 'node:stream';
import {DescribeServicesCommand, DescribeTasksCommand, ECSClient, ListClustersCommand, ListServicesCommand, ListTasksCommand} from '@aws-sdk/client-ecs';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {ManualClock} from '../../../source/simulator/engine/clock.js';
import {createWorld} from '../../../source/simulator/engine/create-world.js';
import {parseFaultArgs} from '../../../source/simulator/faults/fault-spec.js';
import type {RequestRecord} from '../../../source/simulator/http/request-log.js';
import {startSimulator, type RunningSimulator} from '../../../source/simulator/start-simulator.js';
import {awsEcs, awsEcsFailure, requireAwsCli, skipAwsCli} from '../http/aws-cli.js';
import {ecsTestClient} from '../http/ecs-test-client.js';

/** The real SDK, one attempt, giving up on an answer after `ms`. */
const impatientClient = (url: string, ms: number) =>
	new ECSClient({region: 'us-east-1', endpoint: url, credentials: {accessKeyId: 'test', secretAccessKey: 'test'}, maxAttempts: 1, requestHandler: {requestTimeout: ms, throwOnRequestTimeout: true}});

async function putFaults(url: string, body: string) {
	const response = await fetch(url, {method: 'PUT', headers: {'content-type': 'application/json'}, body});
	return {status: response.status, type: response.headers.get('content-type'), json: (await response.json()) as unknown};
}

const getFaults = async (url: string) => (await fetch(url)).json() as Promise<unknown>;

describe('faults switched by name at run time, seen through the real SDK', () => {
	let simulator: RunningSimulator;
	let client: ECSClient;
	let throttleClock: ManualClock;
	let records: RequestRecord[];
	const cluster = 'demo';

	beforeEach(async () => {
		const log = new PassThrough();
		records = [];
		log.on('data', (chunk: Buffer) => {
			records.push(...chunk.toString().split('\n').filter(Boolean).map((line) => JSON.parse(line) as RequestRecord));
		});
		throttleClock = new ManualClock();
		simulator = await startSimulator({world: createWorld({clock: new ManualClock(), taskCount: 4, seed: 5}), throttleClock, logRequests: log});
		client = ecsTestClient(simulator.url);
	});

	afterEach(async () => {
		client.destroy();
		await simulator.close();
	});

	const faults = async (body: Record<string, unknown>) => {
		const answer = await putFaults(simulator.faultsUrl, JSON.stringify(body));
		expect(answer.status).toBe(200);
	};

	const listTasks = async (on: ECSClient = client) => on.send(new ListTasksCommand({cluster}));

	it('throttle: ECS\'s real buckets, ListClusters and DescribeClusters sharing a burst of 50', async () => {
		await faults({throttle: true});
		for (let call = 0; call < 50; call++) await client.send(new ListClustersCommand({}));
		await expect(client.send(new ListClustersCommand({}))).rejects.toMatchObject({name: 'ThrottlingException', message: 'Rate exceeded', $metadata: {httpStatusCode: 400}});
		await expect(listTasks()).resolves.toBeDefined();
		throttleClock.advance(50);
		await expect(client.send(new ListClustersCommand({}))).resolves.toBeDefined();
	});

	it('throttle-storm: the share of calls throttled, whatever the buckets hold', async () => {
		await faults({'throttle-storm': 1});
		await expect(listTasks()).rejects.toMatchObject({name: 'ThrottlingException', message: 'Rate exceeded', $metadata: {httpStatusCode: 400}});
		await faults({});
		await expect(listTasks()).resolves.toBeDefined();
	});

	it('error500: HTTP 500 ServerException', async () => {
		await faults({error500: 1});
		await expect(listTasks()).rejects.toMatchObject({name: 'ServerException', $metadata: {httpStatusCode: 500}});
	});

	it('latency: an answer slower than the client waits', async () => {
		const impatient = impatientClient(simulator.url, 300);
		try {
			await faults({latency: '5s'});
			await expect(listTasks(impatient)).rejects.toMatchObject({name: 'TimeoutError'});
			await faults({latency: '0'});
			await expect(listTasks(impatient)).resolves.toBeDefined();
		} finally {
			impatient.destroy();
		}
	});

	it('reset: the connection dropped without an answer', async () => {
		await faults({reset: 1});
		const error = (await listTasks().catch((caught: unknown) => caught)) as {$metadata?: {httpStatusCode?: number}};
		expect(error).toBeInstanceOf(Error);
		expect(error.$metadata?.httpStatusCode).toBeUndefined();
		expect(records.at(-1)).toMatchObject({operation: 'ListTasks', status: null, error: 'ConnectionDropped'});
	});

	it('hang: the request read and never answered, until the client gives up', async () => {
		const impatient = impatientClient(simulator.url, 300);
		try {
			await faults({hang: 1});
			await expect(listTasks(impatient)).rejects.toMatchObject({name: 'TimeoutError'});
			expect(records.at(-1)).toMatchObject({operation: 'ListTasks', status: null, error: 'NoAnswer'});
			await faults({});
			await expect(listTasks(impatient)).resolves.toBeDefined();
		} finally {
			impatient.destroy();
		}
	});

	it('expired-token: ExpiredTokenException on every call', async () => {
		await faults({'expired-token': true});
		await expect(client.send(new ListClustersCommand({}))).rejects.toMatchObject({
			name: 'ExpiredTokenException',
			message: 'The security token included in the request is expired',
		});
	});

	it('access-denied: AccessDeniedException naming the IAM action, for those operations only', async () => {
		await faults({'access-denied': ['DescribeServices']});
		const {serviceArns = []} = await client.send(new ListServicesCommand({cluster}));
		await expect(client.send(new DescribeServicesCommand({cluster, services: serviceArns.slice(0, 1)}))).rejects.toMatchObject({
			name: 'AccessDeniedException',
			$metadata: {httpStatusCode: 400},
			message:
				'User: arn:aws:iam::123456789012:user/ecswatch is not authorized to perform: ecs:DescribeServices on resource: * because no identity-based policy allows the ecs:DescribeServices action',
		});
		await expect(listTasks()).resolves.toBeDefined();
	});

	it('missing: tasks DescribeTasks reports MISSING, the others described', async () => {
		const {taskArns = []} = await listTasks();
		expect(taskArns.length).toBeGreaterThan(1);
		await faults({missing: 1});
		const lost = await client.send(new DescribeTasksCommand({cluster, tasks: taskArns}));
		expect(lost.tasks).toEqual([]);
		expect(lost.failures).toEqual(taskArns.map((arn) => ({arn, reason: 'MISSING'})));
		await faults({missing: 0});
		const found = await client.send(new DescribeTasksCommand({cluster, tasks: taskArns}));
		expect(found.tasks?.map((task) => task.taskArn)).toEqual(taskArns);
		expect(found.failures).toEqual([]);
	});
});

describe('the /_ecswatch/faults endpoint', () => {
	let simulator: RunningSimulator;
	let records: RequestRecord[];

	beforeEach(async () => {
		const log = new PassThrough();
		records = [];
		log.on('data', (chunk: Buffer) => {
			records.push(...chunk.toString().split('\n').filter(Boolean).map((line) => JSON.parse(line) as RequestRecord));
		});
		const initial = parseFaultArgs(['latency=300ms', 'access-denied=ListTasks']);
		if (!initial.ok) throw new Error(initial.message);
		simulator = await startSimulator({world: createWorld({clock: new ManualClock(), taskCount: 2}), faults: initial.value, logRequests: log});
	});

	afterEach(async () => {
		await simulator.close();
	});

	it('GET answers the faults active, from the start', async () => {
		expect(simulator.faultsUrl).toBe(`${simulator.url}/_ecswatch/faults`);
		expect(await getFaults(simulator.faultsUrl)).toEqual({latency: '300ms', 'access-denied': ['ListTasks']});
	});

	it('PUT replaces the whole set and answers it; {} clears them', async () => {
		const put = await putFaults(simulator.faultsUrl, '{"error500": 0.5, "access-denied": ["DescribeServices"]}');
		expect(put).toEqual({status: 200, type: 'application/json', json: {error500: 0.5, 'access-denied': ['DescribeServices']}});
		expect(await getFaults(simulator.faultsUrl)).toEqual({error500: 0.5, 'access-denied': ['DescribeServices']});
		expect(await putFaults(simulator.faultsUrl, '{}')).toMatchObject({status: 200, json: {}});
		expect(await getFaults(simulator.faultsUrl)).toEqual({});
	});

	it.each([
		['not json', 'the body is not JSON'],
		['', 'the body is not JSON'],
		['[1]', 'faults are a JSON object'],
		['{"error501": 0.5}', 'unknown fault "error501"'],
		['{"error500": 5}', 'error500 needs a rate from 0 to 1'],
		['{"access-denied": ["DescribeService"]}', 'unknown operation "DescribeService"'],
	])('answers 400 with a JSON error for %j and changes nothing', async (body, message) => {
		const put = await putFaults(simulator.faultsUrl, body);
		expect(put.status).toBe(400);
		expect(put.type).toBe('application/json');
		expect((put.json as {error: string}).error).toContain(message);
		expect(await getFaults(simulator.faultsUrl)).toEqual({latency: '300ms', 'access-denied': ['ListTasks']});
	});

	it('answers 405 to other methods', async () => {
		const response = await fetch(simulator.faultsUrl, {method: 'DELETE'});
		expect(response.status).toBe(405);
		expect(response.headers.get('allow')).toBe('GET, PUT');
	});

	it('is not an ECS call: the request log has only the ECS calls', async () => {
		await getFaults(simulator.faultsUrl);
		await putFaults(simulator.faultsUrl, '{}');
		await putFaults(simulator.faultsUrl, 'bad');
		const client = ecsTestClient(simulator.url);
		try {
			await client.send(new ListClustersCommand({}));
		} finally {
			client.destroy();
		}

		expect(records.map((record) => record.operation)).toEqual(['ListClusters']);
	});
});

describe.skipIf(skipAwsCli)('faults seen through the AWS CLI', () => {
	let simulator: RunningSimulator;

	beforeEach(async () => {
		requireAwsCli();
		simulator = await startSimulator({world: createWorld({clock: new ManualClock(), taskCount: 2})});
	});

	afterEach(async () => {
		await simulator.close();
	});

	it('aws ecs list-tasks sees ThrottlingException in a throttling storm, and answers once it is cleared', async () => {
		await putFaults(simulator.faultsUrl, '{"throttle-storm": 1}');
		const failure = await awsEcsFailure(simulator.url, 'list-tasks', '--cluster', 'demo');
		expect(failure.code).not.toBe(0);
		expect(failure.stderr).toContain('(ThrottlingException) when calling the ListTasks operation');
		expect(failure.stderr).toContain('Rate exceeded');
		await putFaults(simulator.faultsUrl, '{}');
		expect((await awsEcs(simulator.url, 'list-tasks', '--cluster', 'demo'))['taskArns']).toHaveLength(2);
	});

	it('aws ecs list-tasks sees AccessDeniedException naming ecs:ListTasks', async () => {
		await putFaults(simulator.faultsUrl, '{"access-denied": "ListTasks"}');
		const failure = await awsEcsFailure(simulator.url, 'list-tasks', '--cluster', 'demo');
		expect(failure.stderr).toContain('(AccessDeniedException) when calling the ListTasks operation');
		expect(failure.stderr).toContain('is not authorized to perform: ecs:ListTasks');
		expect(await awsEcs(simulator.url, 'list-clusters')).toHaveProperty('clusterArns');
	});
});
