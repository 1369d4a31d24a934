import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import type {ServiceRow} from '../../../../source/model/service-row.js';
import type {TaskTarget} from '../../../../source/model/targets/task-target.js';
import type {TaskRow} from '../../../../source/model/task-row.js';
import {FETCHED_AT, snapshotWith} from '../../../helpers/fake-store.js';
import {makeDeployment, makeServiceRow} from '../../../helpers/service-row.js';
import {makeTarget} from '../../../helpers/task-row.js';
import {renderApp} from '../../render-app.js';
import {steadyServices, webTasks} from '../../rollout-world.js';

process.env.TZ = 'UTC';
afterEach(cleanup);

const TD = 'arn:aws:ecs:us-east-1:123456789012:task-definition/';
const TG = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef';
const minutesAgo = (minutes: number) => new Date(FETCHED_AT - minutes * 60_000).toISOString();
const inSeconds = (seconds: number) => new Date(FETCHED_AT + seconds * 1000).toISOString();

/** web behind an ALB: `deployments` as given, its tasks' targets as given. */
function webBehindAlb(deployments: ServiceRow['deployments']): ServiceRow {
	return makeServiceRow({
		serviceName: 'web', desiredCount: 3, runningCount: 3, circuitBreaker: {enable: true, rollback: true},
		loadBalancers: [{targetGroupArn: TG, loadBalancerName: null, containerName: 'app', containerPort: 80}], deployments,
	});
}

const withTargets = (tasks: TaskRow[], targets: ReadonlyArray<Partial<TaskTarget>>): TaskRow[] =>
	tasks.map((task, index) => ({...task, targets: [makeTarget({targetGroupArn: TG, targetId: task.privateIpv4 ?? '10.0.0.1', ...targets[index]})]}));

const primary = (overrides: Parameters<typeof makeDeployment>[0] = {}) => makeDeployment({
	id: 'ecs-svc/42', status: 'PRIMARY', taskDefinition: `${TD}web:42`, rolloutState: 'IN_PROGRESS', desiredCount: 3, runningCount: 3, pendingCount: 0, failedTasks: 0, createdAt: minutesAgo(2), ...overrides,
});
const previous = (overrides: Parameters<typeof makeDeployment>[0] = {}) => makeDeployment({
	id: 'ecs-svc/41', status: 'ACTIVE', taskDefinition: `${TD}web:41`, rolloutState: 'COMPLETED', desiredCount: 3, runningCount: 3, createdAt: minutesAgo(180), ...overrides,
});
const healthy = {state: 'healthy'};
const initial = {state: 'initial', reason: 'Elb.RegistrationInProgress'};
const draining = {state: 'draining', reason: 'Target.DeregistrationInProgress', drainingEndsAt: inSeconds(35)};
const top = (frame: string, lines: number) => frame.split('\n').slice(0, lines).join('\n');

describe('target health in the deployments panel and the header', () => {
	it('counts tasks whose targets are healthy per deployment, within 80 columns', () => {
		const tasks = [
			...withTargets(webTasks('n', 42, 'ecs-svc/42', 3), [healthy, healthy, initial]),
			...withTargets(webTasks('o', 41, 'ecs-svc/41', 3), [healthy, healthy, healthy]),
		];
		const app = renderApp(snapshotWith(tasks, {services: [webBehindAlb([primary(), previous()]), ...steadyServices()]}), {width: 80, height: 24, colorEnabled: false});
		const frame = top(app.frame(), 7);
		expect(frame).toBe([
			'ecswatch  clusters › prod › all tasks  us-east-1',
			'running 6  pending 0  stopping 0  stopped 0  │  unhealthy 0  healthy 6',
			'web: deploying web:42 → 2/3 healthy, 0 pending, 0 failed',
			'updated 12:00:00 · live · every 5s',
			'web  web:42  PRIMARY IN_PROGRESS  ███░ 2/3  3 run 0 pend 0 fail  tg 2/3 ok  2m',
			'web  web:41  ACTIVE  COMPLETED    ████ 3/3  3 run 0 pend 0 fail  tg 3/3 ok  3h',
			'steady: api 4/4, worker 3/3',
		].join('\n'));
		for (const line of app.frame().split('\n')) expect(line.length).toBeLessThanOrEqual(80);
	});

	it('says the old revision is still draining, and says steady only once its targets are gone', () => {
		const fresh = withTargets(webTasks('n', 42, 'ecs-svc/42', 3), [healthy, healthy, healthy]);
		const leaving = withTargets(webTasks('o', 41, 'ecs-svc/41', 2, {lastStatus: 'DEACTIVATING', desiredStatus: 'STOPPED'}), [draining, draining]);
		const done = [primary({rolloutState: 'COMPLETED'})];
		const drainingApp = renderApp(snapshotWith([...fresh, ...leaving], {services: [webBehindAlb(done)]}), {width: 80, height: 24, colorEnabled: false});
		expect(top(drainingApp.frame(), 6).split('\n').slice(2)).toEqual([
			'web: deploying web:42 → 3/3 healthy, draining web:41 (2 targets, ≈40s)',
			'updated 12:00:00 · live · every 5s',
			'web  web:42  PRIMARY COMPLETED    ████ 3/3  3 run 0 pend 0 fail  tg 3/3 ok  2m',
			'web  draining web:41 (2 targets, ≈40s)',
		]);
		cleanup();
		const stopped = leaving.map(task => ({...task, lastStatus: 'STOPPED', targets: []}));
		const steadyApp = renderApp(snapshotWith([...fresh, ...stopped], {services: [webBehindAlb(done)]}), {width: 80, height: 24, colorEnabled: false});
		expect(steadyApp.frame().split('\n').slice(2, 5)).toEqual(['steady', 'updated 12:00:00 · live · every 5s', 'steady: web 3/3']);
	});

	it('shows the draining and the unhealthy targets on the lines of the deployments they belong to', () => {
		const failing = {state: 'unhealthy', reason: 'Target.ResponseCodeMismatch'};
		const tasks = [
			...withTargets(webTasks('n', 42, 'ecs-svc/42', 3), [failing, failing, healthy]),
			...withTargets(webTasks('o', 41, 'ecs-svc/41', 2, {lastStatus: 'DEACTIVATING', desiredStatus: 'STOPPED'}), [draining, draining]),
		];
		const app = renderApp(snapshotWith(tasks, {services: [webBehindAlb([primary(), previous({desiredCount: 0, runningCount: 0})])]}), {width: 80, height: 24, colorEnabled: false});
		expect(app.frame().split('\n').slice(2, 6)).toEqual([
			'web: deploying web:42 → 1/3 healthy, draining web:41 (2 targets, ≈40s)',
			'updated 12:00:00 · live · every 5s',
			'web  web:42  PRIMARY IN_PROGRESS  █░░░ 1/3  3 run 0 pend 0 fail  tg 2 unhealthy',
			'web  web:41  ACTIVE  COMPLETED    ░░░░ 0/0  0 run 0 pend 0 fail  tg 2 draining',
		]);
		const wide = renderApp(snapshotWith(tasks, {services: [webBehindAlb([primary(), previous({desiredCount: 0, runningCount: 0})])]}), {width: 160, height: 24, colorEnabled: false});
		expect(wide.frame().split('\n')[4]).toContain('3 desired 3 running 0 pending 0 failed  targets 1/3 healthy, 2 unhealthy');
	});
});
