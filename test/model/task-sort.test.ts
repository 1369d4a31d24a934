import {describe, expect, it} from 'vitest';
import {sortTasks} from '../../source/model/sort-tasks.js';
import {sortTasksBy, type TaskSort} from '../../source/model/task-sort.js';
import type {TaskRow} from '../../source/model/task-row.js';
import {makeTaskRow} from '../helpers/task-row.js';

const ids = (rows: readonly TaskRow[]) => rows.map(row => row.taskId);
const up = (column: TaskSort['column']): TaskSort => ({column, descending: false});
const down = (column: TaskSort['column']): TaskSort => ({column, descending: true});
const at = (minute: number) => new Date(Date.UTC(2025, 0, 6, 9, minute)).toISOString();

describe('sortTasksBy: each kind of column', () => {
	it('orders IPv4 addresses by value, not as text, then IPv6 by value, missing last', () => {
		const rows = [
			makeTaskRow({taskId: 'ten-one', privateIpv4: '10.0.10.1'}),
			makeTaskRow({taskId: 'none', privateIpv4: null}),
			makeTaskRow({taskId: 'v6-big', privateIpv4: 'fd00::1:0'}),
			makeTaskRow({taskId: 'two-nine', privateIpv4: '10.0.2.9'}),
			makeTaskRow({taskId: 'v6-small', privateIpv4: 'fd00::ffff'}),
			makeTaskRow({taskId: 'nine', privateIpv4: '9.255.255.255'}),
		];
		expect(ids(sortTasksBy(rows, up('ip')))).toEqual(['nine', 'two-nine', 'ten-one', 'v6-small', 'v6-big', 'none']);
		expect(ids(sortTasksBy(rows, down('ip')))).toEqual(['v6-big', 'v6-small', 'ten-one', 'two-nine', 'nine', 'none']);
	});

	it('sorts the ipv6 column by 128-bit value, text that is no address after every address', () => {
		const rows = [
			makeTaskRow({taskId: 'b', ipv6: '2600:1f18::10'}),
			makeTaskRow({taskId: 'junk', ipv6: 'not-an-ip'}),
			makeTaskRow({taskId: 'a', ipv6: '2600:1f18:0:0:0:0:0:9'}),
			makeTaskRow({taskId: 'mapped', ipv6: '::ffff:10.0.0.1'}),
		];
		expect(ids(sortTasksBy(rows, up('ipv6')))).toEqual(['mapped', 'a', 'b', 'junk']);
	});

	it('orders status along the lifecycle, not alphabetically; RUNNING→STOPPED after RUNNING', () => {
		const status = (taskId: string, lastStatus: string | null, desiredStatus = 'RUNNING') => makeTaskRow({taskId, lastStatus, desiredStatus});
		const rows = [
			status('stopped', 'STOPPED', 'STOPPED'), status('pending', 'PENDING'), status('leaving', 'RUNNING', 'STOPPED'),
			status('unknown', null), status('running', 'RUNNING'), status('provisioning', 'PROVISIONING'),
			status('deprovisioning', 'DEPROVISIONING', 'STOPPED'), status('future', 'HIBERNATING'), status('activating', 'ACTIVATING'),
		];
		expect(ids(sortTasksBy(rows, up('status')))).toEqual([
			'provisioning', 'pending', 'activating', 'running', 'leaving', 'deprovisioning', 'stopped', 'future', 'unknown',
		]);
	});

	it('orders revisions by family, then by number (web:9 before web:10)', () => {
		const rev = (taskId: string, family: string, revision: number) => makeTaskRow({taskId, family, revision, taskDefinition: `${family}:${revision}`});
		const rows = [rev('web10', 'web', 10), rev('api3', 'api', 3), rev('web9', 'web', 9), makeTaskRow({taskId: 'none'})];
		expect(ids(sortTasksBy(rows, up('rev')))).toEqual(['api3', 'web9', 'web10', 'none']);
		expect(ids(sortTasksBy(rows, down('rev')))).toEqual(['web10', 'web9', 'api3', 'none']);
	});

	it('orders ages by time, youngest first, from createdAt else startedAt; created and started oldest first', () => {
		const rows = [
			makeTaskRow({taskId: 'old', createdAt: at(1), startedAt: at(30)}),
			makeTaskRow({taskId: 'young', createdAt: at(20), startedAt: at(21)}),
			makeTaskRow({taskId: 'started-only', startedAt: at(10)}),
			makeTaskRow({taskId: 'timeless'}),
		];
		expect(ids(sortTasksBy(rows, up('age')))).toEqual(['young', 'started-only', 'old', 'timeless']);
		expect(ids(sortTasksBy(rows, down('age')))).toEqual(['old', 'started-only', 'young', 'timeless']);
		expect(ids(sortTasksBy(rows, up('created')))).toEqual(['old', 'young', 'started-only', 'timeless']);
		expect(ids(sortTasksBy(rows, up('started')))).toEqual(['started-only', 'young', 'old', 'timeless']);
	});

	it('orders text by code unit and puts missing values last in both directions', () => {
		const rows = [
			makeTaskRow({taskId: 'c', availabilityZone: 'us-east-1c'}),
			makeTaskRow({taskId: 'none', availabilityZone: null}),
			makeTaskRow({taskId: 'a', availabilityZone: 'us-east-1a'}),
			makeTaskRow({taskId: 'empty', availabilityZone: ''}),
		];
		expect(ids(sortTasksBy(rows, up('az')))).toEqual(['a', 'c', 'empty', 'none']);
		expect(ids(sortTasksBy(rows, down('az')))).toEqual(['c', 'a', 'empty', 'none']);
	});

	it('sorts launch as the grid shows it (FARGATE_SPOT from the capacity provider)', () => {
		const rows = [
			makeTaskRow({taskId: 'spot', launchType: 'FARGATE', capacityProviderName: 'FARGATE_SPOT'}),
			makeTaskRow({taskId: 'ec2', launchType: 'EC2'}),
			makeTaskRow({taskId: 'fargate', launchType: 'FARGATE'}),
		];
		expect(ids(sortTasksBy(rows, up('launch')))).toEqual(['ec2', 'fargate', 'spot']);
	});

	it('sorts host ports by number and the cluster by name', () => {
		const port = (hostPort: number) => ({containerName: 'app', bindIp: '0.0.0.0', containerPort: 80, hostPort, protocol: 'tcp'});
		const rows = [makeTaskRow({taskId: 'p9000', hostPorts: [port(9000)]}), makeTaskRow({taskId: 'p800', hostPorts: [port(800), port(10_000)]}), makeTaskRow({taskId: 'none'})];
		expect(ids(sortTasksBy(rows, up('host-ports')))).toEqual(['p800', 'p9000', 'none']);
		const cluster = (taskId: string, name: string) => makeTaskRow({taskId, clusterArn: `arn:aws:ecs:us-east-1:1:cluster/${name}`});
		expect(ids(sortTasksBy([cluster('z', 'zeta'), cluster('a', 'alpha')], up('cluster')))).toEqual(['a', 'z']);
	});
});

