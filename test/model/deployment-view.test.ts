import {describe, expect, it} from 'vitest';
import {deploymentViews, progressBar} from '../../source/model/deployment-view.js';
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
