import {DescribeContainerInstancesCommand, DescribeTasksCommand, type Task} from '@aws-sdk/client-ecs';
import {DescribeTargetGroupAttributesCommand, DescribeTargetGroupsCommand, DescribeTargetHealthCommand} from '@aws-sdk/client-elastic-load-balancing-v2';
import {beforeEach, describe, expect, it, vi} from 'vitest';
import {createFetchWatchData} from '../../source/ecs/fetch-watch-data.js';
import {
	answerEcs, answerElb, bridgeTask, CONTAINER_INSTANCE, ecs, ecsMock, elb, elbMock, type FakeService, healthy, instanceGroup, ipGroup, ipTask, resetMocks, T0, taskArn,
	tgArn, withState,
} from './target-fakes.js';

const web: FakeService = {name: 'web', loadBalancers: [{targetGroupArn: tgArn('web'), containerName: 'web', containerPort: 80}]};
const api: FakeService = {name: 'api', loadBalancers: [{targetGroupArn: tgArn('api'), containerName: 'api', containerPort: 8080}]};
const batch: FakeService = {name: 'batch', loadBalancers: []};
const classic: FakeService = {name: 'legacy', loadBalancers: [{loadBalancerName: 'legacy-elb', containerName: 'web', containerPort: 80}]};

let clock = T0;
const now = () => clock;
const signal = () => new AbortController().signal;
const byId = (tasks: ReadonlyArray<{taskId: string; targets?: ReadonlyArray<{state: string}> | undefined}>) =>
	Object.fromEntries(tasks.map((task) => [task.taskId, task.targets?.map((target) => target.state)]));
const denied = () => Object.assign(new Error('User: arn:aws:sts::123456789012:assumed-role/ro/me is not authorized to perform: elasticloadbalancing:DescribeTargetHealth'), {name: 'AccessDenied'});

beforeEach(() => {
	resetMocks();
	clock = T0;
});

