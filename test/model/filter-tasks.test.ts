import {describe, it, expect} from 'vitest';
import {filterTasks} from '../../source/model/filter-tasks.js';
import {parseTaskFilter} from '../../source/model/filter/task-filter.js';
import type {TaskRow} from '../../source/model/task-row.js';
import {makeTaskRow} from '../helpers/task-row.js';

const ids = (rows: readonly TaskRow[]) => rows.map(row => row.taskId);
const show = (query: string, rows: readonly TaskRow[]) => ids(filterTasks(rows, {query, hideStopped: false}));

const web1 = makeTaskRow({
	taskId: 'web1', service: 'web', lastStatus: 'RUNNING', desiredStatus: 'RUNNING', healthStatus: 'HEALTHY',
	privateIpv4: '10.0.4.128', availabilityZone: 'us-east-1a', eniId: 'eni-0abc', subnetId: 'subnet-111',
	taskDefinition: 'web:7', launchType: 'FARGATE',
	containers: [{name: 'nginx', image: null, runtimeId: null, lastStatus: null, healthStatus: null, exitCode: null, reason: null, privateIpv4: null, ipv6: null, ports: []}],
});
const web2 = makeTaskRow({
	taskId: 'web2', service: 'web', lastStatus: 'RUNNING', desiredStatus: 'RUNNING', healthStatus: 'UNHEALTHY',
	privateIpv4: '10.0.4.12', availabilityZone: 'us-east-1b', ipv6: '2600:1f18::5',
	privateDnsName: 'ip-10-0-4-12.ec2.internal', capacityProviderName: 'FARGATE_SPOT',
});
const api1 = makeTaskRow({
	taskId: 'api1', service: 'api', lastStatus: 'RUNNING', desiredStatus: 'RUNNING', healthStatus: 'UNHEALTHY',
	launchType: 'EC2', hostPorts: [{containerName: 'app', bindIp: '0.0.0.0', containerPort: 80, hostPort: 32768, protocol: 'tcp'}],
});
const old = makeTaskRow({taskId: 'old', service: 'web', lastStatus: 'STOPPED', desiredStatus: 'STOPPED'});
const leaving = makeTaskRow({taskId: 'leaving', service: 'web', lastStatus: 'DEACTIVATING', desiredStatus: 'STOPPED'});
const all = [web1, web2, api1, old, leaving];

describe('filterTasks', () => {
	it('shows everything, in the given order, for an empty or blank query', () => {
		expect(show('', all)).toEqual(['web1', 'web2', 'api1', 'old', 'leaving']);
		expect(show('   ', all)).toEqual(['web1', 'web2', 'api1', 'old', 'leaving']);
	});

	it('finds a task by its exact private IP', () => {
		expect(show('10.0.4.128', all)).toEqual(['web1']);
	});

	it('narrows with every extra term (AND), case-insensitively', () => {
		expect(show('web', all)).toEqual(['web1', 'web2', 'old', 'leaving']);
		expect(show('web unhealthy', all)).toEqual(['web2']);
		expect(show('  WEB   Unhealthy ', all)).toEqual(['web2']);
		expect(show('web unhealthy us-east-1a', all)).toEqual([]);
	});

	it.each([
		['eni-0abc', ['web1']],
		['subnet-111', ['web1']],
		['us-east-1b', ['web2']],
		['2600:1f18', ['web2']],
		['ec2.internal', ['web2']],
		['fargate_spot', ['web2']],
		['web:7', ['web1']],
		['nginx', ['web1']],
		['32768', ['api1']],
		['ec2', ['web2', 'api1']],
		['deactivating', ['leaving']],
		['task/test/api1', ['api1']],
	])('matches %s in the fields a user sees', (query, expected) => {
		expect(show(query, all)).toEqual(expected);
	});

	it('does not match text that spans two fields', () => {
		// service "api" followed by lastStatus "RUNNING" must not match "apirunning" or "api running" as one term
		expect(show('apirunning', all)).toEqual([]);
	});

	it('hides stopped tasks on request but keeps those still stopping', () => {
		expect(ids(filterTasks(all, {query: '', hideStopped: true}))).toEqual(['web1', 'web2', 'api1', 'leaving']);
		expect(ids(filterTasks(all, {query: 'web', hideStopped: true}))).toEqual(['web1', 'web2', 'leaving']);
	});

	it('ignores null fields rather than matching the word "null"', () => {
		expect(show('null', [makeTaskRow({taskId: 'bare'})])).toEqual([]);
	});

	it.each([
		['status:stopped', ['old']],
		['!status:stopped web', ['web1', 'web2', 'leaving']],
		['svc:web health:unhealthy', ['web2']],
		['az:b', ['web2']],
		['ip:2600:1f18', ['web2']],
		['rev:7', ['web1']],
		['launch:spot', ['web2']],
		['port:80', ['api1']],
	])('understands the filter grammar: %s', (query, expected) => {
		expect(show(query, all)).toEqual(expected);
	});

	it('narrows by the terms before the first error when given text that does not parse', () => {
		expect(show('web status:', all)).toEqual(['web1', 'web2', 'old', 'leaving']);
		expect(show('unhealthy foo:bar web', all)).toEqual(['web2', 'api1']);
		expect(show('ip:', all)).toEqual(['web1', 'web2', 'api1', 'old', 'leaving']);
	});

	it('takes a parsed filter, so a caller can keep the last valid one', () => {
		const parsed = parseTaskFilter('web !health:unhealthy');
		expect(parsed.ok).toBe(true);
		if (parsed.ok) expect(ids(filterTasks(all, {query: parsed.filter, hideStopped: true}))).toEqual(['web1', 'leaving']);
	});
});
