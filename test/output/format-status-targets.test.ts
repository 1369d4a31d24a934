import {describe, expect, it} from 'vitest';
import type {TaskTarget} from '../../source/model/targets/task-target.js';
import type {TaskRow} from '../../source/model/task-row.js';
import {formatStatus, STATUS_WIDTH, type StatusEntry} from '../../source/output/format-status.js';
import {makeDeployment, makeServiceRow} from '../helpers/service-row.js';
import {makeTarget, makeTaskRow} from '../helpers/task-row.js';

const TG = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef';
const balancer = {targetGroupArn: TG, loadBalancerName: null, containerName: 'app', containerPort: 80};
const json = (entries: StatusEntry[]) => JSON.parse(formatStatus(entries, 'json')) as Array<Record<string, unknown>>;

const task = (id: string, startedBy: string, revision: number, target: Partial<TaskTarget> | null, overrides: Partial<TaskRow> = {}) => makeTaskRow({
	taskArn: `arn:aws:ecs:us-east-1:123456789012:task/prod/${id}`, service: 'web', startedBy, taskDefinition: `web:${revision}`,
	lastStatus: 'RUNNING', desiredStatus: 'RUNNING', healthStatus: 'HEALTHY',
	...(target === null ? {} : {targets: [makeTarget({targetGroupArn: TG, targetId: `10.0.${revision}.1`, ...target})]}),
	...overrides,
});
const web = (deployments = [
	makeDeployment({id: 'ecs-svc/new', status: 'PRIMARY', taskDefinition: 'web:42', rolloutState: 'IN_PROGRESS', desiredCount: 2, runningCount: 2}),
	makeDeployment({id: 'ecs-svc/old', status: 'ACTIVE', taskDefinition: 'web:41', rolloutState: 'COMPLETED', desiredCount: 0, runningCount: 0}),
]) => makeServiceRow({desiredCount: 2, runningCount: 2, pendingCount: 0, loadBalancers: [balancer], deployments});

const failing = {state: 'unhealthy', reason: 'Target.ResponseCodeMismatch', description: 'Health checks failed with these codes: [500]'};
const draining = {state: 'draining', reason: 'Target.DeregistrationInProgress', drainingEndsAt: '2026-12-01T12:00:40.000Z'};
/** DEACTIVATING while its target drains: desired STOPPED, so the status's STOPPED listing has it. */
const leaving = {lastStatus: 'DEACTIVATING', desiredStatus: 'STOPPED'} as const;

