import {describe, expect, it} from 'vitest';
import {deploymentViews} from '../../source/model/deployment-view.js';
import {rolloutState} from '../../source/model/rollout-state.js';
import type {ServiceRow} from '../../source/model/service-row.js';
import type {TaskTarget} from '../../source/model/targets/task-target.js';
import type {TaskRow} from '../../source/model/task-row.js';
import {rolloutSentenceText} from '../../source/output/rollout-sentence.js';
import {makeDeployment, makeServiceRow} from '../helpers/service-row.js';
import {makeTarget, makeTaskRow} from '../helpers/task-row.js';

const TD = 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:';
const TG = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef';
const NOW = Date.parse('2026-12-01T12:00:00Z');
const balancer = {targetGroupArn: TG, loadBalancerName: null, containerName: 'app', containerPort: 80};

const web = (overrides: Partial<ServiceRow> = {}) => makeServiceRow({desiredCount: 3, runningCount: 3, loadBalancers: [balancer], ...overrides});
const newDeployment = (overrides: Parameters<typeof makeDeployment>[0] = {}) => makeDeployment({id: 'ecs-svc/new', taskDefinition: `${TD}42`, rolloutState: 'IN_PROGRESS', desiredCount: 3, runningCount: 3, ...overrides});
const oldDeployment = (overrides: Parameters<typeof makeDeployment>[0] = {}) => makeDeployment({id: 'ecs-svc/old', status: 'ACTIVE', taskDefinition: `${TD}41`, rolloutState: 'COMPLETED', desiredCount: 0, runningCount: 0, ...overrides});

/** Tasks of a deployment, RUNNING and HEALTHY, each with one target in `state` (no targets when `states` is undefined). */
function tasksOf(deployment: string, revision: number, states: ReadonlyArray<Partial<TaskTarget>> | undefined, overrides: Partial<TaskRow> = {}): TaskRow[] {
	const count = states?.length ?? 3;
	return Array.from({length: count}, (_, index) => makeTaskRow({
		service: 'web', startedBy: deployment, taskDefinition: `web:${revision}`, lastStatus: 'RUNNING', desiredStatus: 'RUNNING', healthStatus: 'HEALTHY',
		...(states === undefined ? {} : {targets: [makeTarget({targetId: `10.0.${revision}.${index}`, ...states[index]})]}),
		...overrides,
	}));
}

const initial = {state: 'initial', reason: 'Elb.RegistrationInProgress'};
const healthy = {state: 'healthy'};
const draining = (endsAt: string | null) => ({state: 'draining', reason: 'Target.DeregistrationInProgress', drainingEndsAt: endsAt});
const leaving = {lastStatus: 'DEACTIVATING', desiredStatus: 'STOPPED'} as const;

