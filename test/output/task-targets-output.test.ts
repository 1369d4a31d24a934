import {describe, expect, it} from 'vitest';
import type {TaskTarget} from '../../source/model/targets/task-target.js';
import {formatCsv} from '../../source/output/format-csv.js';
import {formatJson} from '../../source/output/format-json.js';
import {formatTable} from '../../source/output/format-table.js';
import {FETCHED_AT} from '../helpers/fake-store.js';
import {makeTaskRow} from '../helpers/task-row.js';

const TG = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web-tg/73e2d6bc24d8a067';
const arn = (id: string) => `arn:aws:ecs:us-east-1:123456789012:task/prod/${id}`;

const draining: TaskTarget = {
	targetGroupArn: TG, targetId: '10.0.1.17', port: 80, state: 'draining', reason: 'Target.DeregistrationInProgress',
	description: 'Target deregistration is in progress', drainingEndsAt: '2026-01-15T12:04:30.000Z',
};
const unhealthy: TaskTarget = {
	targetGroupArn: TG, targetId: '10.0.2.41', port: 80, state: 'unhealthy', reason: 'Target.ResponseCodeMismatch',
	description: 'Health checks failed with these codes: [502]', drainingEndsAt: null,
};

const rows = () => [
	makeTaskRow({taskArn: arn('1a2b3c4d5e6f40718293a4b5c6d7e8f9'), service: 'web', lastStatus: 'DEACTIVATING', desiredStatus: 'STOPPED', privateIpv4: '10.0.1.17', targets: [draining]}),
	makeTaskRow({taskArn: arn('4d5e6f708192a3b4c5d6e7f809101112'), service: 'web', lastStatus: 'RUNNING', desiredStatus: 'RUNNING', privateIpv4: '10.0.2.41', targets: [unhealthy]}),
	makeTaskRow({taskArn: arn('6f708192a3b4c5d6e7f8091011121314'), service: 'worker', lastStatus: 'RUNNING', desiredStatus: 'RUNNING', privateIpv4: '10.0.3.7'}),
];

describe('load-balancer targets in the snapshot outputs', () => {
	it('table: a TARGET column after HEALTH once targets were read, and --columns target', () => {
		expect(formatTable(rows(), FETCHED_AT)).toMatchInlineSnapshot(`
			"TASK                              SERVICE  REV  STATUS                HEALTH  TARGET                            AZ  ENI  PRIVATE IP  LAUNCH  AGE
			1a2b3c4d5e6f40718293a4b5c6d7e8f9  web      -    DEACTIVATING→STOPPED  -       draining 4m                       -   -    10.0.1.17   -         -
			4d5e6f708192a3b4c5d6e7f809101112  web      -    RUNNING               -       unhealthy (ResponseCodeMismatch)  -   -    10.0.2.41   -         -
			6f708192a3b4c5d6e7f8091011121314  worker   -    RUNNING               -       -                                 -   -    10.0.3.7    -         -
			"
		`);
		expect(formatTable(rows(), FETCHED_AT, ['task', 'target'])).toMatchInlineSnapshot(`
			"TASK                              TARGET
			1a2b3c4d5e6f40718293a4b5c6d7e8f9  draining 4m
			4d5e6f708192a3b4c5d6e7f809101112  unhealthy (ResponseCodeMismatch)
			6f708192a3b4c5d6e7f8091011121314  -
			"
		`);
		expect(formatTable(rows().slice(2), FETCHED_AT)).not.toContain('TARGET');
	});

	it('json: targets as ELB reports them, null without a load balancer', () => {
		const tasks = JSON.parse(formatJson(rows())) as Array<{targets: unknown}>;
		expect(tasks.map(task => task.targets)).toEqual([
			[{targetGroupArn: TG, targetId: '10.0.1.17', port: 80, state: 'draining', reason: 'Target.DeregistrationInProgress', description: 'Target deregistration is in progress', drainingEndsAt: '2026-01-15T12:04:30.000Z'}],
			[{targetGroupArn: TG, targetId: '10.0.2.41', port: 80, state: 'unhealthy', reason: 'Target.ResponseCodeMismatch', description: 'Health checks failed with these codes: [502]', drainingEndsAt: null}],
			null,
		]);
		const [registered] = JSON.parse(formatJson([makeTaskRow({targets: []})])) as Array<{targets: unknown}>;
		expect(registered?.targets).toEqual([]);
	});

	it('json: escapes what ELB sent, and parses back to it', () => {
		const hostile = {...unhealthy, description: 'codes: [502]\u001B[2J\u009B31m\u202Eevil'};
		const text = formatJson([makeTaskRow({targets: [hostile]})]);
		expect(text).toContain(String.raw`codes: [502]\u001b[2J\u009b31m\u202eevil`);
		// eslint-disable-next-line no-control-regex -- looking for raw control characters is the point
		expect(text.replaceAll('\n', '')).not.toMatch(/[\u0000-\u001F\u007F-\u009F\u202E]/u);
		expect((JSON.parse(text) as Array<{targets: TaskTarget[]}>)[0]?.targets[0]?.description).toBe(hostile.description);
	});

	it('csv: a targets field (group/target:port=state) by default, and the TARGET cell with --columns', () => {
		const lines = formatCsv(rows()).split('\r\n');
		expect(lines[0]?.endsWith(',hostPorts,containers,targets')).toBe(true);
		expect(lines[1]?.endsWith(',web-tg/10.0.1.17:80=draining')).toBe(true);
		expect(lines[3]?.endsWith(',')).toBe(true);
		expect(formatCsv(rows(), {fields: ['task', 'target'], nowMs: FETCHED_AT})).toBe([
			'task,target', '1a2b3c4d5e6f40718293a4b5c6d7e8f9,draining 4m', '4d5e6f708192a3b4c5d6e7f809101112,unhealthy (ResponseCodeMismatch)',
			'6f708192a3b4c5d6e7f8091011121314,', '',
		].join('\r\n'));
	});

	it('csv: a hostile target cannot break a record or reach the terminal', () => {
		const text = formatCsv([makeTaskRow({targets: [{...unhealthy, targetId: '10.0.2.41\r\n=cmd\u001B[31m'}]})]);
		// eslint-disable-next-line no-control-regex -- looking for raw control characters is the point
		expect(text.replaceAll('\r\n', '')).not.toMatch(/[\u0000-\u001F\u007F-\u009F]/u);
		expect(text.split('\r\n')).toHaveLength(3);
	});
});
