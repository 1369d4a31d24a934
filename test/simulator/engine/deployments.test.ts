import {describe, expect, it} from 'vitest';
import {ManualClock} from '../../../source/simulator/engine/clock.js';
import {createWorld} from '../../../source/simulator/engine/create-world.js';
import type {WireRecord} from '../../../source/simulator/engine/world-api.js';
import {stepUntil, tasksOf} from './world-steps.js';

type Deployment = {id: string; status: string; taskDefinition: string; desiredCount: number; runningCount: number; failedTasks: number; rolloutState: string; rolloutStateReason: string};
type Event = {message: string; createdAt: number};

function setup() {
	const clock = new ManualClock();
	const world = createWorld({clock});
	const service = (): WireRecord => world.describeService('demo', 'web')!;
	const deployments = (): Deployment[] => service()['deployments'] as Deployment[];
	const messages = (): string[] => (service()['events'] as Event[]).map(e => e.message);
	/** The service's tasks not on their way out, and those of them serving (RUNNING and HEALTHY). */
	const counts = () => {
		const live = tasksOf(world, {serviceName: 'web'});
		return {live: live.length, healthy: live.filter(t => t['lastStatus'] === 'RUNNING' && t['healthStatus'] === 'HEALTHY').length};
	};

	return {clock, world, service, deployments, messages, counts};
}

