import {describe, expect, it} from 'vitest';
import {rolloutPhase, rolloutState, type RolloutState} from '../../source/model/rollout-state.js';
import type {TaskRow} from '../../source/model/task-row.js';
import {toServiceRow} from '../../source/model/to-service-row.js';
import {loadDescribeServices} from '../helpers/fixtures.js';
import {makeDeployment, makeServiceRow} from '../helpers/service-row.js';
import {makeTaskRow} from '../helpers/task-row.js';

const TD = 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:';
const tasksOf = (deployment: string, count: number, overrides: Partial<TaskRow> = {}) =>
	Array.from({length: count}, () => makeTaskRow({service: 'web', startedBy: deployment, lastStatus: 'RUNNING', desiredStatus: 'RUNNING', ...overrides}));
const primary = (overrides: Parameters<typeof makeDeployment>[0] = {}) => makeDeployment({id: 'ecs-svc/new', taskDefinition: `${TD}42`, desiredCount: 6, runningCount: 6, pendingCount: 0, failedTasks: 0, ...overrides});
const old = (overrides: Parameters<typeof makeDeployment>[0] = {}) => makeDeployment({id: 'ecs-svc/old', status: 'ACTIVE', taskDefinition: `${TD}41`, ...overrides});
const event = (id: string, message: string) => ({id, createdAt: null, message});

