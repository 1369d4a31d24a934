import {
	DescribeClustersCommand,
	DescribeServicesCommand,
	DescribeTaskDefinitionCommand,
	DescribeTasksCommand,
	ListClustersCommand,
	ListServicesCommand,
	ListTasksCommand,
	RunTaskCommand,
	StopTaskCommand,
	UpdateServiceCommand,
	type ECSClient,
} from '@aws-sdk/client-ecs';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {ManualClock} from '../../../source/simulator/engine/clock.js';
import {createWorld} from '../../../source/simulator/engine/create-world.js';
import {startSimulator, type RunningSimulator} from '../../../source/simulator/start-simulator.js';
import {ecsTestClient} from './ecs-test-client.js';

const cluster = 'demo';

describe('ECS operations through the real SDK', () => {
	let clock: ManualClock;
	let world: ReturnType<typeof createWorld>;
	let simulator: RunningSimulator;
	let client: ECSClient;

	beforeEach(async () => {
		clock = new ManualClock();
		world = createWorld({clock, taskCount: 30, seed: 11});
		simulator = await startSimulator({world});
		client = ecsTestClient(simulator.url);
	});

	afterEach(async () => {
		client.destroy();
		await simulator.close();
	});

	it('lists and describes clusters, reporting unknown ones as MISSING', async () => {
		const {clusterArns} = await client.send(new ListClustersCommand({}));
		expect(clusterArns).toEqual(['demo', 'jobs', 'staging'].map((name) => `arn:aws:ecs:us-east-1:123456789012:cluster/${name}`));
		const described = await client.send(new DescribeClustersCommand({clusters: ['demo', 'nope']}));
		expect(described.clusters?.map((c) => c.clusterName)).toEqual(['demo']);
		expect(described.failures).toEqual([{arn: 'arn:aws:ecs:us-east-1:123456789012:cluster/nope', reason: 'MISSING'}]);
	});

	it('assumes the default cluster when none is given, like ECS', async () => {
		await expect(client.send(new ListTasksCommand({}))).rejects.toMatchObject({name: 'ClusterNotFoundException', message: 'Cluster not found.'});
		await expect(client.send(new ListServicesCommand({cluster: 'nope'}))).rejects.toMatchObject({name: 'ClusterNotFoundException'});
	});

	it('pages ListServices by 10 by default and accepts maxResults 1..100 only', async () => {
		const first = await client.send(new ListServicesCommand({cluster, maxResults: 2}));
		expect(first.serviceArns).toHaveLength(2);
		const rest = await client.send(new ListServicesCommand({cluster, nextToken: first.nextToken}));
		expect(rest.nextToken).toBeUndefined();
		const names = [...(first.serviceArns ?? []), ...(rest.serviceArns ?? [])].map((arn) => arn.split('/').at(-1));
		expect(names.sort()).toEqual(['api', 'batch', 'checkout', 'web', 'worker']);
		for (const maxResults of [0, 101]) {
			await expect(client.send(new ListServicesCommand({cluster, maxResults}))).rejects.toMatchObject({name: 'InvalidParameterException'});
		}

		await expect(client.send(new ListServicesCommand({cluster, nextToken: 'garbage'}))).rejects.toMatchObject({name: 'InvalidParameterException'});
	});

	it('describes services with epoch-second timestamps, at most 10, unknown ones MISSING', async () => {
		const {services, failures} = await client.send(new DescribeServicesCommand({cluster, services: ['web', 'ghost'], include: ['TAGS']}));
		expect(services?.[0]).toMatchObject({serviceName: 'web', status: 'ACTIVE', desiredCount: 6});
		const createdAt = services?.[0]?.createdAt;
		expect(createdAt).toBeInstanceOf(Date);
		expect(createdAt?.getTime()).toBe(clock.now() - 30 * 60_000);
		expect(failures).toEqual([{arn: 'arn:aws:ecs:us-east-1:123456789012:service/demo/ghost', reason: 'MISSING'}]);
		const eleven = Array.from({length: 11}, (_, index) => `s${index}`);
		await expect(client.send(new DescribeServicesCommand({cluster, services: eleven}))).rejects.toMatchObject({name: 'InvalidParameterException'});
		await expect(client.send(new DescribeServicesCommand({cluster, services: []}))).rejects.toMatchObject({name: 'InvalidParameterException'});
	});

	it('describes tasks by id or ARN, with tags only when asked and unknown ones MISSING', async () => {
		const {taskArns = []} = await client.send(new ListTasksCommand({cluster, serviceName: 'web'}));
		expect(taskArns).toHaveLength(6);
		const [arn = ''] = taskArns;
		const id = arn.split('/').at(-1) ?? '';
		const plain = await client.send(new DescribeTasksCommand({cluster, tasks: [id, 'feedbeef']}));
		expect(plain.tasks?.map((t) => t.taskArn)).toEqual([arn]);
		expect(plain.tasks?.[0]?.tags).toBeUndefined();
		expect(plain.tasks?.[0]?.startedAt).toBeInstanceOf(Date);
		expect(plain.tasks?.[0]?.startedAt?.getTime()).toBeLessThanOrEqual(clock.now());
		expect(plain.failures).toEqual([{arn: 'arn:aws:ecs:us-east-1:123456789012:task/demo/feedbeef', reason: 'MISSING'}]);
		const tagged = await client.send(new DescribeTasksCommand({cluster, tasks: [arn], include: ['TAGS']}));
		expect(tagged.tasks?.[0]?.tags).toEqual(expect.any(Array));
		await expect(client.send(new DescribeTasksCommand({cluster, tasks: []}))).rejects.toMatchObject({name: 'InvalidParameterException'});
		const tooMany = Array.from({length: 101}, (_, index) => `t${index}`);
		await expect(client.send(new DescribeTasksCommand({cluster, tasks: tooMany}))).rejects.toMatchObject({name: 'InvalidParameterException'});
	});

	it('describes a task definition, ClientException when unknown', async () => {
		const {taskDefinition} = await client.send(new DescribeTaskDefinitionCommand({taskDefinition: 'web:41'}));
		expect(taskDefinition).toMatchObject({family: 'web', revision: 41});
		expect(taskDefinition?.registeredAt).toBeInstanceOf(Date);
		await expect(client.send(new DescribeTaskDefinitionCommand({taskDefinition: 'nope:1'}))).rejects.toMatchObject({name: 'ClientException'});
	});

	it('scales a service with UpdateService and the new tasks appear as time passes', async () => {
		const {service} = await client.send(new UpdateServiceCommand({cluster, service: 'web', desiredCount: 8}));
		expect(service?.desiredCount).toBe(8);
		clock.advance(5 * 60_000);
		const {taskArns = []} = await client.send(new ListTasksCommand({cluster, serviceName: 'web'}));
		expect(taskArns).toHaveLength(8);
		await expect(client.send(new UpdateServiceCommand({cluster, service: 'ghost', desiredCount: 1}))).rejects.toMatchObject({
			name: 'ServiceNotFoundException',
		});
	});

	it('stops a task: it leaves the RUNNING list and is listed with desiredStatus STOPPED', async () => {
		const {taskArns = []} = await client.send(new ListTasksCommand({cluster, family: 'report'}));
		const [arn = ''] = taskArns;
		const {task} = await client.send(new StopTaskCommand({cluster, task: arn, reason: 'testing'}));
		expect(task).toMatchObject({taskArn: arn, desiredStatus: 'STOPPED'});
		expect((await client.send(new ListTasksCommand({cluster, family: 'report'}))).taskArns).toEqual([]);
		const stopped = await client.send(new ListTasksCommand({cluster, family: 'report', desiredStatus: 'STOPPED'}));
		expect(stopped.taskArns).toEqual([arn]);
	});

	it('runs tasks and refuses a launch type together with a capacity provider strategy', async () => {
		const [subnet = ''] = world.subnets(cluster).map((s) => s.subnetId);
		const awsvpc = {awsvpcConfiguration: {subnets: [subnet]}};
		const run = await client.send(new RunTaskCommand({cluster, taskDefinition: 'batch:3', count: 2, startedBy: 'me', networkConfiguration: awsvpc}));
		expect(run.tasks).toHaveLength(2);
		expect(run.tasks?.[0]).toMatchObject({startedBy: 'me', desiredStatus: 'RUNNING'});
		expect((await client.send(new ListTasksCommand({cluster, startedBy: 'me'}))).taskArns?.sort()).toEqual(run.tasks?.map((t) => t.taskArn).sort());
		await expect(
			client.send(
				new RunTaskCommand({
					cluster,
					taskDefinition: 'batch:3',
					launchType: 'FARGATE',
					capacityProviderStrategy: [{capacityProvider: 'FARGATE'}],
					networkConfiguration: awsvpc,
				}),
			),
		).rejects.toMatchObject({name: 'InvalidParameterException'});
		await expect(client.send(new RunTaskCommand({cluster, taskDefinition: 'batch:3', count: 11, networkConfiguration: awsvpc}))).rejects.toMatchObject({
			name: 'InvalidParameterException',
		});
	});
});
