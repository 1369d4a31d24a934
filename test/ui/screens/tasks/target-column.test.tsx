import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it, vi} from 'vitest';
import type {TaskTarget} from '../../../../source/model/targets/task-target.js';
import type {TaskRow} from '../../../../source/model/task-row.js';
import {snapshotOf, snapshotWith} from '../../../helpers/fake-store.js';
import {makeServiceRow} from '../../../helpers/service-row.js';
import {makeTaskRow} from '../../../helpers/task-row.js';
import {renderApp} from '../../render-app.js';

// Without a TTY Ink emits no colour at all; force it on, so switching colour off is what removes the escapes.
vi.hoisted(() => {
	process.env.FORCE_COLOR = '1';
});
process.env.TZ = 'UTC';
afterEach(cleanup);

const TG = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web-tg/73e2d6bc24d8a067';
const arn = (id: string) => `arn:aws:ecs:us-east-1:123456789012:task/prod/${id}`;

function target(ip: string, overrides: Partial<TaskTarget>): TaskTarget {
	return {targetGroupArn: TG, targetId: ip, port: 80, state: 'healthy', reason: null, description: null, drainingEndsAt: null, ...overrides};
}

function webTask(id: string, ip: string, revision: number, status: [string, string], targets: TaskTarget[] | undefined, minute: number): TaskRow {
	return makeTaskRow({
		taskArn: arn(id), service: 'web', taskDefinition: `web:${revision}`, family: 'web', revision,
		lastStatus: status[0], desiredStatus: status[1], healthStatus: 'UNKNOWN', availabilityZone: 'us-east-1a',
		eniId: `eni-0${id.slice(0, 8)}0000000`, privateIpv4: ip, launchType: 'FARGATE', createdAt: `2026-01-15T11:${String(minute).padStart(2, '0')}:00Z`,
		...(targets === undefined ? {} : {targets}),
	});
}

/** `web` rolling out from web:12 to web:13 behind an ALB: old tasks draining, new ones checked, one failing. */
function rollout(): TaskRow[] {
	return [
		webTask('1a2b3c4d5e6f40718293a4b5c6d7e8f9', '10.0.1.17', 12, ['DEACTIVATING', 'STOPPED'], [target('10.0.1.17', {state: 'draining', reason: 'Target.DeregistrationInProgress', drainingEndsAt: '2026-01-15T12:04:30Z'})], 0),
		webTask('2b3c4d5e6f708192a3b4c5d6e7f80910', '10.0.2.33', 12, ['RUNNING', 'RUNNING'], [target('10.0.2.33', {})], 1),
		webTask('3c4d5e6f708192a3b4c5d6e7f8091011', '10.0.1.90', 13, ['RUNNING', 'RUNNING'], [target('10.0.1.90', {state: 'initial', reason: 'Elb.InitialHealthChecking'})], 55),
		webTask('4d5e6f708192a3b4c5d6e7f809101112', '10.0.2.41', 13, ['RUNNING', 'RUNNING'], [target('10.0.2.41', {state: 'unhealthy', reason: 'Target.ResponseCodeMismatch', description: 'Health checks failed with these codes: [502]'})], 56),
		webTask('5e6f708192a3b4c5d6e7f80910111213', '10.0.1.12', 13, ['PENDING', 'RUNNING'], [], 57),
		makeTaskRow({
			taskArn: arn('6f708192a3b4c5d6e7f8091011121314'), service: 'worker', taskDefinition: 'worker:7', lastStatus: 'RUNNING', desiredStatus: 'RUNNING',
			availabilityZone: 'us-east-1c', eniId: 'eni-06f70819200000000', privateIpv4: '10.0.3.7', launchType: 'FARGATE', createdAt: '2026-01-15T10:00:00Z',
		}),
	];
}