describe('rolloutState', () => {
	it('is steady with one completed deployment at its desired count', () => {
		expect(rolloutState(makeServiceRow({deployments: [primary({rolloutState: 'COMPLETED'})]}), [])).toEqual({kind: 'steady'});
		expect(rolloutState(makeServiceRow({deployments: [primary()]}), [])).toEqual({kind: 'steady'});
	});

	it('is scaling when the one completed deployment is not at its desired count', () => {
		const service = makeServiceRow({deployments: [primary({rolloutState: 'COMPLETED', runningCount: 4})]});
		expect(rolloutState(service, [])).toEqual({kind: 'scaling', from: 4, to: 6});
	});

	it('falls back to the service counts without deployments', () => {
		expect(rolloutState(makeServiceRow({desiredCount: 2, runningCount: 2}), [])).toEqual({kind: 'steady'});
		expect(rolloutState(makeServiceRow({desiredCount: 2, runningCount: 1}), null)).toEqual({kind: 'scaling', from: 1, to: 2});
	});

	it('counts the PRIMARY while it is in progress', () => {
		const service = makeServiceRow({deployments: [primary({rolloutState: 'IN_PROGRESS', runningCount: 4, pendingCount: 2}), old({rolloutState: 'COMPLETED'})]});
		const tasks = [...tasksOf('ecs-svc/new', 3, {healthStatus: 'HEALTHY'}), ...tasksOf('ecs-svc/new', 1, {healthStatus: 'UNKNOWN'})];
		expect(rolloutState(service, tasks)).toEqual({kind: 'deploying', target: 'web:42', from: null, healthy: 3, running: 4, desired: 6, pending: 2, failed: 0});
	});

	it('takes counts from the deployments, health unknown, without tasks', () => {
		const service = makeServiceRow({deployments: [primary({rolloutState: 'IN_PROGRESS', runningCount: 4, pendingCount: 2, failedTasks: 1}), old({rolloutState: 'COMPLETED'})]});
		expect(rolloutState(service, null)).toEqual({kind: 'deploying', target: 'web:42', from: null, healthy: null, running: 4, desired: 6, pending: 2, failed: 1});
	});

	it('names the deployment by id when it has no task definition', () => {
		const service = makeServiceRow({deployments: [primary({taskDefinition: null, rolloutState: 'IN_PROGRESS'}), old()]});
		expect(rolloutState(service, [])).toMatchObject({kind: 'deploying', target: 'ecs-svc/new', from: null});
	});

	it('reads the real rolling deployment fixture', () => {
		const [raw] = loadDescribeServices('service-rolling-deploy-primary-in-progress-active-completed.placebo.json').services ?? [];
		const service = toServiceRow(raw ?? {});
		expect(rolloutState(service, [])).toEqual({kind: 'deploying', target: 'dev-redash-server:77', from: null, healthy: 0, running: 0, desired: 0, pending: 0, failed: 0});
	});

	it('is failed, with its reason, when there is no rollback', () => {
		const reason = 'ECS deployment circuit breaker: tasks failed to start.';
		const service = makeServiceRow({deployments: [primary({rolloutState: 'FAILED', failedTasks: 3, rolloutStateReason: reason}), old()]});
		expect(rolloutState(service, [])).toEqual({kind: 'failed', target: 'web:42', reason});
		expect(rolloutState(makeServiceRow({deployments: [primary({rolloutState: 'FAILED'})]}), null)).toEqual({kind: 'failed', target: 'web:42', reason: null});
	});

	it('is rolling back while the rollback deployment is in progress', () => {
		const service = makeServiceRow({deployments: [
			makeDeployment({id: 'ecs-svc/rb', taskDefinition: `${TD}41`, rolloutState: 'IN_PROGRESS', desiredCount: 6, runningCount: 3, rolloutStateReason: 'ECS deployment ecs-svc/rb in progress.'}),
			old({id: 'ecs-svc/bad', taskDefinition: `${TD}42`, rolloutState: 'FAILED', rolloutStateReason: 'ECS deployment circuit breaker: tasks failed to start.'}),
		]});
		expect(rolloutState(service, tasksOf('ecs-svc/rb', 2))).toEqual({kind: 'rolling-back', target: 'web:41', from: null, healthy: 2, running: 3, desired: 6, pending: 0, failed: 0});
		expect(rolloutState(service, null)).toMatchObject({kind: 'rolling-back', healthy: null, running: 3});
	});

	it('is rolled back once the rollback completed, or when only its reason says so', () => {
		const service = makeServiceRow({deployments: [
			makeDeployment({id: 'ecs-svc/rb', taskDefinition: `${TD}47`, rolloutState: 'COMPLETED', desiredCount: 6, runningCount: 6, rolloutStateReason: 'Rolling back to deployment ecs-svc/old'}),
			old({id: 'ecs-svc/bad', taskDefinition: `${TD}46`, status: 'INACTIVE', rolloutState: 'FAILED'}),
		]});
		expect(rolloutState(service, [])).toEqual({kind: 'rolled-back', target: 'web:47', from: null});
	});

	it('reads a rollback from the events once ECS has dropped the failed deployment', () => {
		const failure = [
			event('e3', '(service web) rolling back to deployment ecs-svc/old.'),
			event('e2', '(service web) (deployment ecs-svc/bad) deployment failed: tasks failed to start.'),
			event('e1', '(service web) (deployment ecs-svc/old) deployment completed.'),
		];
		const rollingBack = makeServiceRow({deployments: [primary({taskDefinition: `${TD}41`, rolloutState: 'IN_PROGRESS', runningCount: 2})], events: failure});
		expect(rolloutState(rollingBack, [])).toEqual({kind: 'rolling-back', target: 'web:41', from: null, healthy: 0, running: 2, desired: 6, pending: 0, failed: 0});
		expect(rolloutState(rollingBack, null)).toMatchObject({kind: 'rolling-back', healthy: null, running: 2});

		const done = [event('e5', '(service web) has reached a steady state.'), event('e4', '(service web) (deployment ecs-svc/new) deployment completed.'), ...failure];
		const rolledBack = makeServiceRow({deployments: [primary({taskDefinition: `${TD}41`, rolloutState: 'COMPLETED'})], events: done});
		expect(rolloutState(rolledBack, null)).toEqual({kind: 'rolled-back', target: 'web:41', from: null});

		const nextRollout = makeServiceRow({deployments: [primary({rolloutState: 'IN_PROGRESS', runningCount: 0, pendingCount: 6}), old()], events: done});
		expect(rolloutState(nextRollout, [])).toMatchObject({kind: 'deploying', target: 'web:42', from: null, pending: 6});

		const laterSuccess = [event('e6', '(service web) (deployment ecs-svc/next) deployment completed.'), ...done];
		expect(rolloutState(makeServiceRow({deployments: [primary({rolloutState: 'COMPLETED'})], events: laterSuccess}), [])).toEqual({kind: 'steady'});
	});
});

describe('rolloutPhase', () => {
	const counts = {healthy: 1, running: 1, desired: 2, pending: 1, failed: 0};
	const cases: Array<[RolloutState, string]> = [
		[{kind: 'steady'}, 'steady'],
		[{kind: 'scaling', from: 1, to: 2}, 'scaling'],
		[{kind: 'deploying', target: 'web:42', from: null, ...counts}, 'deploying'],
		[{kind: 'failed', target: 'web:42', reason: null}, 'failed'],
		[{kind: 'rolling-back', target: 'web:41', from: null, ...counts}, 'rolling-back'],
		[{kind: 'rolled-back', target: 'web:41', from: null}, 'failed'],
	];
	it.each(cases)('classifies %o as %s', (state, phase) => {
		expect(rolloutPhase(state)).toBe(phase);
	});
});
