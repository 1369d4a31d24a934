import {DescribeTargetGroupsCommand, DescribeTargetHealthCommand} from '@aws-sdk/client-elastic-load-balancing-v2';
import {beforeEach, describe, expect, it} from 'vitest';
import {fetchStatusData} from '../../source/ecs/fetch-status-data.js';
import {createReadTargets} from '../../source/ecs/read-targets.js';
import {answerEcs, answerElb, ecs, elb, elbMock, type FakeService, healthy, ipGroup, ipTask, resetMocks, tgArn, withState} from './target-fakes.js';

const web: FakeService = {name: 'web', loadBalancers: [{targetGroupArn: tgArn('web'), containerName: 'web', containerPort: 80}]};
const batch: FakeService = {name: 'batch', loadBalancers: []};

beforeEach(() => {
	resetMocks();
	answerEcs([web, batch], () => [ipTask('w1', 'web', '10.0.1.5'), ipTask('w2', 'web', '10.0.2.7'), ipTask('old', 'web', '10.0.3.3', 'STOPPED'), ipTask('b1', 'batch', '10.0.1.9')]);
	answerElb([ipGroup('web')], () => [healthy('10.0.1.5', 80), withState('10.0.2.7', 80, 'initial', 'Elb.InitialHealthChecking')]);
});

const states = (data: Awaited<ReturnType<typeof fetchStatusData>>) => data.services.map(({service, running, stopped}) =>
	[service.serviceName, running.map((task) => [task.taskId, task.targets?.map((target) => target.state)]), stopped.map((task) => [task.taskId, task.targets])]);

describe('status with a targets reader', () => {
	it('gives the tasks of services with target groups their targets, reading each group once', async () => {
		const data = await fetchStatusData(ecs, {cluster: 'prod', stopped: true, targets: createReadTargets(ecs, () => elb)});
		expect(states(data)).toEqual([
			['web', [['w1', ['healthy']], ['w2', ['initial']]], [['old', []]]],
			['batch', [['b1', undefined]], []],
		]);
		expect(elbMock.commandCalls(DescribeTargetHealthCommand)).toHaveLength(1);
		expect(data.targetsError).toBeUndefined();
	});

	it('keeps what it knows across looks, as `wait` makes them', async () => {
		const targets = createReadTargets(ecs, () => elb);
		await fetchStatusData(ecs, {cluster: 'prod', services: ['web'], stopped: false, targets});
		await fetchStatusData(ecs, {cluster: 'prod', services: ['web'], stopped: false, targets});
		expect(elbMock.commandCalls(DescribeTargetGroupsCommand)).toHaveLength(1);
		expect(elbMock.commandCalls(DescribeTargetHealthCommand)).toHaveLength(2);
	});

	it('returns the tasks and why the targets could not be read when ELB denies it', async () => {
		elbMock.on(DescribeTargetHealthCommand).rejects(Object.assign(new Error('not authorized to perform: elasticloadbalancing:DescribeTargetHealth'), {name: 'AccessDenied'}));
		const data = await fetchStatusData(ecs, {cluster: 'prod', services: ['web'], stopped: false, targets: createReadTargets(ecs, () => elb)});
		expect(states(data)).toEqual([['web', [['w1', undefined], ['w2', undefined]], []]]);
		expect(data.targetsError).toMatchObject({name: 'AccessDenied'});
	});

	it('is as before without one', async () => {
		const data = await fetchStatusData(ecs, {cluster: 'prod', services: ['web'], stopped: false});
		expect(states(data)).toEqual([['web', [['w1', undefined], ['w2', undefined]], []]]);
		expect('elbApiCalls' in data).toBe(false);
		expect(elbMock.calls()).toHaveLength(0);
	});
});
