import {describe, expect, it} from 'vitest';
import {deploymentViews, progressBar, rolloutSentence} from '../../source/model/deployment-view.js';
import type {TaskRow} from '../../source/model/task-row.js';
import {toServiceRow} from '../../source/model/to-service-row.js';
import {loadDescribeServices} from '../helpers/fixtures.js';
import {makeDeployment, makeServiceRow} from '../helpers/service-row.js';
import {makeTaskRow} from '../helpers/task-row.js';

const TD = 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:';
const tasksOf = (deployment: string, count: number, overrides: Partial<TaskRow> = {}) =>
	Array.from({length: count}, () => makeTaskRow({service: 'web', startedBy: deployment, lastStatus: 'RUNNING', desiredStatus: 'RUNNING', ...overrides}));

describe('deploymentViews', () => {
	it('lists PRIMARY first, then ACTIVE newest first, without INACTIVE', () => {
		const service = makeServiceRow({
			circuitBreaker: {enable: true, rollback: true},
			deployments: [
				makeDeployment({id: 'ecs-svc/old', status: 'ACTIVE', createdAt: '2026-01-01T00:00:00.000Z'}),
				makeDeployment({id: 'ecs-svc/gone', status: 'INACTIVE', createdAt: '2026-01-03T00:00:00.000Z'}),
				makeDeployment({id: 'ecs-svc/new', status: 'PRIMARY', taskDefinition: `${TD}42`, createdAt: '2026-01-02T00:00:00.000Z'}),
				makeDeployment({id: 'ecs-svc/mid', status: 'ACTIVE', createdAt: '2026-01-01T12:00:00.000Z'}),
			],
		});
		const views = deploymentViews(service, []);
		expect(views.map(view => view.id)).toEqual(['ecs-svc/new', 'ecs-svc/mid', 'ecs-svc/old']);
		expect(views[0]).toMatchObject({service: 'web', taskDefinition: 'web:42', desired: 0, circuitBreaker: {enable: true, rollback: true}});
	});

	it('counts healthy tasks of each deployment by startedBy, RUNNING and HEALTHY', () => {
		const service = makeServiceRow({deployments: [makeDeployment({id: 'ecs-svc/new'}), makeDeployment({id: 'ecs-svc/old', status: 'ACTIVE'})]});
		const tasks = [
			...tasksOf('ecs-svc/new', 3, {healthStatus: 'HEALTHY'}),
			...tasksOf('ecs-svc/new', 1, {healthStatus: 'UNHEALTHY'}),
			...tasksOf('ecs-svc/new', 1, {healthStatus: 'HEALTHY', desiredStatus: 'STOPPED'}),
			...tasksOf('ecs-svc/new', 1, {healthStatus: 'UNKNOWN', lastStatus: 'PENDING'}),
			...tasksOf('ecs-svc/old', 2, {healthStatus: 'HEALTHY'}),
		];
		expect(deploymentViews(service, tasks).map(view => view.healthy)).toEqual([3, 2]);
	});

	it('counts RUNNING tasks as healthy when the service has no health checks', () => {
		const service = makeServiceRow({deployments: [makeDeployment({id: 'ecs-svc/new'})]});
		const tasks = [...tasksOf('ecs-svc/new', 2, {healthStatus: 'UNKNOWN'}), ...tasksOf('ecs-svc/new', 1, {lastStatus: 'PENDING'})];
		expect(deploymentViews(service, tasks)[0]?.healthy).toBe(2);
	});

	it('sanitises what ECS sent', () => {
		const service = makeServiceRow({deployments: [makeDeployment({id: 'ecs-svc/1\u001B[2J', rolloutStateReason: 'bad\u0007\nline two'})]});
		expect(deploymentViews(service, [])[0]).toMatchObject({id: 'ecs-svc/1\uFFFD[2J', rolloutStateReason: 'bad\uFFFD'});
	});

	it('reads the real rolling deployment fixture', () => {
		const [raw] = loadDescribeServices('service-rolling-deploy-primary-in-progress-active-completed.placebo.json').services ?? [];
		const service = toServiceRow(raw ?? {});
		const views = deploymentViews(service, []);
		expect(views.map(view => [view.status, view.taskDefinition, view.rolloutState, view.desired, view.running])).toEqual([
			['PRIMARY', 'dev-redash-server:77', 'IN_PROGRESS', 0, 0],
			['ACTIVE', 'dev-redash-server:75', 'COMPLETED', 1, 1],
		]);
		expect(rolloutSentence(service, [])).toBe('deploying dev-redash-server:77 → 0/0 healthy, 0 pending, 0 failed');
	});
});

