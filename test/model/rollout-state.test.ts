import {describe, expect, it} from 'vitest';
import {rolloutPhase, rolloutState, type RolloutState} from '../../source/model/rollout-state.js';
import type {TaskRow} from '../../source/model/task-row.js';
import {toServiceRow} from '../../source/model/to-service-row.js';
import {loadDescribeServices} from '../helpers/fixtures.js';
import {makeDeployment, makeRevisionRef, makeServiceDeployment, makeServiceRow, makeTaskSet} from '../helpers/service-row.js';
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
		expect(rolloutState(service, tasks)).toEqual({kind: 'deploying', target: 'web:42', from: 'web:41', healthy: 3, running: 4, desired: 6, pending: 2, failed: 0});
	});

	it('takes counts from the deployments, health unknown, without tasks', () => {
		const service = makeServiceRow({deployments: [primary({rolloutState: 'IN_PROGRESS', runningCount: 4, pendingCount: 2, failedTasks: 1}), old({rolloutState: 'COMPLETED'})]});
		expect(rolloutState(service, null)).toEqual({kind: 'deploying', target: 'web:42', from: 'web:41', healthy: null, running: 4, desired: 6, pending: 2, failed: 1});
	});

	it('names the deployment by id when it has no task definition', () => {
		const service = makeServiceRow({deployments: [primary({taskDefinition: null, rolloutState: 'IN_PROGRESS'}), old()]});
		expect(rolloutState(service, [])).toMatchObject({kind: 'deploying', target: 'ecs-svc/new', from: 'web:41'});
	});

	it('reads the real rolling deployment fixture', () => {
		const [raw] = loadDescribeServices('service-rolling-deploy-primary-in-progress-active-completed.placebo.json').services ?? [];
		const service = toServiceRow(raw ?? {});
		// The new PRIMARY reports desiredCount 0 (it rises as ECS starts its tasks); the rollout's goal is the service's 1.
		expect(rolloutState(service, [])).toEqual({kind: 'deploying', target: 'dev-redash-server:77', from: 'dev-redash-server:75', healthy: 0, running: 0, desired: 1, pending: 0, failed: 0});
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
		expect(rolloutState(service, tasksOf('ecs-svc/rb', 2))).toEqual({kind: 'rolling-back', target: 'web:41', from: 'web:42', healthy: 2, running: 3, desired: 6, pending: 0, failed: 0});
		expect(rolloutState(service, null)).toMatchObject({kind: 'rolling-back', healthy: null, running: 3});
	});

	it('is rolled back once the rollback completed, or when only its reason says so', () => {
		const service = makeServiceRow({deployments: [
			makeDeployment({id: 'ecs-svc/rb', taskDefinition: `${TD}47`, rolloutState: 'COMPLETED', desiredCount: 6, runningCount: 6, rolloutStateReason: 'Rolling back to deployment ecs-svc/old'}),
			old({id: 'ecs-svc/bad', taskDefinition: `${TD}46`, status: 'INACTIVE', rolloutState: 'FAILED'}),
		]});
		expect(rolloutState(service, [])).toEqual({kind: 'rolled-back', target: 'web:47', from: 'web:46'});
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
		expect(rolloutState(nextRollout, [])).toMatchObject({kind: 'deploying', target: 'web:42', from: 'web:41', pending: 6});

		const laterSuccess = [event('e6', '(service web) (deployment ecs-svc/next) deployment completed.'), ...done];
		expect(rolloutState(makeServiceRow({deployments: [primary({rolloutState: 'COMPLETED'})], events: laterSuccess}), [])).toEqual({kind: 'steady'});
	});
});

describe('rolloutState of a service being deleted', () => {
	it('is draining with the tasks still running, not scaling to 0', () => {
		const service = makeServiceRow({status: 'DRAINING', desiredCount: 0, runningCount: 2, deployments: [primary({desiredCount: 0, runningCount: 2, rolloutState: 'COMPLETED'})]});
		expect(rolloutState(service, [])).toEqual({kind: 'draining', running: 2});
	});

	it('adds up the deployments’ running tasks when the service gives no count', () => {
		const service = makeServiceRow({status: 'DRAINING', deployments: [primary({runningCount: 1}), old({runningCount: 2})]});
		expect(rolloutState(service, null)).toEqual({kind: 'draining', running: 3});
		expect(rolloutState(makeServiceRow({status: 'DRAINING'}), null)).toEqual({kind: 'draining', running: 0});
	});
});