describe('rolloutState behind a load balancer', () => {
	it('counts a new task healthy only once its targets are: initial → healthy', () => {
		const service = web({deployments: [newDeployment(), oldDeployment({desiredCount: 3, runningCount: 3})]});
		const old = tasksOf('ecs-svc/old', 41, [healthy, healthy, healthy]);
		const registering = rolloutState(service, [...tasksOf('ecs-svc/new', 42, [initial, initial, initial]), ...old]);
		expect(registering).toMatchObject({kind: 'deploying', target: 'web:42', healthy: 0, running: 3, desired: 3});
		const halfway = rolloutState(service, [...tasksOf('ecs-svc/new', 42, [healthy, healthy, initial]), ...old]);
		expect(halfway).toMatchObject({kind: 'deploying', healthy: 2});
		expect(rolloutSentenceText(halfway)).toBe('deploying web:42 → 2/3 healthy, 0 pending, 0 failed');
	});

	it('does not count a task registered in one target group and initial in another', () => {
		const service = web({loadBalancers: [balancer, {...balancer, targetGroupArn: `${TG}2`}], deployments: [newDeployment(), oldDeployment()]});
		const tasks = tasksOf('ecs-svc/new', 42, [healthy, healthy, healthy]).map((task, index) => ({
			...task, targets: [...task.targets!, makeTarget({targetGroupArn: `${TG}2`, state: index === 0 ? 'initial' : 'healthy'})],
		}));
		expect(rolloutState(service, tasks)).toMatchObject({kind: 'deploying', healthy: 2});
		expect(deploymentViews(service, tasks)[0]?.targets).toEqual({tasks: 3, healthy: 2, unhealthy: 0, draining: 0});
	});

	it('is not steady while the old revision drains, then steady once its targets are gone', () => {
		const service = web({deployments: [newDeployment({rolloutState: 'COMPLETED'})]});
		const fresh = tasksOf('ecs-svc/new', 42, [healthy, healthy, healthy]);
		const drainingOld = tasksOf('ecs-svc/old', 41, [draining('2026-12-01T12:00:35Z'), draining('2026-12-01T12:00:20Z')], leaving);
		const state = rolloutState(service, [...fresh, ...drainingOld]);
		expect(state).toEqual({
			kind: 'deploying', target: 'web:42', from: 'web:41', healthy: 3, running: 3, desired: 3, pending: 0, failed: 0,
			draining: {taskDefinition: 'web:41', targets: 2, endsAt: '2026-12-01T12:00:35.000Z'},
		});
		expect(rolloutSentenceText(state, NOW)).toBe('deploying web:42 → 3/3 healthy, draining web:41 (2 targets, ≈40s)');
		expect(rolloutSentenceText(state)).toBe('deploying web:42 → 3/3 healthy, draining web:41 (2 targets)');
		const gone = tasksOf('ecs-svc/old', 41, [], {lastStatus: 'STOPPED', desiredStatus: 'STOPPED'});
		expect(rolloutState(service, [...fresh, ...gone])).toEqual({kind: 'steady'});
	});

	it('adds the draining to a rollout still in progress, and leaves out the time when ELB did not tell it', () => {
		const service = web({deployments: [newDeployment({runningCount: 2, pendingCount: 1}), oldDeployment({runningCount: 1, desiredCount: 1})]});
		const tasks = [...tasksOf('ecs-svc/new', 42, [healthy, initial]), ...tasksOf('ecs-svc/old', 41, [draining(null)], leaving)];
		const state = rolloutState(service, tasks);
		expect(state).toMatchObject({kind: 'deploying', healthy: 1, draining: {taskDefinition: 'web:41', targets: 1, endsAt: null}});
		expect(rolloutSentenceText(state, NOW)).toBe('deploying web:42 → 1/3 healthy, 1 pending, 0 failed, draining web:41 (1 target)');
	});

	it('keeps counting none healthy while the bad revision fails its target health checks', () => {
		const failing = {state: 'unhealthy', reason: 'Target.ResponseCodeMismatch', description: 'Health checks failed with these codes: [500]'};
		const service = web({deployments: [newDeployment(), oldDeployment({desiredCount: 3, runningCount: 3})]});
		const tasks = [...tasksOf('ecs-svc/new', 42, [failing, failing, failing]), ...tasksOf('ecs-svc/old', 41, [healthy, healthy, healthy])];
		// ECS's container health check passes; the load balancer's does not.
		expect(rolloutState(service, tasks)).toMatchObject({kind: 'deploying', healthy: 0, running: 3});
		expect(deploymentViews(service, tasks).map(view => view.targets)).toEqual([
			{tasks: 3, healthy: 0, unhealthy: 3, draining: 0},
			{tasks: 3, healthy: 3, unhealthy: 0, draining: 0},
		]);
	});

	it('names the failed revision that drains while a rollback proceeds', () => {
		const service = web({deployments: [
			newDeployment({id: 'ecs-svc/back', taskDefinition: `${TD}41`, rolloutStateReason: 'ECS deployment detected rollback.'}),
			makeDeployment({id: 'ecs-svc/bad', status: 'ACTIVE', taskDefinition: `${TD}42`, rolloutState: 'FAILED', desiredCount: 0, runningCount: 0}),
		]});
		const tasks = [...tasksOf('ecs-svc/back', 41, [healthy, healthy, healthy]), ...tasksOf('ecs-svc/bad', 42, [draining(null)], leaving)];
		expect(rolloutState(service, tasks)).toMatchObject({kind: 'rolling-back', target: 'web:41', draining: {taskDefinition: 'web:42', targets: 1}});
	});

	it('stays steady when a task of the current deployment drains after a scale-in', () => {
		const service = web({desiredCount: 2, runningCount: 2, deployments: [newDeployment({rolloutState: 'COMPLETED', desiredCount: 2, runningCount: 2})]});
		const tasks = [...tasksOf('ecs-svc/new', 42, [healthy, healthy]), ...tasksOf('ecs-svc/new', 42, [draining(null)], leaving)];
		expect(rolloutState(service, tasks)).toEqual({kind: 'steady'});
	});

	it('without targets on any task (not read) reads exactly as a service without a load balancer', () => {
		const deployments = [newDeployment({runningCount: 2, pendingCount: 1}), oldDeployment({desiredCount: 1, runningCount: 1})];
		const tasks = [...tasksOf('ecs-svc/new', 42, undefined), ...tasksOf('ecs-svc/old', 41, undefined, leaving)];
		const behind = rolloutState(web({deployments}), tasks);
		expect(behind).toEqual(rolloutState(web({deployments, loadBalancers: []}), tasks));
		expect(behind).toEqual({kind: 'deploying', target: 'web:42', from: 'web:41', healthy: 3, running: 2, desired: 3, pending: 1, failed: 0});
		expect(deploymentViews(web({deployments}), tasks).map(view => view.targets)).toEqual([undefined, undefined]);
		// Targets on the tasks of a service without target groups are not the rollout's business.
		const stray = tasksOf('ecs-svc/new', 42, [initial, initial, initial]);
		expect(rolloutState(web({deployments, loadBalancers: []}), stray)).toMatchObject({healthy: 3});
	});
});