describe('rolloutSentence', () => {
	const primary = (overrides: Parameters<typeof makeDeployment>[0] = {}) => makeDeployment({id: 'ecs-svc/new', taskDefinition: `${TD}42`, desiredCount: 6, runningCount: 6, pendingCount: 0, failedTasks: 0, ...overrides});
	const old = (overrides: Parameters<typeof makeDeployment>[0] = {}) => makeDeployment({id: 'ecs-svc/old', status: 'ACTIVE', taskDefinition: `${TD}41`, ...overrides});

	it('reads a rollback from the events once ECS has dropped the failed deployment', () => {
		const event = (id: string, message: string) => ({id, createdAt: null, message});
		const failure = [
			event('e3', '(service web) rolling back to deployment ecs-svc/old.'),
			event('e2', '(service web) (deployment ecs-svc/bad) deployment failed: tasks failed to start.'),
			event('e1', '(service web) (deployment ecs-svc/old) deployment completed.'),
		];
		const rollingBack = makeServiceRow({deployments: [primary({taskDefinition: `${TD}41`, rolloutState: 'IN_PROGRESS', runningCount: 2})], events: failure});
		expect(rolloutSentence(rollingBack, [])).toBe('rollout FAILED, rolling back to web:41 → 0/6 healthy');

		const done = [event('e5', '(service web) has reached a steady state.'), event('e4', '(service web) (deployment ecs-svc/new) deployment completed.'), ...failure];
		const rolledBack = makeServiceRow({deployments: [primary({taskDefinition: `${TD}41`, rolloutState: 'COMPLETED'})], events: done});
		expect(rolloutSentence(rolledBack, [])).toBe('rollout FAILED, rolled back to web:41');

		const nextRollout = makeServiceRow({deployments: [primary({rolloutState: 'IN_PROGRESS', runningCount: 0, pendingCount: 6}), old()], events: done});
		expect(rolloutSentence(nextRollout, [])).toBe('deploying web:42 → 0/6 healthy, 6 pending, 0 failed');

		const laterSuccess = [event('e6', '(service web) (deployment ecs-svc/next) deployment completed.'), ...done];
		expect(rolloutSentence(makeServiceRow({deployments: [primary({rolloutState: 'COMPLETED'})], events: laterSuccess}), [])).toBe('steady');
	});

	it('is steady with one completed deployment at its desired count', () => {
		expect(rolloutSentence(makeServiceRow({deployments: [primary({rolloutState: 'COMPLETED'})]}), [])).toBe('steady');
		expect(rolloutSentence(makeServiceRow({deployments: [primary()]}), [])).toBe('steady');
	});

	it('says scaling when the one completed deployment is not at its desired count', () => {
		const service = makeServiceRow({deployments: [primary({rolloutState: 'COMPLETED', runningCount: 4})]});
		expect(rolloutSentence(service, [])).toBe('scaling 4 → 6');
	});

	it('counts the PRIMARY while it is in progress', () => {
		const service = makeServiceRow({deployments: [primary({rolloutState: 'IN_PROGRESS', runningCount: 4, pendingCount: 2}), old({rolloutState: 'COMPLETED'})]});
		const tasks = [...tasksOf('ecs-svc/new', 3, {healthStatus: 'HEALTHY'}), ...tasksOf('ecs-svc/new', 1, {healthStatus: 'UNKNOWN'})];
		expect(rolloutSentence(service, tasks)).toBe('deploying web:42 → 3/6 healthy, 2 pending, 0 failed');
	});

	it('says the rollout failed with its reason when there is no rollback', () => {
		const service = makeServiceRow({deployments: [primary({rolloutState: 'FAILED', failedTasks: 3, rolloutStateReason: 'ECS deployment circuit breaker: tasks failed to start.'}), old()]});
		expect(rolloutSentence(service, [])).toBe('rollout FAILED: ECS deployment circuit breaker: tasks failed to start.');
	});

	it('says it is rolling back while the rollback deployment is in progress', () => {
		const service = makeServiceRow({deployments: [
			makeDeployment({id: 'ecs-svc/rb', taskDefinition: `${TD}41`, rolloutState: 'IN_PROGRESS', desiredCount: 6, rolloutStateReason: 'ECS deployment ecs-svc/rb in progress.'}),
			old({id: 'ecs-svc/bad', taskDefinition: `${TD}42`, rolloutState: 'FAILED', rolloutStateReason: 'ECS deployment circuit breaker: tasks failed to start.'}),
		]});
		const tasks = tasksOf('ecs-svc/rb', 2);
		expect(rolloutSentence(service, tasks)).toBe('rollout FAILED, rolling back to web:41 → 2/6 healthy');
	});

	it('says it rolled back once the rollback completed, or when only its reason says so', () => {
		const service = makeServiceRow({deployments: [
			makeDeployment({id: 'ecs-svc/rb', taskDefinition: `${TD}47`, rolloutState: 'COMPLETED', desiredCount: 6, runningCount: 6, rolloutStateReason: 'Rolling back to deployment ecs-svc/old'}),
			old({id: 'ecs-svc/bad', taskDefinition: `${TD}46`, status: 'INACTIVE', rolloutState: 'FAILED'}),
		]});
		expect(rolloutSentence(service, [])).toBe('rollout FAILED, rolled back to web:47');
	});

	it('falls back to the service counts without deployments', () => {
		expect(rolloutSentence(makeServiceRow({desiredCount: 2, runningCount: 2}), [])).toBe('steady');
		expect(rolloutSentence(makeServiceRow({desiredCount: 2, runningCount: 1}), [])).toBe('scaling 1 → 2');
	});
});

describe('progressBar', () => {
	it('fills done out of total, clamped, and never full before done', () => {
		expect(progressBar(3, 6, 10)).toBe('█████░░░░░');
		expect(progressBar(6, 6, 4)).toBe('████');
		expect(progressBar(9, 6, 4)).toBe('████');
		expect(progressBar(-1, 6, 4)).toBe('░░░░');
		expect(progressBar(99, 100, 4)).toBe('███░');
	});

	it('is all empty for a total of 0 and empty for no width', () => {
		expect(progressBar(0, 0, 5)).toBe('░░░░░');
		expect(progressBar(1, 2, 0)).toBe('');
	});
});
