import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {ManualClock} from '../../../source/simulator/engine/clock.js';
import {createWorld} from '../../../source/simulator/engine/create-world.js';
import type {WireRecord} from '../../../source/simulator/engine/world-api.js';
import {stepUntil, tasksOf} from './world-steps.js';

type Deployment = {id: string; status: string; taskDefinition: string; desiredCount: number; runningCount: number; pendingCount: number; failedTasks: number; rolloutState: string; rolloutStateReason: string};
type Container = {name: string; lastStatus: string; exitCode?: number; reason?: string};
type Brief = {serviceDeploymentArn: string; status: string; targetServiceRevisionArn: string};
type ServiceDeployment = Brief & {
	rollback?: {reason: string; startedAt: number; serviceRevisionArn: string};
	deploymentCircuitBreaker: {status: string; failureCount: number; threshold: number};
	lifecycleStage?: string;
	sourceServiceRevisions: Array<{arn: string; requestedTaskCount: number; runningTaskCount: number; pendingTaskCount: number}>;
	targetServiceRevision: {arn: string; requestedTaskCount: number; runningTaskCount: number; pendingTaskCount: number};
};

const revision = (arn: string): string => arn.slice(arn.lastIndexOf('/') + 1);
const transitions = <T>(states: T[]): T[] => states.filter((state, index) => state !== states[index - 1]);

function setup() {
	const clock = new ManualClock();
	const world = createWorld({clock});
	const service = (name = 'web'): WireRecord => world.describeService('demo', name)!;
	const deployments = (name = 'web'): Deployment[] => service(name)['deployments'] as Deployment[];
	const messages = (name = 'web'): string[] => (service(name)['events'] as Array<{message: string}>).map(e => e.message);
	const serviceDeployments = (name = 'web'): Brief[] => world.ecs.listServiceDeployments({cluster: 'demo', service: name})['serviceDeployments'] as Brief[];
	const describeDeployment = (arn: string): ServiceDeployment =>
		(world.ecs.describeServiceDeployments({serviceDeploymentArns: [arn]})['serviceDeployments'] as ServiceDeployment[])[0]!;
	return {clock, world, service, deployments, messages, serviceDeployments, describeDeployment};
}

