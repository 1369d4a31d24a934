import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import type {ServiceRow} from '../../../../source/model/service-row.js';
import type {TaskRow} from '../../../../source/model/task-row.js';
import {acceptTaskPoll} from '../../../../source/watch/task-poller.js';
import type {WatchData} from '../../../../source/watch/snapshot.js';
import {FETCHED_AT, snapshotOf, snapshotWith} from '../../../helpers/fake-store.js';
import {blueGreenCheckout, drainingWeb, rollbackSameRevision} from '../../deployment-world.js';
import {renderApp} from '../../render-app.js';
import {rollingBackWeb, rollingWeb, webTasks} from '../../rollout-world.js';

process.env.TZ = 'UTC';
afterEach(cleanup);

const world = ({services, tasks}: {services: ServiceRow[]; tasks: TaskRow[]}) => snapshotWith(tasks, {services});
const lines = (frame: string, from: number, to: number) => frame.split('\n').slice(from, to).join('\n');
const widest = (frame: string) => Math.max(...frame.split('\n').map(line => [...line].length));

describe('deployments panel as ECS runs them', () => {
	it('shows the task sets of a blue/green service: status, stability, bar, scale and counts, in 80 columns', () => {
		const app = renderApp(world(blueGreenCheckout()), {width: 80, height: 20, colorEnabled: false});
		expect(lines(app.frame(), 0, 7)).toMatchInlineSnapshot(`
			"ecswatch  clusters › prod › all tasks  us-east-1
			running 7  pending 0  stopping 0  stopped 0  │  unhealthy 0  healthy 7
			checkout: deploying checkout:8 → 3/4 healthy, 1 pending, 0 failed
			updated 12:00:00 · live · every 5s
			checkout  checkout:7  PRIMARY STEADY_STATE  ██████ 4/4  100%  4 run 0 pend  5h
			checkout  checkout:8  ACTIVE  STABILIZING   █████░ 3/4  100%  3 run 1 pend  3m
			  TASK     SERVICE  STATUS       HEALTH    ENI                   PRIVATE IP"
		`);
		expect(widest(app.frame())).toBeLessThanOrEqual(80);
	});

	it('reads a deleted (DRAINING) task set by the tasks it has left, not as a bar over a desired count of 0', () => {
		const {services: [checkout], tasks} = blueGreenCheckout();
		const [blue, green] = checkout!.taskSets;
		const shifted = {...checkout!, taskSets: [
			{...green!, status: 'PRIMARY', stabilityStatus: 'STEADY_STATE', runningCount: 4, pendingCount: 0},
			{...blue!, status: 'DRAINING', computedDesiredCount: 0, scale: {value: 0, unit: 'PERCENT'}, stabilityStatus: 'STABILIZING', runningCount: 2},
		]};
		const app = renderApp(world({services: [shifted], tasks}), {width: 80, height: 20, colorEnabled: false});
		const draining = app.frame().split('\n').find(line => line.includes('DRAINING'));
		expect(draining).toMatch(/^checkout {2}checkout:7 {2}DRAINING STABILIZING +draining {2}2 run 0 pend/u);
		expect(draining).not.toContain('/0');
	});

	it('tells two lines of one revision apart by their short deployment ids', () => {
		const app = renderApp(world(rollbackSameRevision()), {width: 80, height: 20, colorEnabled: false});
		expect(lines(app.frame(), 4, 6)).toMatchInlineSnapshot(`
			"web  web:41 819917  PRIMARY IN_PROGRESS  ███░░░ 2/4  4 des 2 run 0 pend 0 fail
			web  web:41 444555  ACTIVE  COMPLETED    ██████ 2/2  2 des 2 run 0 pend 0 fail"
		`);
		expect(widest(app.frame())).toBeLessThanOrEqual(80);
	});

	it('reads a FAILED deployment whose tasks still drain as failed and draining, with its reason, in 80 columns', () => {
		const app = renderApp(world(rollingBackWeb()), {width: 80, height: 20, colorEnabled: false});
		const failed = app.frame().split('\n').find(line => line.includes('web:42'));
		expect(failed).toMatchInlineSnapshot(`"web  web:42  ACTIVE  FAILED       draining 2 tasks  4 failed  ECS deployment ci…"`);
	});

	it('says a service being deleted is draining, not scaling', () => {
		const app = renderApp(world(drainingWeb()), {width: 80, height: 20, colorEnabled: false});
		expect(lines(app.frame(), 0, 6)).toMatchInlineSnapshot(`
			"ecswatch  clusters › prod › all tasks  us-east-1
			running 0  pending 0  stopping 2  stopped 0  │  unhealthy 0  healthy 2
			web: draining (service deleted) → 2 running
			updated 12:00:00 · live · every 5s
			web  draining (service deleted) → 2 running
			steady: api 4/4, worker 3/3"
		`);
	});
});

