import {DescribeServicesCommand, type DescribeServicesCommandInput, DescribeTasksCommand, type DescribeTasksCommandInput, ECSClient, ListServicesCommand, ListTasksCommand, type ListTasksCommandInput} from '@aws-sdk/client-ecs';
import {mockClient} from 'aws-sdk-client-mock';
import {beforeEach, describe, expect, it} from 'vitest';
import {fetchStatusData} from '../../source/ecs/fetch-status-data.js';

const ecsMock = mockClient(ECSClient);
const client = new ECSClient({region: 'us-west-2', credentials: {accessKeyId: 'a', secretAccessKey: 'b'}});
const arn = (name: string) => `arn:aws:ecs:us-west-2:1:service/c/${name}`;

/** Two tasks per service, one desired RUNNING and one STOPPED; services web, api and batch exist. */
beforeEach(() => {
	ecsMock.reset();
	const services = ['web', 'api', 'batch'];
	ecsMock.on(ListServicesCommand).resolves({serviceArns: services.map(arn)});
	ecsMock.on(DescribeServicesCommand).callsFake((input: DescribeServicesCommandInput) => {
		const asked = input.services ?? [];
		const known = asked.filter((key) => services.some((name) => key === name || key === arn(name)));
		return {
			services: known.map((key) => ({serviceArn: key.startsWith('arn:') ? key : arn(key), serviceName: key.split('/').pop()})),
			failures: asked.filter((key) => !known.includes(key)).map((key) => ({arn: key, reason: 'MISSING'})),
		};
	});
	ecsMock.on(ListTasksCommand).callsFake((input: ListTasksCommandInput) => {
		const of = input.serviceName === undefined ? services : [input.serviceName];
		return {taskArns: of.map((name) => `arn:aws:ecs:us-west-2:1:task/c/${name}-${input.desiredStatus ?? 'RUNNING'}`)};
	});
	ecsMock.on(DescribeTasksCommand).callsFake((input: DescribeTasksCommandInput) => ({
		tasks: (input.tasks ?? []).map((taskArn) => {
			const [name, desiredStatus] = taskArn.split('/').pop()!.split('-');
			return {taskArn, group: `service:${name}`, desiredStatus, lastStatus: desiredStatus};
		}),
	}));
});

const summary = (data: Awaited<ReturnType<typeof fetchStatusData>>) => data.services.map(({service, running, stopped}) =>
	[service.serviceName, running.map((task) => task.taskId), stopped.map((task) => task.taskId)]);

describe('fetchStatusData', () => {
	it('lists every service of the cluster, and their tasks cluster-wide once per desired status', async () => {
		const data = await fetchStatusData(client, {cluster: 'c', stopped: true});
		expect(summary(data)).toEqual([
			['web', ['web-RUNNING'], ['web-STOPPED']],
			['api', ['api-RUNNING'], ['api-STOPPED']],
			['batch', ['batch-RUNNING'], ['batch-STOPPED']],
		]);
		expect(data.missing).toEqual([]);
		expect(ecsMock.commandCalls(ListTasksCommand).map((call) => [call.args[0].input.serviceName, call.args[0].input.desiredStatus])).toEqual([[undefined, 'RUNNING'], [undefined, 'STOPPED']]);
	});

	it('lists named services\' own tasks, in the order asked, and tells the names ECS does not know', async () => {
		const data = await fetchStatusData(client, {cluster: 'c', services: ['api', 'nope', arn('web')], stopped: false});
		expect(summary(data)).toEqual([['api', ['api-RUNNING'], []], ['web', ['web-RUNNING'], []]]);
		expect(data.missing).toEqual(['nope']);
		expect(ecsMock.commandCalls(ListTasksCommand).map((call) => [call.args[0].input.serviceName, call.args[0].input.desiredStatus]).sort()).toEqual([['api', 'RUNNING'], ['web', 'RUNNING']]);
		expect(ecsMock.commandCalls(ListServicesCommand)).toHaveLength(0);
	});

	it('asks nothing more when no service is found', async () => {
		const data = await fetchStatusData(client, {cluster: 'c', services: ['nope'], stopped: true});
		expect(data).toEqual({services: [], missing: ['nope']});
		expect(ecsMock.commandCalls(ListTasksCommand)).toHaveLength(0);
	});
});