describe('a circuit-breaker rollback (web:41 → web:43, whose tasks fail their health checks)', () => {
	it('lists the FAILED deployment while it drains, puts the last completed deployment back as PRIMARY with its tasks, and reports ROLLBACK_* statuses', () => {
		const {clock, world, deployments, messages, serviceDeployments, describeDeployment} = setup();
		const original = deployments()[0]!;
		const originalTasks = world.listTaskArns('demo', {serviceName: 'web'});
		const creation = serviceDeployments()[0]!;
		expect(creation.status).toBe('SUCCESSFUL');

		const updated = world.updateService('demo', 'web', {taskDefinition: 'web:43'});
		const [primary, active] = updated['deployments'] as Deployment[];
		expect(primary).toMatchObject({status: 'PRIMARY', desiredCount: 0, rolloutState: 'IN_PROGRESS'});
		expect(active).toMatchObject({id: original.id, status: 'ACTIVE', desiredCount: 6, runningCount: 6});
		const failingId = primary!.id;
		const [newest] = serviceDeployments();
		expect(newest).toMatchObject({status: 'PENDING'});
		expect(newest!.targetServiceRevisionArn).not.toBe(creation.targetServiceRevisionArn);

		const statuses: string[] = [];
		let sawDraining = false;
		let tripped: Deployment[] | undefined;
		stepUntil(clock, () => deployments().length === 1 && deployments()[0]?.rolloutState === 'COMPLETED', {
			maxMs: 15 * 60_000,
			stepMs: 250,
			each() {
				const now = deployments();
				statuses.push(describeDeployment(newest!.serviceDeploymentArn).status);
				// Never two lines of the same revision that both need rolling.
				const rolling = now.filter(d => d.rolloutState === 'IN_PROGRESS').map(d => revision(d.taskDefinition));
				expect(new Set(rolling).size).toBe(rolling.length);
				expect(new Set(now.map(d => d.taskDefinition)).size).toBe(now.length);
				// The healthy tasks of the revision rolled back to are never replaced.
				expect(originalTasks.every(arn => world.describeTask('demo', arn)?.['desiredStatus'] === 'RUNNING')).toBe(true);
				const failed = now.find(d => d.id === failingId && d.rolloutState === 'FAILED');
				if (failed) {
					tripped ??= now;
					expect(failed.status).toBe('ACTIVE');
					expect(failed.rolloutStateReason).toBe('ECS deployment circuit breaker: tasks failed to start.');
					const mine = tasksOf(world, {serviceName: 'web', desiredStatus: 'STOPPED'}).filter(t => t['startedBy'] === failingId);
					expect(mine.some(t => t['lastStatus'] !== 'STOPPED') || now.some(d => d.id === failingId && d.runningCount + d.pendingCount > 0)).toBe(true);
					sawDraining ||= mine.some(t => t['lastStatus'] !== 'STOPPED');
				} else if (tripped) {
					// Gone only once its last task has stopped.
					expect(tasksOf(world, {serviceName: 'web', desiredStatus: 'STOPPED'}).filter(t => t['startedBy'] === failingId).every(t => t['lastStatus'] === 'STOPPED')).toBe(true);
				}
			},
		});

		expect(sawDraining).toBe(true);
		const [rollback, failed] = tripped!;
		expect(rollback).toMatchObject({
			id: original.id,
			status: 'PRIMARY',
			rolloutState: 'IN_PROGRESS',
			rolloutStateReason: `ECS deployment circuit breaker: rolling back to deploymentId ${original.id}.`,
			desiredCount: 6,
			runningCount: 6,
		});
		expect(failed).toMatchObject({id: failingId, status: 'ACTIVE', rolloutState: 'FAILED'});
		expect(failed!.failedTasks).toBeGreaterThanOrEqual(3);
		expect(messages()).toContain(`(service web) (deployment ${failingId}) deployment failed: tasks failed to start.`);
		expect(messages()).toContain(`(service web) rolling back to deployment ${original.id}.`);

		expect(deployments()).toEqual([expect.objectContaining({id: original.id, rolloutState: 'COMPLETED', rolloutStateReason: `ECS deployment ${original.id} completed.`})]);
		expect(world.listTaskArns('demo', {serviceName: 'web'}).sort()).toEqual([...originalTasks].sort());
		expect(transitions(statuses)).toEqual(['PENDING', 'IN_PROGRESS', 'ROLLBACK_REQUESTED', 'ROLLBACK_IN_PROGRESS', 'ROLLBACK_SUCCESSFUL']);

		// No new service revision for the rollback: it names the one the service was created with.
		const done = describeDeployment(newest!.serviceDeploymentArn);
		expect(done.rollback).toEqual({reason: 'ECS deployment circuit breaker: tasks failed to start.', startedAt: expect.any(Number), serviceRevisionArn: creation.targetServiceRevisionArn});
		expect(done.deploymentCircuitBreaker).toMatchObject({status: 'TRIGGERED', threshold: 3});
		expect(done.deploymentCircuitBreaker.failureCount).toBeGreaterThanOrEqual(3);
		expect(done.sourceServiceRevisions.map(s => s.arn)).toEqual([creation.targetServiceRevisionArn]);
		expect(serviceDeployments().map(d => d.status)).toEqual(['ROLLBACK_SUCCESSFUL', 'SUCCESSFUL']);
		const revisions = world.ecs.describeServiceRevisions({serviceRevisionArns: [creation.targetServiceRevisionArn, newest!.targetServiceRevisionArn]})['serviceRevisions'] as Array<{taskDefinition: string}>;
		expect(revisions.map(r => revision(r.taskDefinition))).toEqual(['web:41', 'web:43']);
	});

	it('starts a deployment of the same service revision when the last completed one is no longer listed', () => {
		const {clock, world, deployments, serviceDeployments, describeDeployment} = setup();
		// minimumHealthyPercent 0: the old tasks stop at once, so the completed deployment is gone before the breaker trips.
		world.createService('demo', {
			serviceName: 'lab',
			taskDefinition: 'web:41',
			desiredCount: 2,
			launchType: 'FARGATE',
			deploymentConfiguration: {minimumHealthyPercent: 0, maximumPercent: 100, deploymentCircuitBreaker: {enable: true, rollback: true}},
		});
		stepUntil(clock, () => deployments('lab')[0]?.rolloutState === 'COMPLETED', {maxMs: 5 * 60_000});
		const good = deployments('lab')[0]!;
		const [creation] = serviceDeployments('lab');
		world.updateService('demo', 'lab', {taskDefinition: 'web:43'});
		world.updateService('demo', 'lab', {taskDefinition: 'web:44'});
		const [bad44, bad43] = serviceDeployments('lab');
		expect(describeDeployment(bad43!.serviceDeploymentArn)).toMatchObject({status: 'STOPPED', stoppedAt: expect.any(Number)});
		stepUntil(clock, () => deployments('lab').length === 1 && deployments('lab')[0]!.rolloutState !== 'COMPLETED', {maxMs: 60_000});
		stepUntil(clock, () => deployments('lab').some(d => d.rolloutState === 'FAILED'), {maxMs: 15 * 60_000});
		const [rollback, failed] = deployments('lab');
		expect(failed).toMatchObject({status: 'ACTIVE', rolloutState: 'FAILED', taskDefinition: expect.stringMatching(/web:44$/)});
		expect(rollback).toMatchObject({status: 'PRIMARY', rolloutState: 'IN_PROGRESS', rolloutStateReason: `ECS deployment circuit breaker: rolling back to deploymentId ${good.id}.`});
		expect(revision(rollback!.taskDefinition)).toBe('web:41');
		expect(rollback!.id).not.toBe(good.id);
		stepUntil(clock, () => deployments('lab').length === 1 && deployments('lab')[0]?.rolloutState === 'COMPLETED', {maxMs: 15 * 60_000});
		expect(deployments('lab')[0]?.id).toBe(rollback!.id);
		// Still the revision the service was created with: a rollback creates none.
		expect(describeDeployment(bad44!.serviceDeploymentArn)).toMatchObject({status: 'ROLLBACK_SUCCESSFUL', rollback: {serviceRevisionArn: creation!.targetServiceRevisionArn}});
		expect(serviceDeployments('lab')).toHaveLength(3);
	});
});