describe('v groups by revision, then by deployment', () => {
	it('cycles none → revision → deployment → none; deployment headers tell old and new tasks of one revision apart', async () => {
		const app = renderApp(world(rollbackSameRevision()), {width: 100, height: 20, colorEnabled: false});
		const body = () => {
			const frame = app.frame().split('\n');
			const titles = frame.findIndex(line => line.includes('TASK'));
			return frame.slice(titles + 1, titles + 7).join('\n');
		};
		expect(app.frame()).not.toContain('running 2  healthy');
		await app.press('v');
		expect(body()).toMatchInlineSnapshot(`
			"  web:41  running 4  healthy 4  unhealthy 0  pending 0  stopped 0  a:2 b:2
			> n1aaaaaa web      RUNNING          HEALTHY   us-east-1b -                     10.0.41.11        2m
			  o1aaaaaa web      RUNNING          HEALTHY   us-east-1b -                     10.0.41.11        2m
			  n0aaaaaa web      RUNNING          HEALTHY   us-east-1a -                     10.0.41.10        1m
			  o0aaaaaa web      RUNNING          HEALTHY   us-east-1a -                     10.0.41.10        1m
			"
		`);
		await app.press('v');
		expect(body()).toMatchInlineSnapshot(`
			"  web:41  deployment 819917  PRIMARY IN_PROGRESS  running 2  healthy 2  a:1 b:1
			> n1aaaaaa web      RUNNING          HEALTHY   us-east-1b -                     10.0.41.11        2m
			  n0aaaaaa web      RUNNING          HEALTHY   us-east-1a -                     10.0.41.10        1m
			  web:41  deployment 444555  ACTIVE COMPLETED  running 2  healthy 2  a:1 b:1
			  o1aaaaaa web      RUNNING          HEALTHY   us-east-1b -                     10.0.41.11        2m
			  o0aaaaaa web      RUNNING          HEALTHY   us-east-1a -                     10.0.41.10        1m"
		`);
		await app.press('v');
		expect(app.frame()).not.toContain('running 2  healthy');
	});

	it('names the task set and its stability for a blue/green service', async () => {
		const app = renderApp(world(blueGreenCheckout()), {width: 100, height: 24, colorEnabled: false});
		await app.press('v');
		await app.press('v');
		const headers = app.frame().split('\n').filter(line => line.includes('task set'));
		expect(headers).toMatchInlineSnapshot(`
			[
			  "  checkout:7  task set 012345  PRIMARY STEADY_STATE  running 4  healthy 4  a:2 b:1 c:1",
			  "  checkout:8  task set 054321  ACTIVE STABILIZING  running 3  healthy 3  a:1 b:1 c:1",
			]
		`);
	});
});

/** web rolling to web:42 (desired 6) with `healthy` of its tasks up, as one poll returns it. */
function pollWith(healthy: number) {
	const {services} = rollingWeb();
	return {
		services,
		tasks: [
			...webTasks('n', 42, 'ecs-svc/42', healthy),
			...webTasks('p', 42, 'ecs-svc/42', 6 - healthy, {lastStatus: 'PENDING', healthStatus: 'UNKNOWN', privateIpv4: null}),
		],
	};
}

/** The data after polls a minute apart ending at FETCHED_AT, each with these healthy counts. */
function watched(...healthy: number[]): WatchData {
	let data: WatchData | null = null;
	for (const [index, count] of healthy.entries()) {
		data = acceptTaskPoll(data, pollWith(count), FETCHED_AT - (healthy.length - 1 - index) * 60_000);
	}

	return data!;
}

describe('estimate of time left', () => {
	it('shows ≈3m left in the header and on the PRIMARY line once the healthy count has risen twice', () => {
		const app = renderApp(snapshotOf([], {data: watched(1, 2, 3)}), {width: 100, height: 20, colorEnabled: false});
		expect(lines(app.frame(), 2, 5)).toMatchInlineSnapshot(`
			"web: deploying web:42 → 3/6 healthy, 2 pending, 0 failed, ≈3m left
			updated 12:00:00 · live · every 5s
			web  web:42  PRIMARY IN_PROGRESS  ███░░░ 3/6  6 des 3 run 2 pend 0 fail  ≈3m left  2m  cb rollback"
		`);
	});

	it('shows nothing while there is no rate to go on', () => {
		const app = renderApp(snapshotOf([], {data: watched(1, 2)}), {width: 100, height: 20, colorEnabled: false});
		expect(app.frame()).not.toContain('left');
	});
});
