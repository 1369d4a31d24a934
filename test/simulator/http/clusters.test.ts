import {
	DescribeClustersCommand,
	DescribeServicesCommand,
	DescribeTasksCommand,
	ListClustersCommand,
	ListServicesCommand,
	ListTasksCommand,
	paginateListClusters,
	type Cluster,
	type ECSClient,
} from '@aws-sdk/client-ecs';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {ManualClock} from '../../../source/simulator/engine/clock.js';
import {createWorld} from '../../../source/simulator/engine/create-world.js';
import {startSimulator, type RunningSimulator} from '../../../source/simulator/start-simulator.js';
import {ecsTestClient} from './ecs-test-client.js';

const arn = (name: string) => `arn:aws:ecs:us-east-1:123456789012:cluster/${name}`;
const stats = (cluster: Cluster | undefined) => Object.fromEntries((cluster?.statistics ?? []).map(s => [s.name, s.value]));

describe('clusters through the real SDK', () => {
	let simulator: RunningSimulator;
	let client: ECSClient;

	beforeAll(async () => {
		simulator = await startSimulator({world: createWorld({clock: new ManualClock(), taskCount: 24, clusters: 100, seed: 9})});
		client = ecsTestClient(simulator.url);
	});

	afterAll(async () => {
		client.destroy();
		await simulator.close();
	});

	it('lists 101 clusters by pages of 100 by default, of maxResults 1..100 when asked', async () => {
		const first = await client.send(new ListClustersCommand({}));
		expect(first.clusterArns).toHaveLength(100);
		expect(first.nextToken).toEqual(expect.any(String));
		const second = await client.send(new ListClustersCommand({nextToken: first.nextToken}));
		expect(second.clusterArns).toHaveLength(1);
		expect(second.nextToken).toBeUndefined();
		const all = [...(first.clusterArns ?? []), ...(second.clusterArns ?? [])];
		expect(new Set(all)).toEqual(new Set(simulator.world.listClusterArns()));

		const paged: string[] = [];
		let pages = 0;
		for await (const page of paginateListClusters({client, pageSize: 7}, {})) {
			expect(page.clusterArns?.length).toBeLessThanOrEqual(7);
			paged.push(...(page.clusterArns ?? []));
			pages++;
		}

		expect(pages).toBe(15);
		expect(paged).toEqual(all);
		for (const maxResults of [0, 101]) {
			await expect(client.send(new ListClustersCommand({maxResults}))).rejects.toMatchObject({name: 'InvalidParameterException'});
		}
	});

	it('describes clusters with their statistics by launch type, only when asked', async () => {
		const {clusters = [], failures} = await client.send(new DescribeClustersCommand({clusters: ['demo', arn('jobs'), 'staging'], include: ['STATISTICS']}));
		expect(failures).toEqual([]);
		const [demo, jobs, staging] = clusters;
		expect(clusters.map(c => c.clusterName)).toEqual(['demo', 'jobs', 'staging']);
		// demo: 3 worker tasks and the report task on EC2, the other 20 on Fargate; worker is its one EC2 service.
		expect(stats(demo)).toEqual({
			runningEC2TasksCount: '4',
			runningFargateTasksCount: '20',
			pendingEC2TasksCount: '0',
			pendingFargateTasksCount: '0',
			runningExternalTasksCount: '0',
			pendingExternalTasksCount: '0',
			activeEC2ServiceCount: '1',
			activeFargateServiceCount: '4',
			drainingEC2ServiceCount: '0',
			drainingFargateServiceCount: '0',
			activeExternalServiceCount: '0',
			drainingExternalServiceCount: '0',
		});
		expect(demo?.statistics?.map(s => s.name).slice(0, 4)).toEqual(['runningEC2TasksCount', 'runningFargateTasksCount', 'pendingEC2TasksCount', 'pendingFargateTasksCount']);
		expect(stats(jobs)).toMatchObject({runningEC2TasksCount: '3', runningFargateTasksCount: '1', activeEC2ServiceCount: '1', activeFargateServiceCount: '1'});
		expect(jobs).toMatchObject({registeredContainerInstancesCount: 2, capacityProviders: ['FARGATE', 'jobs-asg'], runningTasksCount: 4, activeServicesCount: 2});
		expect(staging).toMatchObject({registeredContainerInstancesCount: 0, capacityProviders: ['FARGATE', 'FARGATE_SPOT'], runningTasksCount: 4, pendingTasksCount: 0});
		expect(stats(staging)).toMatchObject({runningEC2TasksCount: '0', runningFargateTasksCount: '4', activeFargateServiceCount: '2'});

		const plain = await client.send(new DescribeClustersCommand({clusters: ['demo']}));
		expect(plain.clusters?.[0]).toMatchObject({statistics: [], tags: [], settings: [], runningTasksCount: 24});
		expect(plain.clusters?.[0]?.attachments).toBeUndefined();
	});

	it('gives tags, settings and attachments with include TAGS, SETTINGS and ATTACHMENTS', async () => {
		const {clusters = []} = await client.send(new DescribeClustersCommand({clusters: ['staging', 'jobs'], include: ['TAGS', 'SETTINGS', 'ATTACHMENTS']}));
		const [staging, jobs] = clusters;
		expect(staging).toMatchObject({
			tags: [{key: 'environment', value: 'staging'}, {key: 'team', value: 'platform'}],
			settings: [{name: 'containerInsights', value: 'enabled'}],
			statistics: [],
			attachments: [],
		});
		expect(jobs?.attachments).toEqual([expect.objectContaining({type: 'as_policy', status: 'CREATED', details: expect.arrayContaining([{name: 'capacityProviderName', value: 'jobs-asg'}])})]);
		expect(jobs?.attachmentsStatus).toBe('UPDATE_COMPLETE');
		expect(jobs?.settings).toEqual([{name: 'containerInsights', value: 'disabled'}]);
	});

	it('reports unknown clusters as MISSING and refuses more than 100 names', async () => {
		const {clusters, failures} = await client.send(new DescribeClustersCommand({clusters: ['nope', arn('payments-prod'), 'arn:aws:ecs:eu-west-1:123456789012:cluster/demo']}));
		expect(clusters?.map(c => c.clusterName)).toEqual(['payments-prod']);
		expect(failures).toEqual([
			{arn: arn('nope'), reason: 'MISSING'},
			{arn: 'arn:aws:ecs:eu-west-1:123456789012:cluster/demo', reason: 'MISSING'},
		]);
		const names = simulator.world.listClusterArns();
		expect((await client.send(new DescribeClustersCommand({clusters: names.slice(0, 100)}))).clusters).toHaveLength(100);
		await expect(client.send(new DescribeClustersCommand({clusters: names}))).rejects.toMatchObject({
			name: 'InvalidParameterException',
			message: 'clusters can have at most 100 items.',
		});
	});

	it('lists and describes the services and tasks of every cluster, by name or ARN', async () => {
		for (const cluster of ['staging', arn('jobs'), 'payments-prod', arn('partners-staging')]) {
			const {serviceArns = []} = await client.send(new ListServicesCommand({cluster}));
			expect(serviceArns.length).toBe(2);
			const {services = []} = await client.send(new DescribeServicesCommand({cluster, services: serviceArns}));
			expect(services.map(s => s.serviceArn)).toEqual(serviceArns);
			expect(services.every(s => s.runningCount === s.desiredCount && s.clusterArn === arn(cluster.split('/').at(-1)!))).toBe(true);
			const {taskArns = []} = await client.send(new ListTasksCommand({cluster}));
			const {tasks = [], failures} = await client.send(new DescribeTasksCommand({cluster, tasks: taskArns}));
			expect(failures).toEqual([]);
			expect(tasks.length).toBe(services.reduce((sum, s) => sum + (s.desiredCount ?? 0), 0));
			expect(tasks.every(t => t.lastStatus === 'RUNNING' && t.clusterArn === services[0]?.clusterArn)).toBe(true);
		}

		const {taskArns = []} = await client.send(new ListTasksCommand({cluster: 'jobs', launchType: 'EC2'}));
		expect(taskArns).toHaveLength(3);
		// A task of jobs is MISSING in staging.
		const {failures} = await client.send(new DescribeTasksCommand({cluster: 'staging', tasks: taskArns.slice(0, 1)}));
		expect(failures).toEqual([{arn: taskArns[0], reason: 'MISSING'}]);
	});

	it('answers ClusterNotFoundException for an unknown cluster, or the ARN of another Region', async () => {
		const unknown = ['nope', 'arn:aws:ecs:eu-west-1:123456789012:cluster/staging'];
		for (const cluster of unknown) {
			const calls = [
				async () => client.send(new ListServicesCommand({cluster})),
				async () => client.send(new DescribeServicesCommand({cluster, services: ['web']})),
				async () => client.send(new ListTasksCommand({cluster})),
				async () => client.send(new DescribeTasksCommand({cluster, tasks: ['abc']})),
			];
			for (const call of calls) {
				await expect(call()).rejects.toMatchObject({name: 'ClusterNotFoundException', message: 'Cluster not found.'});
			}
		}
	});
});