// eslint-disable-next-line no-control-regex -- looking for escape codes is the point
const ANSI = /\u001B\[[\d;]*m/gu;
/** The escape codes just before `text` on the grid line of task `id` in a coloured frame. */
const styleBefore = (frame: string, id: string, text: string) => {
	const line = frame.split('\n').find(candidate => candidate.includes(id)) ?? '';
	// eslint-disable-next-line no-control-regex -- escape codes are the point
	return /(?:\u001B\[[\d;]*m)+$/u.exec(line.slice(0, line.indexOf(text)))?.[0] ?? '';
};

describe('the TARGET column', () => {
	it('fits 80 columns: TARGET in place of ENI, with the worst state of each task', () => {
		const app = renderApp(snapshotOf(rollout()), {width: 80, height: 12, colorEnabled: false});
		expect(app.frame()).toMatchInlineSnapshot(`
			"ecswatch  clusters › prod › all tasks  us-east-1
			running 4  pending 1  stopping 1  stopped 0  │  unhealthy 0  healthy 0
			updated 12:00:00 · live · every 5s
			  TASK     SERVICE  STATUS               HEALTH    TARGET        PRIVATE IP
			> 1a2b3c4d web      DEACTIVATING→STOPPED UNKNOWN   draining 4m   10.0.1.17
			  2b3c4d5e web      RUNNING              UNKNOWN   healthy       10.0.2.33
			  3c4d5e6f web      RUNNING              UNKNOWN   initial       10.0.1.90
			  4d5e6f70 web      RUNNING              UNKNOWN   unhealthy (R… 10.0.2.41
			  5e6f7081 web      PENDING→RUNNING      UNKNOWN   unregistered  10.0.1.12
			  6f708192 worker   RUNNING              -         -             10.0.3.7

			? help  q quit  Esc back  ↑↓ move  Enter task  l logs  / filter              1/6"
		`);
	});

	it('fits 120 columns with the reason cut to fit, ENI and AZ kept', () => {
		const app = renderApp(snapshotOf(rollout()), {width: 120, height: 12, colorEnabled: false});
		expect(app.frame()).toMatchInlineSnapshot(`
			"ecswatch  clusters › prod › all tasks  us-east-1
			running 4  pending 1  stopping 1  stopped 0  │  unhealthy 0  healthy 0
			updated 12:00:00 · live · every 5s
			  TASK     SERVICE  REV    STATUS           HEALTH    TARGET       AZ         ENI                   PRIVATE IP       AGE
			> 1a2b3c4d web      web:12 DEACTIVATING→ST… UNKNOWN   draining 4m  us-east-1a eni-01a2b3c4d0000000  10.0.1.17         1h
			  2b3c4d5e web      web:12 RUNNING          UNKNOWN   healthy      us-east-1a eni-02b3c4d5e0000000  10.0.2.33        59m
			  3c4d5e6f web      web:13 RUNNING          UNKNOWN   initial      us-east-1a eni-03c4d5e6f0000000  10.0.1.90         5m
			  4d5e6f70 web      web:13 RUNNING          UNKNOWN   unhealthy (… us-east-1a eni-04d5e6f700000000  10.0.2.41         4m
			  5e6f7081 web      web:13 PENDING→RUNNING  UNKNOWN   unregistered us-east-1a eni-05e6f70810000000  10.0.1.12         3m
			  6f708192 worker   worke… RUNNING          -         -            us-east-1c eni-06f70819200000000 10.0.3.7          2h

			? help  q quit  Esc back  ↑↓ move  Enter task  l logs  / filter  t timeline  v group  d deploys  s stopped           1/6"
		`);
	});

	it('shows the whole reason at 160 columns', () => {
		const app = renderApp(snapshotOf(rollout()), {width: 160, height: 12, colorEnabled: false});
		expect(app.frame()).toContain('unhealthy (ResponseCodeMismatch)');
	});

	it('is there as soon as a service has a target group, `-` until the targets are read', () => {
		const tasks = rollout().map(({targets: _targets, ...row}) => row);
		const services = [makeServiceRow({serviceName: 'web', loadBalancers: [{targetGroupArn: TG, loadBalancerName: null, containerName: 'web', containerPort: 80}]})];
		const app = renderApp(snapshotWith(tasks, {services}), {width: 80, height: 12, colorEnabled: false});
		const header = app.frame().split('\n').find(line => line.includes('TASK'));
		expect(header).toMatch(/HEALTH +TARGET +PRIVATE IP/u);
		expect(app.frame()).toMatch(/1a2b3c4d web +DEACTIVATING→STOPPED +UNKNOWN +- +10\.0\.1\.17/u);
	});

	it('is not there without load balancing: the grid keeps ENI', () => {
		const tasks = rollout().map(({targets: _targets, ...row}) => row);
		const app = renderApp(snapshotOf(tasks), {width: 80, height: 12, colorEnabled: false});
		expect(app.frame()).not.toContain('TARGET');
		expect(app.frame()).toContain('ENI');
	});

	it('colours the states as HEALTH is coloured, and says them in words without colour', () => {
		const coloured = renderApp(snapshotOf(rollout()), {width: 120, height: 12, colorEnabled: true}).frame();
		expect(styleBefore(coloured, '2b3c4d5e', 'healthy ')).toContain('\u001B[32m'); // green
		expect(styleBefore(coloured, '4d5e6f70', 'unhealthy (')).toContain('\u001B[31m'); // red
		expect(styleBefore(coloured, '3c4d5e6f', 'initial')).toContain('\u001B[33m'); // yellow, as a pending task
		expect(styleBefore(coloured, '1a2b3c4d', 'draining')).toContain('\u001B[90m'); // grey, as a stopping task
		cleanup();
		const plain = renderApp(snapshotOf(rollout()), {width: 120, height: 12, colorEnabled: false}).frame();
		expect(plain).not.toMatch(ANSI);
		for (const words of ['healthy ', 'unhealthy (', 'initial', 'draining 4m', 'unregistered']) expect(plain).toContain(words);
	});

	it('Shift+B sorts worst first, again the other way', async () => {
		const app = renderApp(snapshotOf(rollout()), {width: 120, height: 12, colorEnabled: false});
		const order = () => app.frame().split('\n').flatMap(line => /^[> ] ([0-9a-f]{8}) /u.exec(line)?.[1] ?? []);
		await app.press('B');
		expect(app.frame()).toContain('TARGET^');
		expect(order()).toEqual(['4d5e6f70', '1a2b3c4d', '3c4d5e6f', '5e6f7081', '2b3c4d5e', '6f708192']);
		await app.press('B');
		expect(app.frame()).toContain('TARGETv');
		expect(order()).toEqual(['2b3c4d5e', '5e6f7081', '3c4d5e6f', '1a2b3c4d', '4d5e6f70', '6f708192']);
	});

	it('filters with target:', async () => {
		const app = renderApp(snapshotOf(rollout()), {width: 120, height: 12, colorEnabled: false});
		await app.press('/');
		for (const key of 'target:draining') await app.press(key);
		await app.press('\r');
		expect(app.frame()).toContain('1a2b3c4d');
		expect(app.frame()).not.toContain('4d5e6f70');
	});

	it('sanitises what ELB sent', () => {
		const [first, ...rest] = rollout();
		const hostile = {...first!, targets: [target('10.0.1.17', {state: 'unhealthy', reason: 'Target.\u001B]0;pwned\u0007Bad'})]};
		const frame = renderApp(snapshotOf([hostile, ...rest]), {width: 160, height: 12, colorEnabled: false}).frame();
		expect(frame).toContain('unhealthy (\uFFFD]0;pwned\uFFFDBad)');
		expect(frame).not.toContain('\u0007');
	});
});