describe('rolloutState of blue/green (CODE_DEPLOY) and EXTERNAL services', () => {
	const blue = (overrides: Parameters<typeof makeTaskSet>[0] = {}) => makeTaskSet({
		id: 'ecs-svc/blue', status: 'PRIMARY', taskDefinition: `${TD}1`, computedDesiredCount: 2, runningCount: 2, pendingCount: 0,
		scale: {value: 100, unit: 'PERCENT'}, stabilityStatus: 'STEADY_STATE', createdAt: '2026-01-01T00:00:00.000Z', ...overrides,
	});
	const green = (overrides: Parameters<typeof makeTaskSet>[0] = {}) => makeTaskSet({
		id: 'ecs-svc/green', status: 'ACTIVE', taskDefinition: `${TD}2`, computedDesiredCount: 2, runningCount: 1, pendingCount: 1,
		scale: {value: 100, unit: 'PERCENT'}, stabilityStatus: 'STABILIZING', createdAt: '2026-01-02T00:00:00.000Z', ...overrides,
	});
	const codeDeploy = (...taskSets: ReturnType<typeof makeTaskSet>[]) => makeServiceRow({controller: 'CODE_DEPLOY', desiredCount: 2, runningCount: 3, taskSets});

	it('reads the real CODE_DEPLOY service, which has task sets and no deployments, as steady', () => {
		const [raw] = loadDescribeServices('service-codedeploy-tasksets-no-deployments.placebo.json').services ?? [];
		const service = toServiceRow(raw ?? {});
		expect(service.deployments).toEqual([]);
		expect(rolloutState(service, [])).toEqual({kind: 'steady'});
		expect(rolloutState(service, null)).toEqual({kind: 'steady'});
	});

	it('reads the real CODE_DEPLOY service as deploying once a replacement task set appears', () => {
		const [raw] = loadDescribeServices('service-codedeploy-tasksets-no-deployments.placebo.json').services ?? [];
		const service = toServiceRow(raw ?? {});
		const replacement = green({taskDefinition: 'arn:aws:ecs:us-east-1:644160558196:task-definition/c7n-test-task-def:3', createdAt: '2024-03-12T20:00:00.000Z', computedDesiredCount: 1, runningCount: 0, pendingCount: 1});
		const shifting = {...service, taskSets: [...service.taskSets, replacement]};
		expect(rolloutState(shifting, null)).toEqual({kind: 'deploying', target: 'c7n-test-task-def:3', from: 'c7n-test-task-def:2', healthy: null, running: 0, desired: 1, pending: 1, failed: 0});
	});

	it('is deploying to the green task set while it is ACTIVE and scaling up, counting its own tasks', () => {
		const tasks = [...tasksOf('ecs-svc/green', 1, {healthStatus: 'HEALTHY'}), ...tasksOf('ecs-svc/blue', 2, {healthStatus: 'HEALTHY'})];
		expect(rolloutState(codeDeploy(blue(), green()), tasks)).toEqual({kind: 'deploying', target: 'web:2', from: 'web:1', healthy: 1, running: 1, desired: 2, pending: 1, failed: 0});
	});

	it('keeps the green task set as target once traffic moved to it (PRIMARY) and blue is ACTIVE, then DRAINING', () => {
		const shifted = codeDeploy(green({status: 'PRIMARY', runningCount: 2, pendingCount: 0, stabilityStatus: 'STEADY_STATE'}), blue({status: 'ACTIVE'}));
		expect(rolloutState(shifted, null)).toEqual({kind: 'deploying', target: 'web:2', from: 'web:1', healthy: null, running: 2, desired: 2, pending: 0, failed: 0});
		const draining = codeDeploy(green({status: 'PRIMARY', runningCount: 2, pendingCount: 0, stabilityStatus: 'STEADY_STATE'}), blue({status: 'DRAINING', computedDesiredCount: 0, runningCount: 1}));
		expect(rolloutState(draining, null)).toMatchObject({kind: 'deploying', target: 'web:2', from: 'web:1', running: 2});
	});

	it('never takes a DRAINING task set as the target: when a shift is undone, blue is the target again', () => {
		const undone = codeDeploy(blue(), green({status: 'DRAINING', computedDesiredCount: 0, runningCount: 1, pendingCount: 0}));
		expect(rolloutState(undone, null)).toEqual({kind: 'deploying', target: 'web:1', from: 'web:2', healthy: null, running: 2, desired: 2, pending: 0, failed: 0});
	});

	it('takes the ACTIVE task set as the target when ECS gave no creation times', () => {
		const service = codeDeploy(blue({createdAt: null}), green({createdAt: null}));
		expect(rolloutState(service, null)).toMatchObject({kind: 'deploying', target: 'web:2', from: 'web:1'});
	});

	it('is deploying while the one PRIMARY task set is STABILIZING, then steady or scaling by its counts', () => {
		expect(rolloutState(codeDeploy(green({status: 'PRIMARY'})), null)).toMatchObject({kind: 'deploying', target: 'web:2', from: null, running: 1, desired: 2});
		expect(rolloutState(codeDeploy(green({status: 'PRIMARY', runningCount: 2, pendingCount: 0, stabilityStatus: 'STEADY_STATE'})), null)).toEqual({kind: 'steady'});
		expect(rolloutState(codeDeploy(blue({runningCount: 1})), null)).toEqual({kind: 'scaling', from: 1, to: 2});
	});

	it('reads an EXTERNAL service the same way', () => {
		const service = makeServiceRow({controller: 'EXTERNAL', taskSets: [blue(), green({stabilityStatus: 'STEADY_STATE', runningCount: 2, pendingCount: 0})]});
		expect(rolloutState(service, null)).toMatchObject({kind: 'deploying', target: 'web:2', from: 'web:1', running: 2});
	});
});

