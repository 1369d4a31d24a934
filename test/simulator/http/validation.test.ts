import {
	DescribeClustersCommand,
	DescribeServicesCommand,
	DescribeTasksCommand,
	ListClustersCommand,
	ListServicesCommand,
	ListTasksCommand,
	RunTaskCommand,
	StopTaskCommand,
	UpdateServiceCommand,
	type ECSClient,
} from '@aws-sdk/client-ecs';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {ManualClock} from '../../../source/simulator/engine/clock.js';
import {createWorld} from '../../../source/simulator/engine/create-world.js';
import type {EcsApi} from '../../../source/simulator/engine/ecs-api.js';
import type {World} from '../../../source/simulator/engine/world-api.js';
import {startSimulator, type RunningSimulator} from '../../../source/simulator/start-simulator.js';
import {ecsTestClient, rawCall} from './ecs-test-client.js';

const target = (operation: string) => `AmazonEC2ContainerServiceV20141113.${operation}`;
const invalid = (message: string) => ({name: 'InvalidParameterException', message, $metadata: {httpStatusCode: 400}});
const ids = (n: number) => Array.from({length: n}, (_, index) => `id${index}`);

describe('ECS\'s request rules, answered by the engine', () => {
	let simulator: RunningSimulator;
	let client: ECSClient;
	const world = createWorld({clock: new ManualClock(), taskCount: 5});

	beforeAll(async () => {
		simulator = await startSimulator({world});
		client = ecsTestClient(simulator.url);
	});

	afterAll(async () => {
		client.destroy();
		await simulator.close();
	});

	it('limits the Describe* batches with ECS\'s messages', async () => {
		await expect(client.send(new DescribeTasksCommand({cluster: 'demo', tasks: ids(101)}))).rejects.toMatchObject(invalid('taskIds can have at most 100 items.'));
		await expect(client.send(new DescribeTasksCommand({cluster: 'demo', tasks: []}))).rejects.toMatchObject(invalid('Tasks cannot be empty.'));
		await expect(client.send(new DescribeServicesCommand({cluster: 'demo', services: ids(11)}))).rejects.toMatchObject(invalid('service names can have at most 10 items.'));
		await expect(client.send(new DescribeServicesCommand({cluster: 'demo', services: []}))).rejects.toMatchObject(invalid('Services cannot be empty.'));
		await expect(client.send(new DescribeClustersCommand({clusters: ids(101)}))).rejects.toMatchObject(invalid('clusters can have at most 100 items.'));
		expect((await client.send(new DescribeTasksCommand({cluster: 'demo', tasks: ids(100)}))).failures).toHaveLength(100);
		expect((await client.send(new DescribeServicesCommand({cluster: 'demo', services: ids(10)}))).failures).toHaveLength(10);
	});

	it('keeps maxResults within 1..100 for every listing', async () => {
		const message = 'maxResults must be between 1 and 100.';
		for (const maxResults of [0, -1, 101]) {
			await expect(client.send(new ListClustersCommand({maxResults}))).rejects.toMatchObject(invalid(message));
			await expect(client.send(new ListServicesCommand({cluster: 'demo', maxResults}))).rejects.toMatchObject(invalid(message));
			await expect(client.send(new ListTasksCommand({cluster: 'demo', maxResults}))).rejects.toMatchObject(invalid(message));
		}
	});

	it('needs the cluster to exist (`default` when none is named) and the members ECS requires', async () => {
		await expect(client.send(new ListServicesCommand({}))).rejects.toMatchObject({name: 'ClusterNotFoundException', message: 'Cluster not found.'});
		await expect(client.send(new StopTaskCommand({cluster: 'demo', task: ''}))).rejects.toMatchObject(invalid('task can not be blank.'));
		await expect(client.send(new UpdateServiceCommand({cluster: 'demo', service: 'web', desiredCount: -1}))).rejects.toMatchObject(invalid('Desired count must be greater than or equal to 0.'));
		await expect(client.send(new RunTaskCommand({cluster: 'demo', taskDefinition: 'batch:3', count: 11}))).rejects.toMatchObject(invalid('Count must be between 1 and 10.'));
		await expect(client.send(new DescribeClustersCommand({clusters: ['']}))).rejects.toMatchObject(invalid('Clusters can not be blank.'));
	});

	it('raises the same errors when called without HTTP: the rules live in the engine', () => {
		expect(() => world.ecs.describeTasks({cluster: 'demo', tasks: ids(101)})).toThrow('taskIds can have at most 100 items.');
		expect(() => world.ecs.describeServices({cluster: 'demo', services: ids(11)})).toThrow('service names can have at most 10 items.');
		expect(() => world.ecs.listTasks({cluster: 'demo', maxResults: 101})).toThrow('maxResults must be between 1 and 100.');
		expect(() => world.ecs.listServices({cluster: 'nope'})).toThrow(expect.objectContaining({name: 'ClusterNotFoundException'}));
	});
});

