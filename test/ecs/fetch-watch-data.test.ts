import {DescribeServicesCommand, type DescribeServicesCommandInput, DescribeTasksCommand, ECSClient, ListServicesCommand, ListTasksCommand} from '@aws-sdk/client-ecs';
import {mockClient} from 'aws-sdk-client-mock';
import {beforeEach, describe, expect, it} from 'vitest';
import {createFetchWatchData, MAX_AUTO_SERVICES} from '../../source/ecs/fetch-watch-data.js';
import {loadDescribeTasks} from '../helpers/fixtures.js';

const ecsMock = mockClient(ECSClient);
const client = new ECSClient({region: 'us-west-2'});
const serviceArns = (count: number) => Array.from({length: count}, (_, i) => `arn:aws:ecs:us-west-2:1:service/c/svc-${i}`);
const seed = loadDescribeTasks('seed-fargate-ui-task.json');

beforeEach(() => {
	ecsMock.reset();
	ecsMock.on(ListTasksCommand, {desiredStatus: 'RUNNING'}).resolves({taskArns: [seed.tasks?.[0]?.taskArn ?? '']});
	ecsMock.on(ListTasksCommand, {desiredStatus: 'STOPPED'}).resolves({taskArns: []});
	ecsMock.on(DescribeTasksCommand).resolves(seed);
	ecsMock.on(DescribeServicesCommand).callsFake((input: DescribeServicesCommandInput) => ({
		services: (input.services ?? []).map((name) => ({serviceArn: name, serviceName: name.split('/').pop()})),
	}));
});

describe('createFetchWatchData', () => {
	it('returns the tasks and the services of a small cluster', async () => {
		ecsMock.on(ListServicesCommand).resolves({serviceArns: serviceArns(3)});

		const data = await createFetchWatchData(client, {cluster: 'c'})(new AbortController().signal);

		expect(data.tasks.map((task) => [task.service, task.eniId, task.privateIpv4, task.healthStatus])).toEqual([
			['ui', 'eni-0a6c55131166f85c8', '10.0.4.128', 'HEALTHY'],
		]);
		expect(data.services.map((service) => service.serviceName)).toEqual(['svc-0', 'svc-1', 'svc-2']);
	});

	it('shows tasks only for a cluster with more services than it may describe every poll', async () => {
		ecsMock.on(ListServicesCommand).resolves({serviceArns: serviceArns(MAX_AUTO_SERVICES + 1)});

		const data = await createFetchWatchData(client, {cluster: 'c'})(new AbortController().signal);

		expect(data.tasks).toHaveLength(1);
		expect(data.services).toEqual([]);
		expect(ecsMock.commandCalls(DescribeServicesCommand)).toHaveLength(0);
	});

	it('always describes the watched services', async () => {
		ecsMock.on(ListTasksCommand, {serviceName: 'ui', desiredStatus: 'RUNNING'}).resolves({taskArns: [seed.tasks?.[0]?.taskArn ?? '']});

		const data = await createFetchWatchData(client, {cluster: 'c', services: ['ui']})(new AbortController().signal);

		expect(data.services.map((service) => service.serviceName)).toEqual(['ui']);
		expect(data.tasks).toHaveLength(1);
		expect(ecsMock.commandCalls(ListServicesCommand)).toHaveLength(0);
	});

	it('passes on the tasks ECS could not describe, but not the MISSING ones', async () => {
		ecsMock.on(ListServicesCommand).resolves({serviceArns: []});
		ecsMock.on(ListTasksCommand, {desiredStatus: 'STOPPED'}).resolves({taskArns: ['arn:aws:ecs:us-west-2:1:task/c/gone', 'arn:aws:ecs:us-west-2:1:task/c/odd']});
		ecsMock.on(DescribeTasksCommand).resolves({
			...seed,
			failures: [
				{arn: 'arn:aws:ecs:us-west-2:1:task/c/gone', reason: 'MISSING'},
				{arn: 'arn:aws:ecs:us-west-2:1:task/c/odd', reason: 'INTERNAL_ERROR', detail: 'try again'},
			],
		});

		const data = await createFetchWatchData(client, {cluster: 'c'})(new AbortController().signal);

		expect(data.failures).toEqual([{arn: 'arn:aws:ecs:us-west-2:1:task/c/odd', reason: 'INTERNAL_ERROR', detail: 'try again'}]);
		expect(data.tasks).toHaveLength(1);
	});

	it('rejects when a task call fails', async () => {
		ecsMock.on(ListServicesCommand).resolves({serviceArns: serviceArns(2)});
		ecsMock.on(ListTasksCommand, {desiredStatus: 'RUNNING'}).rejects(Object.assign(new Error('Rate exceeded'), {name: 'ThrottlingException'}));
		await expect(createFetchWatchData(client, {cluster: 'c'})(new AbortController().signal)).rejects.toMatchObject({
			name: 'ThrottlingException',
		});
	});

	it('keeps the tasks when only the services cannot be read, and says why', async () => {
		const denied = Object.assign(new Error('User: arn:aws:sts::1:assumed-role/ro/me is not authorized to perform: ecs:DescribeServices'), {name: 'AccessDeniedException'});
		ecsMock.on(ListServicesCommand).resolves({serviceArns: serviceArns(2)});
		ecsMock.on(DescribeServicesCommand).rejects(denied);

		const data = await createFetchWatchData(client, {cluster: 'c'})(new AbortController().signal);

		expect(data.tasks.map((task) => task.privateIpv4)).toEqual(['10.0.4.128']);
		expect(data.services).toEqual([]);
		expect(data.servicesError).toMatchObject({name: 'AccessDeniedException'});
	});
});
