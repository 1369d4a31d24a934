import {describe, expect, it} from 'vitest';
import type {EcsService} from '../../source/model/ecs-types.js';
import {toServiceRow} from '../../source/model/to-service-row.js';
import {formatStatus, stoppedTasksByReason, STATUS_WIDTH, type StatusEntry} from '../../source/output/format-status.js';
import {loadDescribeServices} from '../helpers/fixtures.js';
import {makeDeployment, makeServiceRow} from '../helpers/service-row.js';
import {makeTaskRow} from '../helpers/task-row.js';

const json = (entries: StatusEntry[]) => JSON.parse(formatStatus(entries, 'json')) as unknown[];
const fixtureRow = (name: string) => toServiceRow(loadDescribeServices(name).services![0] as EcsService);

const healthCheckStop = (startedBy: string) => makeTaskRow({
	service: 'web', startedBy, lastStatus: 'STOPPED', desiredStatus: 'STOPPED', stopCode: 'ServiceSchedulerInitiated', stoppedReason: 'Task failed container health checks',
});

describe('status --output json', () => {
	it('is exactly the documented shape for a service with no data: nulls and empty lists, never invented values', () => {
		const service = makeServiceRow({serviceName: 'bare', status: null, controller: null});
		expect(json([{service, running: [], stopped: []}])).toEqual([{
			service: 'bare',
			serviceArn: 'arn:aws:ecs:us-east-1:123456789012:service/test/bare',
			status: null,
			controller: null,
			desiredCount: null,
			runningCount: null,
			pendingCount: null,
			rollout: {state: 'steady', sentence: 'steady', target: null, from: null},
			deployments: [],
			taskSets: [],
			stoppedTasksByReason: [],
		}]);
	});

	it('lists every deployment with its ECS role and family:revision, and counts stopped tasks by reason', () => {
		const primary = makeDeployment({
			id: 'ecs-svc/2', status: 'PRIMARY', taskDefinition: 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:42', rolloutState: 'IN_PROGRESS',
			rolloutStateReason: 'ECS deployment ecs-svc/2 in progress.', desiredCount: 6, runningCount: 3, pendingCount: 2, failedTasks: 0,
			createdAt: '2026-12-01T10:00:00.000Z', updatedAt: '2026-12-01T10:01:00.000Z',
		});
		const active = makeDeployment({id: 'ecs-svc/1', status: 'ACTIVE', taskDefinition: 'web:41', rolloutState: 'COMPLETED', desiredCount: 3, runningCount: 3, pendingCount: 0, failedTasks: 0});
		const inactive = makeDeployment({id: 'ecs-svc/0', status: 'INACTIVE', taskDefinition: 'web:40'});
		const service = makeServiceRow({desiredCount: 6, runningCount: 6, pendingCount: 2, deployments: [primary, active, inactive]});
		const healthy = makeTaskRow({service: 'web', startedBy: 'ecs-svc/2', lastStatus: 'RUNNING', desiredStatus: 'RUNNING', healthStatus: 'HEALTHY'});
		const stopped = [
			healthCheckStop('ecs-svc/2'), healthCheckStop('ecs-svc/2'),
			makeTaskRow({service: 'web', lastStatus: 'STOPPED', desiredStatus: 'STOPPED', stopCode: 'EssentialContainerExited', containers: [{name: 'app', image: null, runtimeId: null, lastStatus: 'STOPPED', healthStatus: null, exitCode: 137, reason: 'OutOfMemoryError: Container killed due to memory usage', privateIpv4: null, ipv6: null, ports: []}]}),
		];
		const [status] = json([{service, running: [healthy], stopped}]) as Array<Record<string, unknown>>;
		expect(status).toMatchObject({controller: 'ECS', desiredCount: 6, runningCount: 6, pendingCount: 2});
		expect(status?.['rollout']).toEqual({state: 'deploying', sentence: 'deploying web:42 → 1/6 healthy, 2 pending, 0 failed', target: 'web:42', from: expect.toBeOneOf([null, 'web:41'])});
		expect(status?.['deployments']).toEqual([
			{id: 'ecs-svc/2', role: 'PRIMARY', taskDefinition: 'web:42', rolloutState: 'IN_PROGRESS', rolloutStateReason: 'ECS deployment ecs-svc/2 in progress.', desiredCount: 6, runningCount: 3, pendingCount: 2, failedTasks: 0, createdAt: '2026-12-01T10:00:00.000Z', updatedAt: '2026-12-01T10:01:00.000Z'},
			{id: 'ecs-svc/1', role: 'ACTIVE', taskDefinition: 'web:41', rolloutState: 'COMPLETED', rolloutStateReason: null, desiredCount: 3, runningCount: 3, pendingCount: 0, failedTasks: 0, createdAt: null, updatedAt: null},
			{id: 'ecs-svc/0', role: 'INACTIVE', taskDefinition: 'web:40', rolloutState: null, rolloutStateReason: null, desiredCount: null, runningCount: null, pendingCount: null, failedTasks: null, createdAt: null, updatedAt: null},
		]);
		expect(status?.['stoppedTasksByReason']).toEqual([
			{reason: 'ServiceSchedulerInitiated: Task failed container health checks', count: 2},
			{reason: 'EssentialContainerExited: exit 137 OutOfMemoryError: Container killed due to memory usage', count: 1},
		]);
	});

	it('reads a real blue/green (CODE_DEPLOY) service: task sets, no deployments', () => {
		const service = fixtureRow('service-codedeploy-tasksets-no-deployments.placebo.json');
		const [status] = json([{service, running: [], stopped: []}]) as Array<Record<string, unknown>>;
		expect(status).toMatchObject({service: 'test-task-set-delete', controller: 'CODE_DEPLOY', deployments: []});
		expect(status?.['taskSets']).toEqual([expect.objectContaining({
			id: 'ecs-svc/4201323268728819917', status: 'PRIMARY', taskDefinition: 'c7n-test-task-def:2', computedDesiredCount: 1, runningCount: 1, pendingCount: 0,
		})]);
		const [taskSet] = status?.['taskSets'] as Array<Record<string, unknown>>;
		expect(Object.keys(taskSet ?? {}).sort()).toEqual(['computedDesiredCount', 'id', 'pendingCount', 'runningCount', 'scale', 'stabilityStatus', 'status', 'taskDefinition']);
		expect(['steady', 'scaling', 'deploying']).toContain((status?.['rollout'] as {state: string}).state);
	});

	it('sanitises strings from AWS: no control character reaches a terminal through jq -r', () => {
		const service = makeServiceRow({serviceName: 'evil\u001b]0;pwned\u0007', deployments: [makeDeployment({id: 'ecs-svc/1', rolloutStateReason: 'line one\nline\u009btwo'})]});
		const text = formatStatus([{service, running: [], stopped: []}], 'json');
		// eslint-disable-next-line no-control-regex -- the point is that none is there
		expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/u);
		const [status] = JSON.parse(text) as Array<{service: string; deployments: Array<{rolloutStateReason: string}>}>;
		expect(status?.service).toBe('evil\uFFFD]0;pwned\uFFFD');
		expect(status?.deployments[0]?.rolloutStateReason).toBe('line one\uFFFDline\uFFFDtwo');
	});
});

