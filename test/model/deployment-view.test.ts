import {describe, expect, it} from 'vitest';
import {deploymentViews, progressBar, taskSetViews} from '../../source/model/deployment-view.js';
import type {TaskRow} from '../../source/model/task-row.js';
import {toServiceRow} from '../../source/model/to-service-row.js';
import {loadDescribeServices} from '../helpers/fixtures.js';
import {makeDeployment, makeServiceRow, makeTaskSet} from '../helpers/service-row.js';
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
	});
});

describe('deploymentViews: healthy and short ids', () => {
	it('counts only RUNNING tasks as healthy, never pending, stopping or stopped ones that still report HEALTHY', () => {
		const service = makeServiceRow({deployments: [makeDeployment({id: 'ecs-svc/new'})]});
		const tasks = [
			...tasksOf('ecs-svc/new', 1, {healthStatus: 'HEALTHY'}),
			...tasksOf('ecs-svc/new', 1, {healthStatus: 'HEALTHY', lastStatus: 'ACTIVATING'}),
			...tasksOf('ecs-svc/new', 1, {healthStatus: 'HEALTHY', lastStatus: 'DEACTIVATING', desiredStatus: 'STOPPED'}),
			...tasksOf('ecs-svc/new', 1, {healthStatus: 'HEALTHY', lastStatus: 'STOPPED', desiredStatus: 'STOPPED'}),
			...tasksOf('ecs-svc/new', 1, {healthStatus: 'HEALTHY', lastStatus: null}),
		];
		expect(deploymentViews(service, tasks)[0]?.healthy).toBe(1);
	});

	it('gives a short id only to lines that share a task definition revision', () => {
		const service = makeServiceRow({deployments: [
			makeDeployment({id: 'ecs-svc/4201323268728819917', taskDefinition: `${TD}42`, createdAt: '2026-01-02T00:00:00.000Z'}),
			makeDeployment({id: 'ecs-svc/1111111111111234567', status: 'ACTIVE', taskDefinition: `${TD}42`, createdAt: '2026-01-01T00:00:00.000Z'}),
			makeDeployment({id: 'ecs-svc/9999999999999999999', status: 'ACTIVE', taskDefinition: `${TD}41`, createdAt: '2025-12-31T00:00:00.000Z'}),
		]});
		expect(deploymentViews(service, []).map(view => [view.taskDefinition, view.shortId])).toEqual([
			['web:42', '819917'], ['web:42', '234567'], ['web:41', null],
		]);
	});

	it('lengthens the short ids until they differ, up to the whole id', () => {
		const service = makeServiceRow({deployments: [
			makeDeployment({id: 'ecs-svc/10000000abcdef', taskDefinition: `${TD}42`, createdAt: '2026-01-02T00:00:00.000Z'}),
			makeDeployment({id: 'ecs-svc/20000000abcdef', status: 'ACTIVE', taskDefinition: `${TD}42`, createdAt: '2026-01-01T00:00:00.000Z'}),
		]});
		expect(deploymentViews(service, []).map(view => view.shortId)).toEqual(['10000000abcdef', '20000000abcdef']);
		const shorter = makeServiceRow({deployments: [
			makeDeployment({id: 'ecs-svc/x1abcdef', taskDefinition: `${TD}42`, createdAt: '2026-01-02T00:00:00.000Z'}),
			makeDeployment({id: 'ecs-svc/y2abcdef', status: 'ACTIVE', taskDefinition: `${TD}42`, createdAt: '2026-01-01T00:00:00.000Z'}),
		]});
		expect(deploymentViews(shorter, []).map(view => view.shortId)).toEqual(['1abcdef', '2abcdef']);
	});
});

describe('taskSetViews', () => {
	it('reads the real CODE_DEPLOY fixture: one PRIMARY task set at 100 percent, steady', () => {
		const [raw] = loadDescribeServices('service-codedeploy-tasksets-no-deployments.placebo.json').services ?? [];
		const service = toServiceRow(raw ?? {});
		expect(service.controller).toBe('CODE_DEPLOY');
		expect(taskSetViews(service, [])).toEqual([{
			service: 'test-task-set-delete', id: 'ecs-svc/4201323268728819917', status: 'PRIMARY', taskDefinition: 'c7n-test-task-def:2',
			scale: {value: 100, unit: 'PERCENT'}, stabilityStatus: 'STEADY_STATE', desired: 1, running: 1, pending: 0, healthy: 0,
			createdAt: '2024-03-12T19:49:24.781Z', shortId: null,
		}]);
	});

	it('lists PRIMARY first, then the others newest first, with the tasks each one started counted', () => {
		const service = makeServiceRow({taskSets: [
			makeTaskSet({id: 'ecs-svc/old', status: 'DRAINING', taskDefinition: `${TD}40`, createdAt: '2026-01-01T00:00:00.000Z'}),
			makeTaskSet({id: 'ecs-svc/blue', status: 'PRIMARY', taskDefinition: `${TD}41`, computedDesiredCount: 2, runningCount: 2, createdAt: '2026-01-02T00:00:00.000Z'}),
			makeTaskSet({id: 'ecs-svc/green', status: 'ACTIVE', taskDefinition: `${TD}42`, computedDesiredCount: 2, runningCount: 1, pendingCount: 1, stabilityStatus: 'STABILIZING', createdAt: '2026-01-03T00:00:00.000Z'}),
		]});
		const tasks = [...tasksOf('ecs-svc/green', 1, {healthStatus: 'HEALTHY'}), ...tasksOf('ecs-svc/green', 1, {healthStatus: 'UNKNOWN', lastStatus: 'PENDING'}), ...tasksOf('ecs-svc/blue', 2, {healthStatus: 'HEALTHY'})];
		expect(taskSetViews(service, tasks).map(view => [view.id, view.status, view.taskDefinition, view.desired, view.running, view.pending, view.healthy, view.stabilityStatus])).toEqual([
			['ecs-svc/blue', 'PRIMARY', 'web:41', 2, 2, 0, 2, null],
			['ecs-svc/green', 'ACTIVE', 'web:42', 2, 1, 1, 1, 'STABILIZING'],
			['ecs-svc/old', 'DRAINING', 'web:40', 0, 0, 0, 0, null],
		]);
	});

	it('sanitises what ECS sent and gives short ids to task sets of one revision', () => {
		const service = makeServiceRow({taskSets: [
			makeTaskSet({id: 'ecs-svc/1\u001B[2J', taskDefinition: `${TD}42`, scale: {value: 50, unit: 'PER\u0007CENT'}}),
			makeTaskSet({id: 'ecs-svc/22222', status: 'ACTIVE', taskDefinition: `${TD}42`}),
		]});
		expect(taskSetViews(service, []).map(view => [view.id, view.scale, view.shortId])).toEqual([
			['ecs-svc/1\uFFFD[2J', {value: 50, unit: 'PER\uFFFDCENT'}, '1\uFFFD[2J'],
			['ecs-svc/22222', null, '22222'],
		]);
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
