import {describe, expect, it} from 'vitest';
import {formatTable} from '../../source/output/format-table.js';
import {MAX_COLUMN_WIDTH} from '../../source/output/text-table.js';
import {FETCHED_AT} from '../helpers/fake-store.js';
import {makeTaskRow} from '../helpers/task-row.js';
import {sampleTasks} from '../ui/sample-tasks.js';

const arn = (id: string) => `arn:aws:ecs:us-east-1:123456789012:task/prod/${id}`;

describe('formatTable', () => {
	it('aligns every column, shows full task ids and `-` for missing values', () => {
		expect(formatTable(sampleTasks(), FETCHED_AT)).toMatchInlineSnapshot(`
			"TASK                              SERVICE  REV                    STATUS                            HEALTH     AZ          ENI                    PRIVATE IP  LAUNCH        AGE
			1a2b3c4d5e6f40718293a4b5c6d7e8f9  web      web:12                 RUNNING                           HEALTHY    us-east-1a  eni-0a1b2c3d4e5f60718  10.0.1.17   FARGATE        2m
			2b3c4d5e6f708192a3b4c5d6e7f80910  web      web:12                 RUNNING→STOPPED                   UNHEALTHY  us-east-1b  eni-0b1b2c3d4e5f60718  10.0.2.33   FARGATE_SPOT   3h
			3c4d5e6f708192a3b4c5d6e7f8091011  api      api-backend-service:3  PROVISIONING→RUNNING              UNKNOWN    us-east-1a  -                      -           FARGATE        5s
			4d5e6f708192a3b4c5d6e7f809101112  worker   worker:7               RUNNING                           -          us-east-1c  80→32768/tcp           -           EC2            4d
			5e6f708192a3b4c5d6e7f80910111213  web      web:11                 STOPPED EssentialContainerExited  UNKNOWN    us-east-1b  eni-0c1b2c3d4e5f60718  10.0.2.90   FARGATE        2h
			"
		`);
	});

	it('shows a bridge-mode task\'s host ports in the ENI column', () => {
		const row = makeTaskRow({
			taskArn: arn('4d5e6f708192a3b4c5d6e7f809101112'), lastStatus: 'RUNNING', desiredStatus: 'RUNNING', launchType: 'EC2',
			hostPorts: [
				{containerName: 'web', bindIp: '0.0.0.0', containerPort: 80, hostPort: 32768, protocol: 'tcp'},
				{containerName: 'dns', bindIp: '0.0.0.0', containerPort: 53, hostPort: 32769, protocol: 'udp'},
			],
		});
		expect(formatTable([row], FETCHED_AT)).toMatchInlineSnapshot(`
			"TASK                              SERVICE  REV  STATUS   HEALTH  AZ  ENI                        PRIVATE IP  LAUNCH  AGE
			4d5e6f708192a3b4c5d6e7f809101112  -        -    RUNNING  -       -   80→32768/tcp,53→32769/udp  -           EC2       -
			"
		`);
	});

	it('shows the --columns chosen, in their order, with their headers', () => {
		expect(formatTable(sampleTasks().slice(2, 4), FETCHED_AT, ['ip', 'task', 'host-ports', 'age', 'task-arn'])).toMatchInlineSnapshot(`
			"PRIVATE IP  TASK                              HOST PORTS    AGE  TASK ARN
			-           3c4d5e6f708192a3b4c5d6e7f8091011  -              5s  arn:aws:ecs:us-east-1:123456789012:task/prod/3c4d5e6f708192a3b4c5d6e7f8091011
			-           4d5e6f708192a3b4c5d6e7f809101112  80→32768/tcp   4d  arn:aws:ecs:us-east-1:123456789012:task/prod/4d5e6f708192a3b4c5d6e7f809101112
			"
		`);
	});

	it('prints only the header for no tasks', () => {
		expect(formatTable([], FETCHED_AT)).toMatchInlineSnapshot(`
			"TASK  SERVICE  REV  STATUS  HEALTH  AZ  ENI  PRIVATE IP  LAUNCH  AGE
			"
		`);
	});

	it('sanitises untrusted text, the task id included', () => {
		const text = formatTable([makeTaskRow({
			taskArn: arn('evil\u001B]0;pwned\u0007id'), service: 'web\u001B[31m', lastStatus: 'RUNNING\u009B2J', privateIpv4: '10.0.0.1\u202E',
		})], FETCHED_AT);
		// eslint-disable-next-line no-control-regex -- looking for raw control characters is the point
		expect(text.replaceAll('\n', '')).not.toMatch(/[\u0000-\u001F\u007F-\u009F\u202E]/u);
		expect(text).toContain('evil\uFFFD]0;pwned\uFFFDid');
		expect(text).toContain('web\uFFFD[31m');
	});

	it('lines up columns after wide (CJK) text by display width', () => {
		const lines = formatTable([
			makeTaskRow({taskId: 'aaaa', service: '支付', privateIpv4: '10.0.0.1'}),
			makeTaskRow({taskId: 'bbbb', service: 'pay', privateIpv4: '10.0.0.2'}),
		], FETCHED_AT).split('\n');
		const ipColumn = (line: string) => {
			const index = line.indexOf('10.0.0.');
			return [...line.slice(0, index)].reduce((width, char) => width + (char === '支' || char === '付' ? 2 : 1), 0);
		};
		expect(ipColumn(lines[1] ?? '')).toBe(ipColumn(lines[2] ?? ''));
	});

	it('cuts a value wider than 60 columns with …, so one long value does not pad every line', () => {
		const long = `svc-${'x'.repeat(50_000)}`;
		const lines = formatTable([
			makeTaskRow({taskId: 'aaaa', service: long, privateIpv4: '10.0.0.1'}),
			makeTaskRow({taskId: 'bbbb', service: 'web', privateIpv4: '10.0.0.2'}),
		], FETCHED_AT).trimEnd().split('\n');
		expect(MAX_COLUMN_WIDTH).toBe(60);
		expect(lines[1]).toContain(`  svc-${'x'.repeat(55)}…  `);
		expect(lines[1]).not.toContain('x'.repeat(56));
		for (const line of lines) expect(line.length).toBeLessThan(200);
		// The other lines line up with the cut cell: padded to 60 columns, not to 50,004.
		expect(lines[2]?.indexOf('10.0.0.2')).toBe(lines[1]?.indexOf('10.0.0.1'));
	});

	it('cuts wide (CJK) text by display width, never through a character', () => {
		const [, line = ''] = formatTable([makeTaskRow({taskId: 'aaaa', service: '支'.repeat(100), privateIpv4: '10.0.0.1'})], FETCHED_AT).split('\n');
		expect(line).toContain(`  ${'支'.repeat(29)}…  `);
	});

	it('leaves the last column whole: it pads no line', () => {
		const reason = `Essential container in task exited: ${'y'.repeat(200)}`;
		const text = formatTable([makeTaskRow({taskId: 'aaaa', stoppedReason: reason})], FETCHED_AT, ['task', 'stopped-reason']);
		expect(text).toContain(reason);
		expect(formatTable([makeTaskRow({taskId: 'aaaa', stoppedReason: reason})], FETCHED_AT, ['stopped-reason', 'task']))
			.toContain(`${reason.slice(0, 59)}…  aaaa`);
	});
});