describe('status --output table', () => {
	it('prints a block per service: name and counts, the rollout sentence, its deployments, its top stop reasons', () => {
		const primary = makeDeployment({id: 'ecs-svc/2', status: 'PRIMARY', taskDefinition: 'web:43', rolloutState: 'IN_PROGRESS', desiredCount: 6, runningCount: 1, pendingCount: 2, failedTasks: 2});
		const service = makeServiceRow({desiredCount: 6, runningCount: 7, pendingCount: 2, deployments: [primary, makeDeployment({status: 'ACTIVE', taskDefinition: 'web:42', rolloutState: 'COMPLETED', desiredCount: 6, runningCount: 6})]});
		const api = makeServiceRow({serviceName: 'api', desiredCount: 2, runningCount: 2, pendingCount: 0, deployments: [makeDeployment({taskDefinition: 'api:7', rolloutState: 'COMPLETED', desiredCount: 2, runningCount: 2})]});
		const text = formatStatus([{service, running: [], stopped: [healthCheckStop('ecs-svc/2'), healthCheckStop('ecs-svc/2')]}, {service: api, running: [], stopped: []}], 'table');
		const blocks = text.trimEnd().split('\n\n');
		expect(blocks).toHaveLength(2);
		const web = blocks[0]!.split('\n');
		expect(web[0]).toBe('web (ACTIVE, ECS): 6 desired, 7 running, 2 pending');
		expect(web[1]).toBe('  deploying web:43 → 0/6 healthy, 2 pending, 2 failed');
		expect(web[2]).toMatch(/^ {2}PRIMARY +web:43 +IN_PROGRESS +0\/6 healthy +1 running +2 pending +2 failed$/u);
		expect(web[3]).toMatch(/^ {2}ACTIVE +web:42 +COMPLETED +0\/6 healthy +6 running +0 pending +0 failed$/u);
		expect(web.slice(4)).toEqual(['  stopped tasks by reason (ECS keeps them about an hour):', '    2  ServiceSchedulerInitiated: Task failed container health checks']);
		expect(blocks[1]!.split('\n').slice(0, 2)).toEqual(['api (ACTIVE, ECS): 2 desired, 2 running, 0 pending', '  steady']);
	});

	it('keeps every line within 80 columns, and says when there is nothing', () => {
		const long = makeTaskRow({service: 'web', lastStatus: 'STOPPED', desiredStatus: 'STOPPED', stopCode: 'TaskFailedToStart', stoppedReason: `CannotPullContainerError: ${'x'.repeat(200)}`});
		const text = formatStatus([{service: makeServiceRow({serviceName: 'w'.repeat(100)}), running: [], stopped: [long]}], 'table');
		for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(STATUS_WIDTH);
		expect(text).toContain('…');
		expect(formatStatus([], 'table')).toBe('no services\n');
		expect(formatStatus([], 'json')).toBe('[]\n');
	});
});

describe('stoppedTasksByReason', () => {
	it('orders by count, then by reason, tasks without a reason last', () => {
		const stop = (stoppedReason: string | null) => makeTaskRow({lastStatus: 'STOPPED', desiredStatus: 'STOPPED', stoppedReason});
		expect(stoppedTasksByReason([stop(null), stop('b'), stop('a'), stop('b'), stop(null)])).toEqual([
			{reason: 'b', count: 2}, {reason: null, count: 2}, {reason: 'a', count: 1},
		]);
	});
});
