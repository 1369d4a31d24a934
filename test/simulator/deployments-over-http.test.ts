import {DescribeTasksCommand, ListTasksCommand, StopTaskCommand, UpdateServiceCommand, type Deployment} from '@aws-sdk/client-ecs';
import {describe, expect, it} from 'vitest';
import {cluster, expectConsistent, isServing, listAll, transitions, viewService, type ServiceView} from './service-view.js';
import {revision, useSimulatorOverHttp} from './simulator-over-http.js';

const steadyState = '(service web) has reached a steady state.';

describe('deployments of the web service, seen through the real SDK over HTTP', () => {
	const http = useSimulatorOverHttp();

	/** Advances the clock step by step, checking the invariants each time, until `done` holds. */
	async function stepUntil(done: (view: ServiceView) => boolean, each?: (view: ServiceView) => void, maxMs = 20 * 60_000): Promise<ServiceView> {
		let view: ServiceView | undefined;
		await http.advanceUntil(async () => {
			view = await viewService(http.client, 'web');
			expectConsistent(view);
			each?.(view);
			return done(view);
		}, maxMs);
		return view!;
	}

	const completedAlone = (view: ServiceView): boolean =>
		view.service.deployments?.length === 1 && view.service.deployments[0]?.rolloutState === 'COMPLETED' && view.service.events?.[0]?.message === steadyState;

	it('rolls web out to web:42 within 100%/200%, then drops the old deployment and reports a steady state', async () => {
		const before = await stepUntil(() => true);
		expect(before.service.deployments).toHaveLength(1);
		const original = before.service.deployments![0]!;
		const originalTasks = before.live.map(t => t.taskArn);
		expect(before.live.filter(isServing)).toHaveLength(6);

		const {service} = await http.client.send(new UpdateServiceCommand({cluster, service: 'web', taskDefinition: 'web:42'}));
		const [primary, active] = service?.deployments ?? [];
		expect(primary).toMatchObject({status: 'PRIMARY', rolloutState: 'IN_PROGRESS', rolloutStateReason: `ECS deployment ${primary?.id} in progress.`});
		expect(primary?.id).toMatch(/^ecs-svc\/\d{19}$/);
		expect(revision(primary?.taskDefinition)).toBe('web:42');
		expect(active).toMatchObject({id: original.id, status: 'ACTIVE', rolloutState: 'COMPLETED'});

		const states: string[] = [];
		let sawBoth = false;
		let maxLive = 0;
		const done = await stepUntil(completedAlone, view => {
			const deployment = view.service.deployments?.find(d => d.id === primary?.id);
			states.push(deployment?.rolloutState ?? 'GONE');
			sawBoth ||= view.live.some(t => t.startedBy === original.id) && view.live.some(t => t.startedBy === primary?.id && t.lastStatus === 'RUNNING');
			maxLive = Math.max(maxLive, view.live.length);
		});
		expect(transitions(states)).toEqual(['IN_PROGRESS', 'COMPLETED']);
		expect(sawBoth).toBe(true);
		expect(maxLive).toBeGreaterThan(6);

		const [final] = done.service.deployments as Deployment[];
		expect(final).toMatchObject({id: primary?.id, status: 'PRIMARY', desiredCount: 6, runningCount: 6, pendingCount: 0, rolloutStateReason: `ECS deployment ${primary?.id} completed.`});
		expect(done.service).toMatchObject({runningCount: 6, pendingCount: 0});
		expect(revision(done.service.taskDefinition)).toBe('web:42');
		expect(done.live.map(t => revision(t.taskDefinitionArn))).toEqual(Array(6).fill('web:42'));
		expect(done.live.every(isServing)).toBe(true);
		const messages = done.service.events?.map(e => e.message) ?? [];
		expect(messages.indexOf(`(service web) (deployment ${primary?.id}) deployment completed.`)).toBe(1);

		const drained = done.stopped.filter(t => originalTasks.includes(t.taskArn));
		expect(drained).toHaveLength(6);
		for (const task of drained) {
			expect(task).toMatchObject({desiredStatus: 'STOPPED', stopCode: 'ServiceSchedulerInitiated', stoppedReason: `Scaling activity initiated by (deployment ${primary?.id})`});
		}
	});

	it('replaces every task on forceNewDeployment, keeping the task definition', async () => {
		const before = await viewService(http.client, 'web');
		const {service} = await http.client.send(new UpdateServiceCommand({cluster, service: 'web', forceNewDeployment: true}));
		const [primary, active] = service?.deployments ?? [];
		expect(primary).toMatchObject({status: 'PRIMARY', rolloutState: 'IN_PROGRESS', taskDefinition: before.service.taskDefinition});
		expect(active).toMatchObject({id: before.service.deployments?.[0]?.id, status: 'ACTIVE'});
		expect(primary?.id).not.toBe(active?.id);

		const done = await stepUntil(completedAlone);
		expect(done.service.deployments?.[0]?.id).toBe(primary?.id);
		expect(done.live).toHaveLength(6);
		expect(done.live.every(t => t.startedBy === primary?.id && revision(t.taskDefinitionArn) === 'web:41')).toBe(true);
		const oldArns = new Set(before.live.map(t => t.taskArn));
		expect(done.live.some(t => oldArns.has(t.taskArn))).toBe(false);
	});

	it('fails web:43 on its health checks through the circuit breaker and rolls back to web:41', async () => {
		const original = (await viewService(http.client, 'web')).service.deployments![0]!;
		const {service} = await http.client.send(new UpdateServiceCommand({cluster, service: 'web', taskDefinition: 'web:43'}));
		const failingId = service?.deployments?.[0]?.id;

		const tripped = await stepUntil(view => view.service.deployments?.some(d => d.rolloutState === 'FAILED') ?? false);
		const [rollback, failed] = tripped.service.deployments ?? [];
		expect(failed).toMatchObject({
			id: failingId,
			status: 'ACTIVE',
			rolloutState: 'FAILED',
			rolloutStateReason: 'ECS deployment circuit breaker: tasks failed to start.',
		});
		expect(failed?.failedTasks).toBeGreaterThanOrEqual(3);
		expect(rollback).toMatchObject({
			status: 'PRIMARY',
			rolloutState: 'IN_PROGRESS',
			rolloutStateReason: `ECS deployment circuit breaker: rolling back to deploymentId ${original.id}.`,
		});
		// The last completed deployment is PRIMARY again, with its tasks: no second web:41 line.
		expect(rollback).toMatchObject({id: original.id, desiredCount: 6, runningCount: 6});
		expect(tripped.service.deployments?.filter(d => revision(d.taskDefinition) === 'web:41')).toHaveLength(1);
		expect(revision(rollback?.taskDefinition)).toBe('web:41');
		const messages = tripped.service.events?.map(e => e.message) ?? [];
		expect(messages).toContain(`(service web) (deployment ${failingId}) deployment failed: tasks failed to start.`);
		expect(messages.indexOf(`(service web) rolling back to deployment ${original.id}.`)).toBeLessThan(
			messages.indexOf(`(service web) (deployment ${failingId}) deployment failed: tasks failed to start.`),
		);

		// Those that failed their checks, and those the rollback drained before they could.
		const stopped43 = tripped.stopped.filter(t => revision(t.taskDefinitionArn) === 'web:43');
		const unhealthy = stopped43.filter(t => t.stoppedReason === 'Task failed container health checks');
		expect(unhealthy.length).toBeGreaterThanOrEqual(3);
		for (const task of stopped43) {
			expect(task).toMatchObject({desiredStatus: 'STOPPED', stopCode: 'ServiceSchedulerInitiated'});
			expect(task.stoppingAt).toBeInstanceOf(Date);
			if (!unhealthy.includes(task)) expect(task.stoppedReason).toBe(`Scaling activity initiated by (deployment ${rollback?.id})`);
		}

		expect(unhealthy.every(t => t.healthStatus === 'UNHEALTHY')).toBe(true);

		const done = await stepUntil(completedAlone);
		expect(done.service.deployments?.[0]?.id).toBe(rollback?.id);
		expect(done.live.map(t => revision(t.taskDefinitionArn))).toEqual(Array(6).fill('web:41'));
		expect(done.stopped.filter(t => t.startedBy === failingId).every(t => t.lastStatus === 'STOPPED')).toBe(true);
	});

	it('keeps a task stopped with StopTask listable as STOPPED for an hour of simulated time, then forgets it', async () => {
		const [victim] = await listAll(http.client, {serviceName: 'web', desiredStatus: 'RUNNING'});
		const {task} = await http.client.send(new StopTaskCommand({cluster, task: victim, reason: 'Stopped by ecswatch test'}));
		expect(task).toMatchObject({taskArn: victim, desiredStatus: 'STOPPED', lastStatus: 'RUNNING', stopCode: 'UserInitiated', stoppedReason: 'Stopped by ecswatch test'});
		expect(task?.stoppingAt).toEqual(new Date(http.clock.now()));
		expect(task?.stoppedAt).toBeUndefined();
		expect((await listAll(http.client, {desiredStatus: 'RUNNING'})).includes(victim!)).toBe(false);

		const seen: string[] = [];
		const versions: number[] = [];
		const describe = async () => (await http.client.send(new DescribeTasksCommand({cluster, tasks: [victim!]})));
		for (;;) {
			const [described] = (await describe()).tasks ?? [];
			if (described?.lastStatus !== seen.at(-1)) versions.push(described?.version ?? 0);
			seen.push(described?.lastStatus ?? 'MISSING');
			if (described?.lastStatus === 'STOPPED') break;
			http.clock.advance(1000);
		}

		expect(transitions(seen)).toEqual(['RUNNING', 'DEACTIVATING', 'STOPPING', 'DEPROVISIONING', 'STOPPED']);
		expect(versions).toEqual([...versions].sort((a, b) => a - b));
		expect(new Set(versions).size).toBe(versions.length);
		expect(versions[0]).toBe(task?.version);
		const [stopped] = (await describe()).tasks ?? [];
		expect(stopped).toMatchObject({desiredStatus: 'STOPPED', stopCode: 'UserInitiated', stoppedReason: 'Stopped by ecswatch test'});
		expect(stopped?.containers?.every(c => c.lastStatus === 'STOPPED' && c.exitCode !== undefined)).toBe(true);
		const stoppedAt = stopped!.stoppedAt!.getTime();
		expect(stopped!.executionStoppedAt!.getTime()).toBeLessThanOrEqual(stoppedAt);

		http.clock.set(stoppedAt + 59 * 60_000);
		expect(await listAll(http.client, {desiredStatus: 'STOPPED'})).toContain(victim);
		expect((await describe()).tasks).toHaveLength(1);

		http.clock.set(stoppedAt + 61 * 60_000);
		expect(await listAll(http.client, {desiredStatus: 'STOPPED'})).not.toContain(victim);
		expect(await http.client.send(new ListTasksCommand({cluster, serviceName: 'web', desiredStatus: 'STOPPED'}))).not.toMatchObject({taskArns: expect.arrayContaining([victim])});
		expect(await describe()).toMatchObject({tasks: [], failures: [{arn: victim, reason: 'MISSING'}]});
	});
});