describe('status behind a load balancer', () => {
	it('lists every target per service, counts healthy targets per deployment and names what drains', () => {
		const running = [task('n1', 'ecs-svc/new', 42, {state: 'healthy'}), task('n2', 'ecs-svc/new', 42, failing)];
		const stopped = [task('o1', 'ecs-svc/old', 41, draining, leaving), task('o0', 'ecs-svc/old', 41, null, {lastStatus: 'STOPPED', desiredStatus: 'STOPPED'})];
		const [status] = json([{service: web(), running, stopped}]);
		expect(status?.['targets']).toEqual([
			{targetGroupArn: TG, taskArn: 'arn:aws:ecs:us-east-1:123456789012:task/prod/n1', targetId: '10.0.42.1', port: 80, state: 'healthy', reason: null, description: null, drainingEndsAt: null},
			{targetGroupArn: TG, taskArn: 'arn:aws:ecs:us-east-1:123456789012:task/prod/n2', targetId: '10.0.42.1', port: 80, state: 'unhealthy', reason: 'Target.ResponseCodeMismatch', description: 'Health checks failed with these codes: [500]', drainingEndsAt: null},
			{targetGroupArn: TG, taskArn: 'arn:aws:ecs:us-east-1:123456789012:task/prod/o1', targetId: '10.0.41.1', port: 80, state: 'draining', reason: 'Target.DeregistrationInProgress', description: null, drainingEndsAt: '2026-12-01T12:00:40.000Z'},
		]);
		expect((status?.['deployments'] as Array<Record<string, unknown>>).map(({id, targetsHealthy, targetsTotal, targetsDraining}) => ({id, targetsHealthy, targetsTotal, targetsDraining}))).toEqual([
			{id: 'ecs-svc/new', targetsHealthy: 1, targetsTotal: 2, targetsDraining: 0},
			{id: 'ecs-svc/old', targetsHealthy: 0, targetsTotal: 1, targetsDraining: 1},
		]);
		expect(status?.['rollout']).toEqual({
			state: 'deploying', sentence: 'deploying web:42 → 1/2 healthy, draining web:41 (1 target)', target: 'web:42', from: 'web:41',
			draining: {taskDefinition: 'web:41', targets: 1, endsAt: '2026-12-01T12:00:40.000Z'},
		});
	});

	it('is deploying, not steady, while ECS calls the deployment complete and the old targets drain', () => {
		const completed = [makeDeployment({id: 'ecs-svc/new', status: 'PRIMARY', taskDefinition: 'web:42', rolloutState: 'COMPLETED', desiredCount: 2, runningCount: 2})];
		const running = [task('n1', 'ecs-svc/new', 42, {state: 'healthy'}), task('n2', 'ecs-svc/new', 42, {state: 'healthy'})];
		const [draining1] = json([{service: web(completed), running, stopped: [task('o1', 'ecs-svc/old', 41, draining, leaving)]}]);
		expect(draining1?.['rollout']).toMatchObject({state: 'deploying', draining: {taskDefinition: 'web:41', targets: 1}});
		const [gone] = json([{service: web(completed), running, stopped: [task('o1', 'ecs-svc/old', 41, null, {lastStatus: 'STOPPED', desiredStatus: 'STOPPED'})]}]);
		expect(gone?.['rollout']).toEqual({state: 'steady', sentence: 'steady', target: null, from: null, draining: null});
	});

	it('has null targets and no counts when they were not read, and no target fields at all without a load balancer', () => {
		const running = [task('n1', 'ecs-svc/new', 42, null)];
		const [unread] = json([{service: web(), running, stopped: []}]);
		expect(unread?.['targets']).toBeNull();
		expect(Object.keys((unread?.['deployments'] as object[])[0] ?? {})).not.toContain('targetsHealthy');
		const [plain] = json([{service: {...web(), loadBalancers: []}, running, stopped: []}]);
		expect(Object.keys(plain ?? {})).not.toContain('targets');
		expect(Object.keys((plain?.['deployments'] as object[])[0] ?? {})).not.toContain('targetsHealthy');
		expect(Object.keys(plain?.['rollout'] ?? {})).not.toContain('draining');
	});

	it('prints one line of target states per service in the table, within 80 columns', () => {
		const running = [task('n1', 'ecs-svc/new', 42, {state: 'healthy'}), task('n2', 'ecs-svc/new', 42, failing), task('n3', 'ecs-svc/new', 42, failing)];
		const text = formatStatus([
			{service: web(), running, stopped: [task('o1', 'ecs-svc/old', 41, draining, leaving)]},
			{service: makeServiceRow({serviceName: 'api', desiredCount: 1, runningCount: 1}), running: [], stopped: []},
			{service: {...web(), serviceName: 'idle'}, running: [], stopped: []},
		], 'table');
		const [webBlock, api, idle] = text.trimEnd().split('\n\n').map(block => block.split('\n'));
		expect(webBlock?.[1]).toBe('  deploying web:42 → 1/2 healthy, draining web:41 (1 target)');
		expect(webBlock).toContain('  targets: 1 healthy, 2 unhealthy (ResponseCodeMismatch), 1 draining');
		expect(api?.join('\n')).not.toContain('targets');
		expect(idle).toContain('  targets: not read');
		for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(STATUS_WIDTH);
	});
});