describe('the web service', () => {
	it('starts steady: one COMPLETED deployment, six healthy tasks, a steady-state event', () => {
		const {service, deployments, messages, counts} = setup();
		expect(service()).toMatchObject({status: 'ACTIVE', desiredCount: 6, runningCount: 6, pendingCount: 0, launchType: 'FARGATE', schedulingStrategy: 'REPLICA'});
		expect(service()['capacityProviderStrategy']).toBeUndefined();
		expect(deployments()).toHaveLength(1);
		expect(deployments()[0]).toMatchObject({status: 'PRIMARY', rolloutState: 'COMPLETED', runningCount: 6});
		expect(deployments()[0]?.id).toMatch(/^ecs-svc\/\d{19}$/);
		expect(messages()[0]).toBe('(service web) has reached a steady state.');
		expect(counts()).toEqual({live: 6, healthy: 6});
	});

	it('rolls out web:42 within 100%/200%, then completes with one deployment', () => {
		const {clock, world, service, deployments, messages, counts} = setup();
		const updated = world.updateService('demo', 'web', {taskDefinition: 'web:42'});
		const [primary, active] = updated['deployments'] as Deployment[];
		expect(primary).toMatchObject({status: 'PRIMARY', rolloutState: 'IN_PROGRESS', taskDefinition: expect.stringMatching(/web:42$/)});
		expect(active).toMatchObject({status: 'ACTIVE', rolloutState: 'COMPLETED', taskDefinition: expect.stringMatching(/web:41$/)});

		let maxLive = 0;
		let minHealthy = Infinity;
		stepUntil(clock, () => deployments().length === 1 && deployments()[0]?.rolloutState === 'COMPLETED', {
			maxMs: 15 * 60_000,
			each() {
				const {live, healthy} = counts();
				maxLive = Math.max(maxLive, live);
				minHealthy = Math.min(minHealthy, healthy);
			},
		});
		expect(maxLive).toBeGreaterThan(6);
		expect(maxLive).toBeLessThanOrEqual(12);
		expect(minHealthy).toBeGreaterThanOrEqual(6);
		expect(service()['taskDefinition']).toMatch(/web:42$/);
		const tasks = tasksOf(world, {serviceName: 'web'});
		expect(tasks.map(t => t['taskDefinitionArn'])).toEqual(Array(6).fill(expect.stringMatching(/web:42$/)));
		expect(tasks.every(t => t['startedBy'] === primary?.id && t['group'] === 'service:web')).toBe(true);
		stepUntil(clock, () => messages()[0] === '(service web) has reached a steady state.', {maxMs: 60_000});
		expect(messages()).toContain(`(service web) (deployment ${primary!.id}) deployment completed.`);
		expect(messages().some(m => /^\(service web\) has started 6 tasks: (\(task [\da-f]{32}\) ?){6}\.$/.test(m))).toBe(true);
		expect(messages().some(m => m.startsWith('(service web) has stopped ') && m.includes(' running tasks: (task '))).toBe(true);
		const drained = tasksOf(world, {serviceName: 'web', desiredStatus: 'STOPPED'});
		expect(drained).toHaveLength(6);
		expect(drained[0]).toMatchObject({stopCode: 'ServiceSchedulerInitiated', stoppedReason: `Scaling activity initiated by (deployment ${primary!.id})`});
	});

	it('trips the circuit breaker on web:43 failing its health checks and rolls back to web:41', () => {
		const {clock, world, deployments, messages, counts} = setup();
		const original = deployments()[0]!;
		world.updateService('demo', 'web', {taskDefinition: 'web:43'});
		const failing = deployments()[0]!;
		let minHealthy = Infinity;
		stepUntil(clock, () => deployments().some(d => d.rolloutState === 'FAILED'), {
			maxMs: 15 * 60_000,
			each: () => (minHealthy = Math.min(minHealthy, counts().healthy)),
		});
		const failed = deployments().find(d => d.id === failing.id)!;
		expect(failed).toMatchObject({status: 'ACTIVE', rolloutState: 'FAILED'});
		expect(failed.failedTasks).toBeGreaterThanOrEqual(3);
		expect(failed.rolloutStateReason).toBe('ECS deployment circuit breaker: tasks failed to start.');
		// No new deployment: the last completed one is PRIMARY again (service-revision.html).
		const rollback = deployments()[0]!;
		expect(rollback).toMatchObject({id: original.id, status: 'PRIMARY', rolloutState: 'IN_PROGRESS', taskDefinition: expect.stringMatching(/web:41$/)});
		expect(messages()).toContain(`(service web) (deployment ${failing.id}) deployment failed: tasks failed to start.`);
		expect(messages()).toContain(`(service web) rolling back to deployment ${original.id}.`);
		const unhealthy = tasksOf(world, {serviceName: 'web', desiredStatus: 'STOPPED'}).filter(t => (t['taskDefinitionArn'] as string).endsWith('web:43'));
		expect(unhealthy.some(t => t['stoppedReason'] === 'Task failed container health checks' && t['stopCode'] === 'ServiceSchedulerInitiated')).toBe(true);
		expect(messages().some(m => /^\(service web\) \(task [\da-f]{32}\) failed container health checks\.$/.test(m))).toBe(true);

		stepUntil(clock, () => deployments().length === 1 && deployments()[0]?.rolloutState === 'COMPLETED', {
			maxMs: 15 * 60_000,
			each: () => (minHealthy = Math.min(minHealthy, counts().healthy)),
		});
		expect(minHealthy).toBeGreaterThanOrEqual(6);
		expect(deployments()[0]?.id).toBe(rollback.id);
		expect(tasksOf(world, {serviceName: 'web'}).map(t => t['taskDefinitionArn'])).toEqual(Array(6).fill(expect.stringMatching(/web:41$/)));
	});

	it('replaces a task stopped by the user', () => {
		const {clock, world, messages, counts} = setup();
		const [victim] = world.listTaskArns('demo', {serviceName: 'web'});
		world.stopTask('demo', victim!, 'testing');
		stepUntil(clock, () => counts().healthy === 6 && counts().live === 6 && messages()[0] === '(service web) has reached a steady state.', {maxMs: 5 * 60_000});
		expect(messages()).toContainEqual(expect.stringMatching(/^\(service web\) has started 1 tasks: \(task [\da-f]{32}\)\.$/));
	});

	it('scales to a new desired count without a new deployment', () => {
		const {clock, world, service, deployments, counts} = setup();
		const before = deployments()[0]!.id;
		world.updateService('demo', 'web', {desiredCount: 2});
		stepUntil(clock, () => counts().live === 2 && service()['runningCount'] === 2, {maxMs: 5 * 60_000});
		expect(deployments().map(d => d.id)).toEqual([before]);
		world.updateService('demo', 'web', {desiredCount: 4});
		stepUntil(clock, () => counts().healthy === 4, {maxMs: 5 * 60_000});
		expect(service()).toMatchObject({desiredCount: 4, runningCount: 4});
	});

	it('stops surplus tasks still starting first, counting them as pending tasks in its event', () => {
		const {clock, world, messages, counts} = setup();
		world.updateService('demo', 'web', {desiredCount: 8});
		stepUntil(clock, () => counts().live === 8, {maxMs: 10_000});
		world.updateService('demo', 'web', {desiredCount: 6});
		stepUntil(clock, () => counts().live === 6, {maxMs: 10_000});
		expect(messages()[0]).toBe('(service web) stopped 2 pending tasks.');
		expect(counts()).toEqual({live: 6, healthy: 6});
		const stopped = tasksOf(world, {serviceName: 'web', desiredStatus: 'STOPPED'});
		expect(stopped.map(t => t['lastStatus'])).not.toContain('RUNNING');
		expect(stopped.every(t => t['startedAt'] === undefined)).toBe(true);
	});

	it('answers ECS errors for bad updates', () => {
		const {world} = setup();
		expect(() => world.updateService('demo', 'nope', {desiredCount: 1})).toThrow(expect.objectContaining({name: 'ServiceNotFoundException'}));
		expect(() => world.updateService('nope', 'web', {desiredCount: 1})).toThrow(expect.objectContaining({name: 'ClusterNotFoundException'}));
		expect(() => world.updateService('demo', 'web', {taskDefinition: 'web:99'})).toThrow(expect.objectContaining({name: 'InvalidParameterException'}));
		expect(() => world.updateService('demo', 'web', {desiredCount: -1})).toThrow(expect.objectContaining({name: 'InvalidParameterException'}));
	});
});