describe('a revision whose tasks pass their health checks, then crash (api:8)', () => {
	it('keeps failedTasks at 0 once a task ran healthily and never trips the breaker', () => {
		const {clock, world, deployments, messages, serviceDeployments} = setup();
		world.updateService('demo', 'api', {taskDefinition: 'api:8'});
		const crashed = () => tasksOf(world, {serviceName: 'api', desiredStatus: 'STOPPED'}).filter(t => t['stopCode'] === 'EssentialContainerExited');
		stepUntil(clock, () => crashed().length >= 8, {
			maxMs: 30 * 60_000,
			each() {
				expect(deployments('api').map(d => d.rolloutState)).not.toContain('FAILED');
			},
		});
		for (const task of crashed()) {
			expect(task['startedAt']).toBeDefined();
			expect((task['containers'] as Container[])[0]).toMatchObject({name: 'api', exitCode: 137, reason: 'OutOfMemoryError: Container killed due to memory usage'});
		}

		expect(deployments('api')[0]).toMatchObject({failedTasks: 0, taskDefinition: expect.stringMatching(/api:8$/)});
		expect(messages('api').some(m => m.includes('deployment failed'))).toBe(false);
		expect(serviceDeployments('api')[0]?.status).not.toMatch(/^ROLLBACK/);
	});
});

