import {DescribeServicesCommand, type DescribeServicesCommandInput, DescribeTasksCommand, ECSClient, ListTasksCommand} from '@aws-sdk/client-ecs';
import {mockClient} from 'aws-sdk-client-mock';
import {beforeEach, describe, expect, it} from 'vitest';
import {createFetchWatchData} from '../../source/ecs/fetch-watch-data.js';

// ECS's answers to a watch of `web` and `nope`, a name the cluster does not have: DescribeServices
// puts it in `failures` as MISSING, ListTasks with `serviceName: nope` rejects ServiceNotFoundException.
const ecsMock = mockClient(ECSClient);
const client = new ECSClient({region: 'us-east-1'});
const ARN = 'arn:aws:ecs:us-east-1:123456789012';
const webTask = `${ARN}:task/demo/0123456789abcdef`;
const notFound = () => Object.assign(new Error('Service not found.'), {name: 'ServiceNotFoundException'});

beforeEach(() => {
	ecsMock.reset();
	ecsMock.on(ListTasksCommand, {serviceName: 'web', desiredStatus: 'RUNNING'}).resolves({taskArns: [webTask]});
	ecsMock.on(ListTasksCommand, {serviceName: 'web', desiredStatus: 'STOPPED'}).resolves({taskArns: []});
	ecsMock.on(ListTasksCommand, {serviceName: 'nope'}).rejects(notFound());
	ecsMock.on(DescribeTasksCommand).resolves({tasks: [{taskArn: webTask, group: 'service:web', lastStatus: 'RUNNING'}], failures: []});
	ecsMock.on(DescribeServicesCommand).callsFake((input: DescribeServicesCommandInput) => {
		const asked = input.services ?? [];
		return {
			services: asked.filter(name => name === 'web').map(name => ({serviceArn: `${ARN}:service/demo/${name}`, serviceName: name})),
			failures: asked.filter(name => name !== 'web').map(name => ({arn: `${ARN}:service/demo/${name}`, reason: 'MISSING'})),
		};
	});
});

describe('a watch of services of which one does not exist', () => {
	it('watches the others and names the unknown one', async () => {
		const data = await createFetchWatchData(client, {cluster: 'demo', services: ['web', 'nope']})(new AbortController().signal);
		expect(data.tasks.map(task => task.taskArn)).toEqual([webTask]);
		expect(data.services.map(service => service.serviceName)).toEqual(['web']);
		expect(data.servicesNotFound).toEqual(['nope']);
	});

	it('names it from ListTasks when the services cannot be read', async () => {
		ecsMock.on(DescribeServicesCommand).rejects(Object.assign(new Error('not authorized to perform: ecs:DescribeServices'), {name: 'AccessDeniedException'}));
		const data = await createFetchWatchData(client, {cluster: 'demo', services: ['nope', 'web']})(new AbortController().signal);
		expect(data.tasks.map(task => task.taskArn)).toEqual([webTask]);
		expect(data.servicesError).toMatchObject({name: 'AccessDeniedException'});
		expect(data.servicesNotFound).toEqual(['nope']);
	});

	it('names none when every service exists, and still rejects on any other task error', async () => {
		const data = await createFetchWatchData(client, {cluster: 'demo', services: ['web']})(new AbortController().signal);
		expect(data.servicesNotFound).toBeUndefined();
		ecsMock.on(ListTasksCommand, {serviceName: 'web', desiredStatus: 'RUNNING'}).rejects(Object.assign(new Error('Rate exceeded'), {name: 'ThrottlingException'}));
		await expect(createFetchWatchData(client, {cluster: 'demo', services: ['web', 'nope']})(new AbortController().signal)).rejects.toMatchObject({name: 'ThrottlingException'});
	});

	it('passes the MISSING task ARNs on', async () => {
		const gone = `${ARN}:task/demo/fedcba9876543210`;
		ecsMock.on(ListTasksCommand, {serviceName: 'web', desiredStatus: 'RUNNING'}).resolves({taskArns: [webTask, gone]});
		ecsMock.on(DescribeTasksCommand).resolves({tasks: [{taskArn: webTask, lastStatus: 'RUNNING'}], failures: [{arn: gone, reason: 'MISSING'}]});
		const data = await createFetchWatchData(client, {cluster: 'demo', services: ['web']})(new AbortController().signal);
		expect(data.missing).toEqual([gone]);
		expect(data.failures).toEqual([]);
	});
});