describe('the api service', () => {
	it('runs on FARGATE and FARGATE_SPOT through its capacity provider strategy', () => {
		const {world} = setup();
		const service = world.describeService('demo', 'api')!;
		expect(service['launchType']).toBeUndefined();
		expect(service['capacityProviderStrategy']).toEqual([{capacityProvider: 'FARGATE', weight: 1, base: 1}, {capacityProvider: 'FARGATE_SPOT', weight: 3, base: 0}]);
		const tasks = tasksOf(world, {serviceName: 'api'});
		expect(tasks.every(t => t['launchType'] === 'FARGATE')).toBe(true);
		expect(tasks.map(t => t['capacityProviderName']).sort()).toEqual(['FARGATE', 'FARGATE_SPOT', 'FARGATE_SPOT', 'FARGATE_SPOT']);
	});

	it('stops OOM-killed tasks of a crashing revision with EssentialContainerExited, without counting them once a task ran healthily', () => {
		const {clock, world} = setup();
		world.updateService('demo', 'api', {taskDefinition: 'api:8'});
		const crashed = () => tasksOf(world, {serviceName: 'api', desiredStatus: 'STOPPED'}).filter(t => t['stopCode'] === 'EssentialContainerExited');
		stepUntil(clock, () => crashed().length > 0, {maxMs: 5 * 60_000});
		const task = crashed()[0]!;
		expect(task).toMatchObject({stopCode: 'EssentialContainerExited', stoppedReason: 'Essential container in task exited'});
		expect((task['containers'] as Array<{name: string; exitCode?: number; reason?: string}>)[0]).toMatchObject({
			name: 'api',
			exitCode: 137,
			reason: 'OutOfMemoryError: Container killed due to memory usage',
		});
		const deployments = world.describeService('demo', 'api')!['deployments'] as Deployment[];
		expect(deployments[0]?.failedTasks).toBe(0);
	});
});

describe('the worker service', () => {
	it('runs EC2 bridge-mode tasks with dynamic host ports and no ENI, one per container instance', () => {
		const {world} = setup();
		const tasks = tasksOf(world, {serviceName: 'worker'});
		const instances = world.containerInstanceArns('demo');
		expect(tasks).toHaveLength(3);
		expect(tasks.map(t => t['containerInstanceArn']).sort()).toEqual([...instances].sort());
		const zones = new Map(world.subnets('demo').map((s, index) => [instances[index], s.availabilityZone]));
		for (const task of tasks) {
			expect(task).toMatchObject({launchType: 'EC2', attachments: []});
			expect(task['availabilityZone']).toBe(zones.get(task['containerInstanceArn'] as string));
			const [container] = task['containers'] as Array<{networkBindings: Array<{hostPort: number}>; networkInterfaces: unknown[]}>;
			expect(container?.networkInterfaces).toEqual([]);
			expect(container?.networkBindings).toEqual([{bindIP: '0.0.0.0', containerPort: 8080, hostPort: expect.any(Number), protocol: 'tcp'}]);
			expect(container?.networkBindings[0]?.hostPort).toBeGreaterThanOrEqual(32_768);
		}
	});
});