describe('a task watch with an ELB client', () => {
	it('calls no ELB API and never makes the client while no watched service has a target group', async () => {
		answerEcs([batch, classic], () => [ipTask('b1', 'batch', '10.0.1.5'), ipTask('l1', 'legacy', '10.0.1.6')]);
		const makeElb = vi.fn(() => elb);
		const fetch = createFetchWatchData(ecs, {cluster: 'prod'}, {elb: makeElb, now});

		const data = await fetch(signal());
		await fetch(signal());

		expect(data.tasks).toHaveLength(2);
		expect(data.tasks.every((task) => !('targets' in task))).toBe(true);
		expect(data.elbApiCalls).toBe(0);
		expect(data.targetsError).toBeUndefined();
		expect(makeElb).not.toHaveBeenCalled();
		expect(elbMock.calls()).toHaveLength(0);
	});

	it('leaves the poll as it was without an ELB client', async () => {
		answerEcs([web], () => [ipTask('w1', 'web', '10.0.1.5')]);
		answerElb([ipGroup('web')], () => [healthy('10.0.1.5', 80)]);
		const data = await createFetchWatchData(ecs, {cluster: 'prod'})(signal());
		expect('targets' in data.tasks[0]!).toBe(false);
		expect('elbApiCalls' in data).toBe(false);
		expect(elbMock.calls()).toHaveLength(0);
	});

	it('gives each task its targets, ip ones by address and container port, instance ones by EC2 instance and host port', async () => {
		answerEcs([web, api, batch], () => [
			ipTask('w1', 'web', '10.0.1.5'), ipTask('w2', 'web', '10.0.2.7'), bridgeTask('a1', 'api', 32768), bridgeTask('a2', 'api', 32769), ipTask('b1', 'batch', '10.0.1.9'),
		]);
		answerElb([ipGroup('web'), instanceGroup('api')], (arn) => arn === tgArn('web')
			? [healthy('10.0.1.5', 80), withState('10.0.2.7', 80, 'unhealthy', 'Target.ResponseCodeMismatch')]
			: [withState('i-0f76fade', 32768, 'initial', 'Elb.InitialHealthChecking'), healthy('i-0f76fade', 32769)]);

		const data = await createFetchWatchData(ecs, {cluster: 'prod'}, {elb: () => elb, now})(signal());

		expect(byId(data.tasks)).toEqual({w1: ['healthy'], w2: ['unhealthy'], a1: ['initial'], a2: ['healthy'], b1: undefined});
		expect(data.tasks.find((task) => task.taskId === 'w2')?.targets).toEqual([{
			targetGroupArn: tgArn('web'), targetId: '10.0.2.7', port: 80, state: 'unhealthy', reason: 'Target.ResponseCodeMismatch', description: null, drainingEndsAt: null,
		}]);
		expect(ecsMock.commandCalls(DescribeContainerInstancesCommand).map((call) => call.args[0].input)).toEqual([{cluster: 'prod', containerInstances: [CONTAINER_INSTANCE]}]);
	});

	it('reads each target group\'s health once per poll, and describes the groups and container instances once', async () => {
		answerEcs([web, api, {name: 'web-canary', loadBalancers: web.loadBalancers}], () => [ipTask('w1', 'web', '10.0.1.5'), bridgeTask('a1', 'api', 32768)]);
		answerElb([ipGroup('web'), instanceGroup('api')], (arn) => arn === tgArn('web') ? [healthy('10.0.1.5', 80)] : [healthy('i-0f76fade', 32768)]);
		const fetch = createFetchWatchData(ecs, {cluster: 'prod'}, {elb: () => elb, now});

		for (let poll = 0; poll < 3; poll++) await fetch(signal());

		// Two groups (the canary shares web's): two DescribeTargetHealth calls a poll.
		expect(elbMock.commandCalls(DescribeTargetHealthCommand).map((call) => call.args[0].input.TargetGroupArn)).toEqual([
			tgArn('web'), tgArn('api'), tgArn('web'), tgArn('api'), tgArn('web'), tgArn('api'),
		]);
		expect(elbMock.commandCalls(DescribeTargetGroupsCommand).map((call) => call.args[0].input.TargetGroupArns)).toEqual([[tgArn('web'), tgArn('api')]]);
		expect(ecsMock.commandCalls(DescribeContainerInstancesCommand)).toHaveLength(1);
		expect(elbMock.commandCalls(DescribeTargetGroupAttributesCommand)).toHaveLength(0);
	});

	it('reads only the watched services\' target groups', async () => {
		answerEcs([web, api], () => [ipTask('w1', 'web', '10.0.1.5'), bridgeTask('a1', 'api', 32768)]);
		answerElb([ipGroup('web'), instanceGroup('api')], () => [healthy('10.0.1.5', 80)]);

		const data = await createFetchWatchData(ecs, {cluster: 'prod', services: ['web']}, {elb: () => elb, now})(signal());

		expect(elbMock.commandCalls(DescribeTargetHealthCommand).map((call) => call.args[0].input.TargetGroupArn)).toEqual([tgArn('web')]);
		expect(ecsMock.commandCalls(DescribeContainerInstancesCommand)).toHaveLength(0);
		expect(byId(data.tasks)).toEqual({w1: ['healthy']});
	});

	it('tells when a draining target\'s deregistration delay ends, counted from when it was first seen draining', async () => {
		let state: 'healthy' | 'draining' = 'healthy';
		answerEcs([web], () => [ipTask('w1', 'web', '10.0.1.5', state === 'draining' ? 'DEACTIVATING' : 'RUNNING')]);
		answerElb([ipGroup('web')], () => [withState('10.0.1.5', 80, state, state === 'draining' ? 'Target.DeregistrationInProgress' : undefined)], 120);
		const fetch = createFetchWatchData(ecs, {cluster: 'prod'}, {elb: () => elb, now});
		await fetch(signal());

		state = 'draining';
		clock = T0 + 5000;
		const first = await fetch(signal());
		clock = T0 + 10_000;
		const second = await fetch(signal());

		const ends = new Date(T0 + 5000 + 120_000).toISOString();
		expect(first.tasks[0]?.targets?.[0]).toMatchObject({state: 'draining', reason: 'Target.DeregistrationInProgress', drainingEndsAt: ends});
		expect(second.tasks[0]?.targets?.[0]?.drainingEndsAt).toBe(ends);
		expect(elbMock.commandCalls(DescribeTargetGroupAttributesCommand).map((call) => call.args[0].input)).toEqual([{TargetGroupArn: tgArn('web')}]);
	});

	it('keeps the tasks and their last targets when ELB denies the read, says why, and reads again on the next poll', async () => {
		const tasks: Task[] = [ipTask('w1', 'web', '10.0.1.5')];
		answerEcs([web], () => tasks);
		answerElb([ipGroup('web')], () => [healthy('10.0.1.5', 80), healthy('10.0.2.7', 80)]);
		const fetch = createFetchWatchData(ecs, {cluster: 'prod'}, {elb: () => elb, now});
		await fetch(signal());

		tasks.push(ipTask('w2', 'web', '10.0.2.7'));
		elbMock.on(DescribeTargetHealthCommand).rejects(denied());
		const failed = await fetch(signal());

		expect(failed.targetsError).toMatchObject({name: 'AccessDenied'});
		expect(failed.services.map((service) => service.serviceName)).toEqual(['web']);
		// w1 keeps what was read of it; w2 was never read.
		expect(byId(failed.tasks)).toEqual({w1: ['healthy'], w2: undefined});

		answerElb([ipGroup('web')], () => [healthy('10.0.1.5', 80), withState('10.0.2.7', 80, 'initial', 'Elb.RegistrationInProgress')]);
		const recovered = await fetch(signal());
		expect(recovered.targetsError).toBeUndefined();
		expect(byId(recovered.tasks)).toEqual({w1: ['healthy'], w2: ['initial']});
	});

	it('does not fail the poll when the first read of the targets is throttled', async () => {
		answerEcs([web], () => [ipTask('w1', 'web', '10.0.1.5')]);
		elbMock.on(DescribeTargetGroupsCommand).rejects(Object.assign(new Error('Rate exceeded'), {name: 'Throttling'}));

		const data = await createFetchWatchData(ecs, {cluster: 'prod'}, {elb: () => elb, now})(signal());

		expect(data.tasks).toHaveLength(1);
		expect('targets' in data.tasks[0]!).toBe(false);
		expect(data.targetsError).toMatchObject({name: 'Throttling', message: 'Rate exceeded'});
	});

	it('says why when the ELB client cannot be made, and keeps the tasks', async () => {
		answerEcs([web], () => [ipTask('w1', 'web', '10.0.1.5')]);
		const data = await createFetchWatchData(ecs, {cluster: 'prod'}, {elb: async () => Promise.reject(new Error('no region')), now})(signal());
		expect(data.tasks).toHaveLength(1);
		expect(data.targetsError).toMatchObject({message: 'no region'});
	});

	it('reads the other groups when one no longer exists, and does not ask for the missing one again', async () => {
		const gone: FakeService = {name: 'old', loadBalancers: [{targetGroupArn: tgArn('deleted'), containerName: 'web', containerPort: 80}]};
		answerEcs([web, gone], () => [ipTask('w1', 'web', '10.0.1.5'), ipTask('o1', 'old', '10.0.3.3')]);
		answerElb([ipGroup('web')], () => [healthy('10.0.1.5', 80)]);
		const fetch = createFetchWatchData(ecs, {cluster: 'prod'}, {elb: () => elb, now});

		const data = await fetch(signal());
		await fetch(signal());

		expect(data.targetsError).toBeUndefined();
		expect(byId(data.tasks)).toEqual({w1: ['healthy'], o1: []});
		// Both together (failed: one not found), then each alone; later polls ask for the live group only.
		expect(elbMock.commandCalls(DescribeTargetGroupsCommand).map((call) => call.args[0].input.TargetGroupArns)).toEqual([
			[tgArn('web'), tgArn('deleted')], [tgArn('web')], [tgArn('deleted')],
		]);
		expect(elbMock.commandCalls(DescribeTargetHealthCommand).map((call) => call.args[0].input.TargetGroupArn)).toEqual([tgArn('web'), tgArn('web')]);
	});

	it('rejects when the poll is aborted during the targets read', async () => {
		answerEcs([web], () => [ipTask('w1', 'web', '10.0.1.5')]);
		const controller = new AbortController();
		elbMock.on(DescribeTargetGroupsCommand).callsFake(async () => {
			controller.abort();
			throw Object.assign(new Error('The operation was aborted'), {name: 'AbortError'});
		});
		await expect(createFetchWatchData(ecs, {cluster: 'prod'}, {elb: () => elb, now})(controller.signal)).rejects.toMatchObject({name: 'AbortError'});
	});

	it('gives a stopped task no target, though a new task has its address', async () => {
		answerEcs([web], () => [ipTask('old', 'web', '10.0.1.5', 'STOPPED'), ipTask('new', 'web', '10.0.1.5')]);
		answerElb([ipGroup('web')], () => [healthy('10.0.1.5', 80)]);
		const data = await createFetchWatchData(ecs, {cluster: 'prod'}, {elb: () => elb, now})(signal());
		expect(byId(data.tasks)).toEqual({new: ['healthy'], old: []});
		expect(data.tasks.map((task) => task.taskArn)).toEqual([taskArn('new'), taskArn('old')]);
	});

	it('reads the target groups while the tasks are still being described, and rejects with the task error when that fails', async () => {
		answerEcs([web], () => [ipTask('w1', 'web', '10.0.1.5')]);
		answerElb([ipGroup('web')], () => [healthy('10.0.1.5', 80)]);
		let answerTasks: (() => void) | undefined;
		let failTasks: ((error: Error) => void) | undefined;
		ecsMock.on(DescribeTasksCommand).callsFake(async (input: {tasks?: string[]}) => new Promise((resolve, reject) => {
			answerTasks = () => resolve({tasks: [ipTask('w1', 'web', '10.0.1.5')].filter((task) => input.tasks?.includes(task.taskArn!)), failures: []});
			failTasks = reject;
		}));
		const fetch = createFetchWatchData(ecs, {cluster: 'prod'}, {elb: () => elb, now});

		const polled = fetch(signal());
		await vi.waitFor(() => {
			expect(answerTasks).toBeDefined();
			expect(elbMock.commandCalls(DescribeTargetHealthCommand)).toHaveLength(1);
		});
		answerTasks!();
		expect(byId((await polled).tasks)).toEqual({w1: ['healthy']});

		failTasks = undefined;
		const failed = fetch(signal());
		await vi.waitFor(() => expect(failTasks).toBeDefined());
		failTasks!(Object.assign(new Error('not authorized to perform: ecs:DescribeTasks'), {name: 'AccessDeniedException'}));
		await expect(failed).rejects.toMatchObject({name: 'AccessDeniedException'});
	});
});