describe('rolloutState with the service deployment (ListServiceDeployments / DescribeServiceDeployments)', () => {
	const R41 = makeRevisionRef({taskDefinition: 'web:41', requestedTaskCount: 6, runningTaskCount: 2});
	const R42 = makeRevisionRef({taskDefinition: 'web:42', requestedTaskCount: 6, runningTaskCount: 0});
	const with_ = (latestDeployment: ReturnType<typeof makeServiceDeployment> | null, deployments = [primary({rolloutState: 'COMPLETED'})], overrides: Parameters<typeof makeServiceRow>[0] = {}) =>
		makeServiceRow({deployments, latestDeployment, desiredCount: 6, runningCount: 6, ...overrides});

	it('is deploying while it is IN_PROGRESS or PENDING, from its source revision, even when the deployments look settled', () => {
		const service = with_(makeServiceDeployment({status: 'IN_PROGRESS', source: [R41], target: R42}), [primary({rolloutState: null, runningCount: 6})]);
		expect(rolloutState(service, null)).toEqual({kind: 'deploying', target: 'web:42', from: 'web:41', healthy: null, running: 6, desired: 6, pending: 0, failed: 0});
		expect(rolloutState({...service, latestDeployment: null}, null)).toEqual({kind: 'steady'});
		const pending = with_(makeServiceDeployment({status: 'PENDING', source: [R41], target: R42}), []);
		expect(rolloutState(pending, null)).toEqual({kind: 'deploying', target: 'web:42', from: 'web:41', healthy: null, running: 0, desired: 6, pending: 0, failed: 0});
	});

	it('is rolling back to the last successful revision, with the PRIMARY being the earlier deployment again', () => {
		const latest = makeServiceDeployment({
			status: 'ROLLBACK_IN_PROGRESS', source: [R41], target: R42,
			rollback: {reason: 'Circuit breaker triggered', startedAt: null, serviceRevisionArn: R41.arn},
		});
		const service = with_(latest, [
			old({status: 'PRIMARY', rolloutState: 'IN_PROGRESS', desiredCount: 6, runningCount: 4, pendingCount: 2}),
			primary({id: 'ecs-svc/bad', status: 'ACTIVE', rolloutState: 'FAILED', desiredCount: 6, runningCount: 1, failedTasks: 3}),
		]);
		expect(rolloutState(service, tasksOf('ecs-svc/old', 3))).toEqual({kind: 'rolling-back', target: 'web:41', from: 'web:42', healthy: 3, running: 4, desired: 6, pending: 2, failed: 0});
	});

	it('names a rollback the deployments alone would read as a new rollout', () => {
		const latest = makeServiceDeployment({status: 'ROLLBACK_IN_PROGRESS', source: [R41], target: R42, rollback: {reason: null, startedAt: null, serviceRevisionArn: R41.arn}});
		const service = with_(latest, [primary({taskDefinition: `${TD}41`, rolloutState: 'IN_PROGRESS', runningCount: 2})]);
		expect(rolloutState({...service, latestDeployment: undefined}, null)).toMatchObject({kind: 'deploying'});
		expect(rolloutState(service, null)).toMatchObject({kind: 'rolling-back', target: 'web:41', from: 'web:42', running: 2});
	});

	it('is rolling back as soon as it is requested, before ECS moved the PRIMARY, with revisions not yet looked up', () => {
		const latest = makeServiceDeployment({status: 'ROLLBACK_REQUESTED', source: [makeRevisionRef()], target: makeRevisionRef()});
		const service = with_(latest, [primary({rolloutState: 'FAILED', runningCount: 0, failedTasks: 3}), old({rolloutState: 'COMPLETED', desiredCount: 6, runningCount: 6})]);
		expect(rolloutState(service, null)).toEqual({kind: 'rolling-back', target: 'web:41', from: 'web:42', healthy: null, running: 6, desired: 6, pending: 0, failed: 0});
	});

	it('is rolled back once the rollback succeeded, even with one settled deployment and no events', () => {
		const latest = makeServiceDeployment({status: 'ROLLBACK_SUCCESSFUL', source: [R41], target: R42, rollback: {reason: null, startedAt: null, serviceRevisionArn: R41.arn}});
		const service = with_(latest, [primary({taskDefinition: `${TD}41`, rolloutState: 'COMPLETED'})]);
		expect(rolloutState(service, [])).toEqual({kind: 'rolled-back', target: 'web:41', from: 'web:42'});
		expect(rolloutState({...service, latestDeployment: undefined}, [])).toEqual({kind: 'steady'});
	});

	it('is failed when the rollback failed, or when a deployment without rollback stopped on its circuit breaker', () => {
		const rollbackFailed = with_(makeServiceDeployment({status: 'ROLLBACK_FAILED', statusReason: 'Rollback failed.\nsecond line', source: [R41], target: R42}));
		expect(rolloutState(rollbackFailed, null)).toEqual({kind: 'failed', target: 'web:42', reason: 'Rollback failed.'});
		const stopped = makeServiceDeployment({status: 'STOPPED', statusReason: 'ECS deployment circuit breaker: tasks failed to start.', source: [R41], target: R42, circuitBreaker: {status: 'TRIGGERED', failureCount: 3, threshold: 3}});
		const service = with_(stopped, [primary({rolloutState: 'IN_PROGRESS', runningCount: 0}), old()]);
		expect(rolloutState(service, null)).toEqual({kind: 'failed', target: 'web:42', reason: 'ECS deployment circuit breaker: tasks failed to start.'});
	});

	it('leaves a STOPPED one that did not fail, and statuses it does not name, to the deployments', () => {
		const stopped = makeServiceDeployment({status: 'STOPPED', source: [R41], target: R42, circuitBreaker: {status: 'MONITORING_COMPLETE', failureCount: 0, threshold: 3}});
		const newer = [primary({taskDefinition: `${TD}43`, rolloutState: 'IN_PROGRESS', runningCount: 1}), old()];
		expect(rolloutState(with_(stopped, newer), null)).toMatchObject({kind: 'deploying', target: 'web:43', from: 'web:41'});
		expect(rolloutState(with_(makeServiceDeployment({status: 'STOP_REQUESTED', target: R42}), newer), null)).toMatchObject({kind: 'deploying', target: 'web:43'});
		expect(rolloutState(with_(makeServiceDeployment({status: null}), newer), null)).toMatchObject({kind: 'deploying', target: 'web:43'});
	});

	it('is steady or scaling by counts once SUCCESSFUL, unless the deployments already show a newer rollout', () => {
		const done = makeServiceDeployment({status: 'SUCCESSFUL', source: [R41], target: R42});
		expect(rolloutState(with_(done, [primary({rolloutState: 'COMPLETED'}), old({desiredCount: 0, runningCount: 0})]), null)).toEqual({kind: 'steady'});
		expect(rolloutState(with_(done, [primary({rolloutState: 'COMPLETED', runningCount: 5})]), null)).toEqual({kind: 'scaling', from: 5, to: 6});
		const newer = [primary({taskDefinition: `${TD}43`, rolloutState: 'IN_PROGRESS', desiredCount: 0, runningCount: 0}), old({taskDefinition: `${TD}42`})];
		expect(rolloutState(with_(done, newer), null)).toMatchObject({kind: 'deploying', target: 'web:43', from: 'web:42'});
	});

	it('names a blue/green shift from its service deployment too', () => {
		const taskSets = [
			makeTaskSet({id: 'ecs-svc/blue', taskDefinition: `${TD}41`, computedDesiredCount: 6, runningCount: 6, stabilityStatus: 'STEADY_STATE', createdAt: '2026-01-01T00:00:00.000Z'}),
			makeTaskSet({id: 'ecs-svc/green', status: 'ACTIVE', taskDefinition: `${TD}42`, computedDesiredCount: 6, runningCount: 3, pendingCount: 3, stabilityStatus: 'STABILIZING', createdAt: '2026-01-02T00:00:00.000Z'}),
		];
		const service = with_(makeServiceDeployment({status: 'IN_PROGRESS', source: [makeRevisionRef()], target: makeRevisionRef()}), [], {controller: 'CODE_DEPLOY', taskSets});
		expect(rolloutState(service, null)).toEqual({kind: 'deploying', target: 'web:42', from: 'web:41', healthy: null, running: 3, desired: 6, pending: 3, failed: 0});
	});
});