describe('sortTasksBy: ties keep the calm order', () => {
	const tied = () => [
		makeTaskRow({taskId: 'stopped-api', service: 'api', lastStatus: 'STOPPED', desiredStatus: 'STOPPED', healthStatus: 'HEALTHY', createdAt: at(1)}),
		makeTaskRow({taskId: 'web-new', service: 'web', healthStatus: 'HEALTHY', createdAt: at(9)}),
		makeTaskRow({taskId: 'web-old', service: 'web', healthStatus: 'HEALTHY', createdAt: at(2)}),
		makeTaskRow({taskId: 'api', service: 'api', healthStatus: 'HEALTHY', createdAt: at(5)}),
		makeTaskRow({taskId: 'sick', service: 'api', healthStatus: 'UNHEALTHY', createdAt: at(5)}),
	];

	it('orders equal values stopped last, then by service, then by creation time', () => {
		expect(ids(sortTasksBy(tied(), up('health')))).toEqual(['api', 'web-old', 'web-new', 'stopped-api', 'sick']);
	});

	it('reverses only the column when descending: ties stay in the calm order', () => {
		expect(ids(sortTasksBy(tied(), down('health')))).toEqual(['sick', 'api', 'web-old', 'web-new', 'stopped-api']);
	});

	it('gives the same order whatever the input order, so rows never swap between refreshes', () => {
		const rows = tied();
		const expected = ids(sortTasksBy(rows, up('health')));
		for (const shuffled of [[...rows].reverse(), [rows[2]!, rows[4]!, rows[0]!, rows[3]!, rows[1]!]]) {
			expect(ids(sortTasksBy(shuffled, up('health')))).toEqual(expected);
		}
	});

	it('breaks a full tie by task ARN', () => {
		const twin = (id: string) => makeTaskRow({taskArn: `arn:aws:ecs:us-east-1:1:task/c/${id}`, service: 'web', availabilityZone: 'us-east-1a', createdAt: at(1)});
		expect(ids(sortTasksBy([twin('bbb'), twin('aaa')], down('az')))).toEqual(['aaa', 'bbb']);
	});

	it('is the calm order without a sort, and leaves its input alone', () => {
		const rows = tied();
		const before = [...rows];
		expect(ids(sortTasksBy(rows, undefined))).toEqual(ids(sortTasks(rows)));
		expect(sortTasksBy(rows, up('task'))).not.toBe(rows);
		expect(rows).toEqual(before);
	});
});

describe('sortTasksBy: the TARGET column', () => {
	it('puts the worst load-balancer targets first, the soonest-ending drain before a later one, no load balancer last', () => {
		const tg = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/73e2d6bc24d8a067';
		const at = (state: string, drainingEndsAt: string | null = null) => ({targetGroupArn: tg, targetId: '10.0.1.5', port: 80, state, reason: null, description: null, drainingEndsAt});
		const rows = [
			makeTaskRow({taskId: 'no-lb'}),
			makeTaskRow({taskId: 'healthy', targets: [at('healthy')]}),
			makeTaskRow({taskId: 'drains-late', targets: [at('draining', '2026-01-15T12:05:00Z')]}),
			makeTaskRow({taskId: 'initial', targets: [at('initial')]}),
			makeTaskRow({taskId: 'unregistered', targets: []}),
			makeTaskRow({taskId: 'unhealthy', targets: [at('healthy'), at('unhealthy')]}),
			makeTaskRow({taskId: 'drains-soon', targets: [at('draining', '2026-01-15T12:01:00Z')]}),
		];
		expect(ids(sortTasksBy(rows, up('target')))).toEqual(['unhealthy', 'drains-soon', 'drains-late', 'initial', 'unregistered', 'healthy', 'no-lb']);
		expect(ids(sortTasksBy(rows, down('target')))).toEqual(['healthy', 'unregistered', 'initial', 'drains-late', 'drains-soon', 'unhealthy', 'no-lb']);
	});
});