describe('the HTTP front', () => {
	let simulator: RunningSimulator;
	const received: Array<[string, unknown]> = [];

	beforeAll(async () => {
		const real = createWorld({clock: new ManualClock(), taskCount: 1});
		// Every operation of this world accepts anything: what reaches it is what the front let through.
		const recording = new Proxy({} as EcsApi, {
			get: (_target, operation: string) => (input: unknown) => {
				received.push([operation, input]);
				return {};
			},
		});
		simulator = await startSimulator({world: Object.create(real, {ecs: {value: recording}}) as World});
	});

	afterAll(async () => {
		await simulator.close();
	});

	it('checks no ECS rule itself: it decodes the members and hands them on', async () => {
		const calls: Array<[string, string, unknown]> = [
			['ListTasks', '{"maxResults": 1000, "desiredStatus": "SOMETIMES"}', {maxResults: 1000, desiredStatus: 'SOMETIMES'}],
			['DescribeServices', `{"services": ${JSON.stringify(ids(11))}}`, {services: ids(11)}],
			['DescribeTasks', '{"cluster": "nope", "tasks": []}', {cluster: 'nope', tasks: []}],
			['UpdateService', '{"desiredCount": -5, "unknownMember": 1}', {desiredCount: -5}],
			['RunTask', '{"count": 50, "tags": [{"key": "a"}], "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["s"]}}}',
				{count: 50, tags: [{key: 'a'}], networkConfiguration: {awsvpcConfiguration: {subnets: ['s']}}}],
			['DescribeClusters', '{"clusters": null}', {}],
		];
		for (const [operation, body, decoded] of calls) {
			received.length = 0;
			const response = await rawCall(simulator.url, target(operation), body);
			expect(response.status).toBe(200);
			expect(received).toEqual([[operation[0]!.toLowerCase() + operation.slice(1), decoded]]);
		}
	});

	it('answers a member of the wrong JSON type with SerializationException, before the engine sees it', async () => {
		const wrong: Array<[string, string, string]> = [
			['ListTasks', '{"maxResults": "10"}', 'maxResults'],
			['ListTasks', '{"maxResults": 1.5}', 'maxResults'],
			['DescribeServices', '{"services": "web"}', 'services'],
			['UpdateService', '{"forceNewDeployment": "yes"}', 'forceNewDeployment'],
			['RunTask', '{"tags": [{"key": 1}]}', 'tags[0].key'],
			['RunTask', '{"networkConfiguration": {"awsvpcConfiguration": []}}', 'networkConfiguration.awsvpcConfiguration'],
		];
		for (const [operation, body, member] of wrong) {
			received.length = 0;
			const response = await rawCall(simulator.url, target(operation), body);
			expect(response.status).toBe(400);
			expect(response.json['__type']).toBe('SerializationException');
			expect(response.json['message']).toContain(`'${member}'`);
			expect(received).toEqual([]);
		}
	});
});