describe('a revision whose image cannot be pulled (web:44)', () => {
	const fixture = JSON.parse(readFileSync(new URL('../../fixtures/task-stopped-taskfailedtostart-cannotpull.placebo.json', import.meta.url), 'utf8')) as {data: {tasks: WireRecord[]}};
	const real = fixture.data.tasks[0]!;

	it('never starts its tasks: TaskFailedToStart with the fields of a real one, counted by the breaker, rolled back', () => {
		const {clock, world, deployments, messages} = setup();
		const original = deployments()[0]!;
		const updated = world.updateService('demo', 'web', {taskDefinition: 'web:44'});
		const failingId = (updated['deployments'] as Deployment[])[0]!.id;
		const seen = new Map<string, string[]>();
		const failedOf = () => tasksOf(world, {serviceName: 'web', desiredStatus: 'STOPPED'}).filter(t => t['startedBy'] === failingId && t['lastStatus'] === 'STOPPED');
		stepUntil(clock, () => failedOf().length > 0, {
			maxMs: 10 * 60_000,
			each() {
				for (const task of [...tasksOf(world, {serviceName: 'web'}), ...tasksOf(world, {serviceName: 'web', desiredStatus: 'STOPPED'})]) {
					if (task['startedBy'] !== failingId) continue;
					const states = seen.get(task['taskArn'] as string) ?? [];
					states.push(task['lastStatus'] as string);
					seen.set(task['taskArn'] as string, states);
				}
			},
		});
		const task = failedOf()[0]!;
		expect(transitions(seen.get(task['taskArn'] as string)!)).toEqual(['PROVISIONING', 'PENDING', 'DEPROVISIONING', 'STOPPED']);
		expect(task).toMatchObject({
			desiredStatus: 'STOPPED',
			stopCode: real['stopCode'],
			stoppedReason: real['stoppedReason'],
			connectivity: real['connectivity'],
			version: real['version'],
			healthStatus: 'UNKNOWN',
		});
		for (const key of ['connectivityAt', 'pullStartedAt', 'pullStoppedAt', 'stoppingAt', 'executionStoppedAt', 'stoppedAt']) {
			expect(real[key], key).toBeDefined();
			expect(task[key], key).toEqual(expect.any(Number));
		}

		for (const key of ['startedAt']) {
			expect(real[key], key).toBeUndefined();
			expect(task[key], key).toBeUndefined();
		}

		expect(task['pullStoppedAt']).toBe(task['stoppingAt']);
		expect(task['executionStoppedAt']).toBe(task['stoppingAt']);
		const [app, envoy] = task['containers'] as Container[];
		expect(app?.reason).toMatch(/^CannotPullContainerError: .*public\.ecr\.aws\/ecswatch\/web:1\.44\.0.*\n$/u);
		expect((real['containers'] as Container[])[0]?.reason).toMatch(/^CannotPullContainerError: .*\n$/u);
		expect([app, envoy].every(c => c?.lastStatus === 'STOPPED' && c.exitCode === undefined)).toBe(true);

		stepUntil(clock, () => deployments().some(d => d.rolloutState === 'FAILED'), {maxMs: 10 * 60_000});
		expect(deployments().find(d => d.id === failingId)).toMatchObject({status: 'ACTIVE', rolloutState: 'FAILED', runningCount: 0});
		expect(deployments().find(d => d.id === failingId)!.failedTasks).toBeGreaterThanOrEqual(3);
		expect(deployments()[0]).toMatchObject({id: original.id, status: 'PRIMARY', runningCount: 6});
		expect(messages()).toContain(`(service web) (deployment ${failingId}) deployment failed: tasks failed to start.`);
		stepUntil(clock, () => deployments().length === 1 && deployments()[0]?.rolloutState === 'COMPLETED', {maxMs: 10 * 60_000});
		expect(deployments()[0]?.id).toBe(original.id);
	});
});

describe('an EC2 service in a cluster without container instances', () => {
	it('says it was unable to place a task, in ECS wording, and starts none', () => {
		const {clock, world} = setup();
		world.createService('staging', {serviceName: 'ec2-app', taskDefinition: 'worker:12', desiredCount: 1, launchType: 'EC2'});
		clock.advance(5000);
		const service = world.describeService('staging', 'ec2-app')!;
		expect((service['events'] as Array<{message: string}>).map(e => e.message)).toContain(
			'(service ec2-app) was unable to place a task because no container instance met all of its requirements. Reason: No Container Instances were found in your cluster. For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.',
		);
		expect(service).toMatchObject({desiredCount: 1, runningCount: 0, pendingCount: 0});
		expect(world.listTaskArns('staging', {serviceName: 'ec2-app'})).toEqual([]);
	});
});