describe('rolloutState with absent fields', () => {
	it('never crashes on services ECS describes with members missing', () => {
		expect(rolloutState(toServiceRow({}), null)).toEqual({kind: 'steady'});
		expect(rolloutState(toServiceRow({serviceName: 'web', deploymentController: {type: 'CODE_DEPLOY'}, desiredCount: 1, runningCount: 0}), [])).toEqual({kind: 'scaling', from: 0, to: 1});
		expect(rolloutState(toServiceRow({serviceName: 'web', status: 'DRAINING'}), [])).toEqual({kind: 'draining', running: 0});
		expect(rolloutState(toServiceRow({serviceName: 'web', deployments: [{}]}), [])).toEqual({kind: 'steady'});
		expect(rolloutState(toServiceRow({serviceName: 'web', taskSets: [{id: 'ecs-svc/1'}]}), [])).toMatchObject({kind: 'deploying', target: 'ecs-svc/1', from: null});
	});

	it('reads a service deployment with nothing in it as if there were none', () => {
		const service = makeServiceRow({deployments: [primary({rolloutState: 'COMPLETED'})], latestDeployment: makeServiceDeployment({status: 'IN_PROGRESS'})});
		expect(rolloutState(service, null)).toMatchObject({kind: 'deploying', target: 'web:42', from: null});
		expect(rolloutState(makeServiceRow({latestDeployment: makeServiceDeployment({status: 'ROLLBACK_IN_PROGRESS'})}), null)).toEqual({kind: 'steady'});
		expect(rolloutState(makeServiceRow({latestDeployment: makeServiceDeployment({status: 'ROLLBACK_FAILED'})}), null)).toEqual({kind: 'steady'});
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
		[{kind: 'draining', running: 2}, 'draining'],
	];
	it.each(cases)('classifies %o as %s', (state, phase) => {
		expect(rolloutPhase(state)).toBe(phase);
	});
});

describe('a new PRIMARY that starts at desiredCount 0', () => {
	it('counts the rollout against the service\'s desired count, not the deployment\'s rising one', () => {
		const service = makeServiceRow({
			desiredCount: 6,
			deployments: [
				makeDeployment({status: 'PRIMARY', taskDefinition: 'web:42', rolloutState: 'IN_PROGRESS', desiredCount: 0, runningCount: 0, pendingCount: 0}),
				makeDeployment({status: 'ACTIVE', taskDefinition: 'web:41', rolloutState: 'COMPLETED', desiredCount: 6, runningCount: 6}),
			],
		});
		expect(rolloutState(service, null)).toMatchObject({kind: 'deploying', target: 'web:42', desired: 6});
	});
});