describe('an unhealthy task', () => {
	it('is replaced first ("Amazon ECS replaced 1 tasks due to an unhealthy status."), then stopped', () => {
		const {clock, world, messages} = setup();
		world.createService('demo', {serviceName: 'canary', taskDefinition: 'web:43', desiredCount: 1, launchType: 'FARGATE'});
		const replaced = /^\(service canary\) has started 1 tasks: \(task ([\da-f]{32})\)\. Amazon ECS replaced 1 tasks due to an unhealthy status\.$/u;
		stepUntil(clock, () => messages('canary').some(m => replaced.test(m)), {maxMs: 10 * 60_000});
		const live = tasksOf(world, {serviceName: 'canary'});
		const replacement = replaced.exec(messages('canary').find(m => replaced.test(m))!)![1]!;
		const unhealthy = live.find(t => !(t['taskArn'] as string).endsWith(replacement))!;
		expect(unhealthy).toMatchObject({lastStatus: 'RUNNING', desiredStatus: 'RUNNING', healthStatus: 'UNHEALTHY'});
		expect(live.map(t => (t['taskArn'] as string).endsWith(replacement))).toContain(true);

		stepUntil(clock, () => world.describeTask('demo', unhealthy['taskArn'] as string)?.['desiredStatus'] === 'STOPPED', {maxMs: 10 * 60_000});
		const stopped = world.describeTask('demo', unhealthy['taskArn'] as string)!;
		expect(stopped).toMatchObject({stopCode: 'ServiceSchedulerInitiated', stoppedReason: 'Task failed container health checks'});
		const started = world.describeTask('demo', replacement)!;
		expect(started['createdAt'] as number).toBeLessThan(stopped['stoppingAt'] as number);
	});
});

describe('a new PRIMARY deployment', () => {
	it('starts at desiredCount 0 and rises as the scheduler starts its tasks, while the old one keeps its count', () => {
		const {clock, world, deployments} = setup();
		const updated = world.updateService('demo', 'worker', {taskDefinition: 'worker:12', forceNewDeployment: true});
		const [primary, active] = updated['deployments'] as Deployment[];
		expect(primary).toMatchObject({status: 'PRIMARY', desiredCount: 0});
		expect(active).toMatchObject({status: 'ACTIVE', desiredCount: 3});
		const counts: number[] = [];
		stepUntil(clock, () => deployments('worker').length === 1 && deployments('worker')[0]?.rolloutState === 'COMPLETED', {
			maxMs: 10 * 60_000,
			each() {
				const [now, old] = deployments('worker');
				counts.push(now!.desiredCount);
				if (old) expect(old.desiredCount).toBe(3);
			},
		});
		expect(transitions(counts)).toEqual([0, 1, 2, 3]);
	});
});

describe('task versions', () => {
	it('rise once per lastStatus change and once when the health checks pass, as in real responses (RUNNING HEALTHY at 4)', () => {
		const {clock, world} = setup();
		const before = new Set(world.listTaskArns('demo', {serviceName: 'web'}));
		world.updateService('demo', 'web', {desiredCount: 7});
		stepUntil(clock, () => world.listTaskArns('demo', {serviceName: 'web'}).length === 7, {maxMs: 10_000});
		const arn = world.listTaskArns('demo', {serviceName: 'web'}).find(a => !before.has(a))!;
		const seen: Array<[string, string, number]> = [];
		stepUntil(clock, () => world.describeTask('demo', arn)?.['healthStatus'] === 'HEALTHY', {
			maxMs: 5 * 60_000,
			each() {
				const task = world.describeTask('demo', arn)!;
				seen.push([task['lastStatus'] as string, task['healthStatus'] as string, task['version'] as number]);
			},
		});
		const distinct = seen.filter((entry, index) => index === 0 || entry[2] !== seen[index - 1]![2]);
		expect(distinct.map(([status, health, version]) => `${status} ${health} ${version}`)).toEqual(['PROVISIONING UNKNOWN 1', 'PENDING UNKNOWN 2', 'RUNNING UNKNOWN 3', 'RUNNING HEALTHY 4']);
	});
});
