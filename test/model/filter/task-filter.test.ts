import {describe, expect, it} from 'vitest';
import {matchesTask, parseTaskFilter, taskFilterFields} from '../../../source/model/filter/task-filter.js';
import type {ContainerRow, TaskRow} from '../../../source/model/task-row.js';
import {makeTaskRow} from '../../helpers/task-row.js';

const container = (name: string): ContainerRow => ({name, image: null, runtimeId: null, lastStatus: null, healthStatus: null, exitCode: null, reason: null, privateIpv4: null, ipv6: null, ports: []});

const web1 = makeTaskRow({
	taskId: '0abaea15aaaa', service: 'web', lastStatus: 'RUNNING', desiredStatus: 'RUNNING', healthStatus: 'HEALTHY',
	availabilityZone: 'us-east-1a', eniId: 'eni-0abc111', privateIpv4: '10.0.4.128', subnetId: 'subnet-111',
	taskDefinition: 'web:41', launchType: 'FARGATE', containers: [container('nginx')],
});
const web2 = makeTaskRow({
	taskId: '3f196775bbbb', service: 'web', lastStatus: 'RUNNING', desiredStatus: 'RUNNING', healthStatus: 'UNHEALTHY',
	availabilityZone: 'us-east-1b', eniId: 'eni-9446d0', privateIpv4: '10.0.4.12', ipv6: '2600:1f18:abcd::5', subnetId: 'subnet-222',
	taskDefinition: 'web:42', launchType: 'FARGATE', capacityProviderName: 'FARGATE_SPOT', containers: [container('nginx'), container('envoy')],
});
const api1 = makeTaskRow({
	taskId: 'c581c879cccc', service: 'api', lastStatus: 'RUNNING', desiredStatus: 'RUNNING', healthStatus: 'HEALTHY',
	availabilityZone: 'eu-west-1c', privateIpv4: '110.0.4.9', taskDefinition: 'api:7', launchType: 'EC2',
	hostPorts: [{containerName: 'app', bindIp: '0.0.0.0', containerPort: 80, hostPort: 32768, protocol: 'tcp'}],
});
const old = makeTaskRow({taskId: 'de7f998cdddd', service: 'web', lastStatus: 'STOPPED', desiredStatus: 'STOPPED', taskDefinition: 'web:41'});
const leaving = makeTaskRow({taskId: 'fe02a8ebeeee', service: 'web-admin', lastStatus: 'STOPPING', desiredStatus: 'STOPPED', healthStatus: 'UNKNOWN', taskDefinition: 'web-admin:42'});
const all = [web1, web2, api1, old, leaving];
const names = new Map<TaskRow, string>([[web1, 'web1'], [web2, 'web2'], [api1, 'api1'], [old, 'old'], [leaving, 'leaving']]);

const show = (text: string, rows: readonly TaskRow[] = all) => {
	const parsed = parseTaskFilter(text);
	if (!parsed.ok) throw new Error(`did not parse: ${JSON.stringify(parsed.error)}`);
	return rows.filter(row => matchesTask(parsed.filter, row)).map(row => names.get(row) ?? row.taskId);
};

describe('matchesTask', () => {
	it.each<[string, string[]]>([
		['', ['web1', 'web2', 'api1', 'old', 'leaving']],
		['id:0abaea', ['web1']],
		['id:aaaa', ['web1']],
		['task:c581', ['api1']],
		['ip:10.0.4', ['web1', 'web2']],
		['ip:10.0.4.12', ['web1', 'web2']],
		['ip:10.0.4.128', ['web1']],
		['ip:2600:1f18', ['web2']],
		['ip:2600:1F18:ABCD::5', ['web2']],
		['eni:eni-0ab', ['web1']],
		['eni:9446', ['web2']],
		['az:us-east-1b', ['web2']],
		['az:us-east', ['web1', 'web2']],
		['az:b', ['web2']],
		['az:C', ['api1']],
		['subnet:222', ['web2']],
		['service:web', ['web1', 'web2', 'old', 'leaving']],
		['svc:web-', ['leaving']],
		['service:eb', []],
		['rev:42', ['web2', 'leaving']],
		['rev:042', ['web2', 'leaving']],
		['rev:4', []],
		['rev:web:42', ['web2']],
		['rev:WEB:41', ['web1', 'old']],
		['rev:web', ['web1', 'web2', 'old']],
		['rev:we', []],
		['status:stopped', ['old']],
		['status:stop', ['old', 'leaving']],
		['status:RUN', ['web1', 'web2', 'api1']],
		['health:unhealthy', ['web2']],
		['health:healthy', ['web1', 'api1']],
		['health:un', ['web2', 'leaving']],
		['launch:spot', ['web2']],
		['launch:fargate', ['web1', 'web2']],
		['launch:ec2', ['api1']],
		['container:nginx', ['web1', 'web2']],
		['container:voy', ['web2']],
		['port:32768', ['api1']],
		['port:80', ['api1']],
		['port:8', []],
	])('%s → %j', (text, expected) => {
		expect(show(text)).toEqual(expected);
	});

	it.each<[string, string[]]>([
		['web', ['web1', 'web2', 'old', 'leaving']],
		['10.0.4', ['web1', 'web2', 'api1']],
		['2600:1f18', ['web2']],
		['web:42', ['web2']],
		['fargate_spot', ['web2']],
		['32768', ['api1']],
		['nginx', ['web1', 'web2']],
		['eu-west', ['api1']],
		['"web-admin:42"', ['leaving']],
	])('plain word %s → %j (substring of any field)', (text, expected) => {
		expect(show(text)).toEqual(expected);
	});

	it.each<[string, string[]]>([
		['!status:stopped', ['web1', 'web2', 'api1', 'leaving']],
		['!web', ['api1']],
		['!health:healthy', ['web2', 'old', 'leaving']],
		['web !status:stop', ['web1', 'web2']],
		['web unhealthy', ['web2']],
		['service:web az:a', ['web1']],
		['service:web az:a health:unhealthy', []],
		['!port:80', ['web1', 'web2', 'old', 'leaving']],
	])('negation and AND: %s → %j', (text, expected) => {
		expect(show(text)).toEqual(expected);
	});

	it('does not match the word "null" for absent fields, nor across two fields', () => {
		expect(show('null')).toEqual([]);
		expect(show('apirunning')).toEqual([]);
		expect(show('"api running"')).toEqual([]);
		// Also for rows with non-ASCII text, which take the sanitising path.
		const accented = makeTaskRow({taskId: 'acc', service: 'caf\u00E9', lastStatus: 'RUNNING'});
		expect(show('caf\u00E9', [accented])).toEqual(['acc']);
		expect(show('caf\u00E9running', [accented])).toEqual([]);
	});

	it('compares what the screen shows: control characters are the visible \uFFFD on both sides', () => {
		const hostile = makeTaskRow({taskId: 'evil', service: 'we\u001B[2Jb', containers: [container('app\u202Eevil')]});
		expect(show('web', [hostile])).toEqual([]);
		expect(show('service:we\uFFFD[2jb', [hostile])).toEqual(['evil']);
		expect(show('service:we\u001B[2jb', [hostile])).toEqual(['evil']);
		expect(show('container:app\uFFFDevil', [hostile])).toEqual(['evil']);
		// A sanitised newline is not a field separator.
		expect(show('"we\uFFFD"', [makeTaskRow({taskId: 'nl', service: 'we', lastStatus: 'RUNNING'})])).toEqual([]);
		expect(show('"we\uFFFD"', [makeTaskRow({taskId: 'nl', service: 'we\nx'})])).toEqual(['nl']);
	});
});

describe('taskFilterFields', () => {
	it('describes every field from the table, with a parsable example', () => {
		const fields = taskFilterFields();
		expect(fields.map(field => field.name)).toEqual(['id', 'ip', 'eni', 'az', 'subnet', 'service', 'rev', 'status', 'health', 'target', 'launch', 'container', 'port']);
		expect(fields.find(field => field.name === 'service')).toEqual({name: 'service', aliases: ['svc'], rule: 'prefix', example: 'service:web', description: 'service name'});
		for (const field of fields) {
			const parsed = parseTaskFilter(field.example);
			expect(parsed.ok && parsed.filter.terms[0]).toMatchObject({kind: 'field', field: field.name});
			for (const alias of field.aliases) expect(parseTaskFilter(`${alias}:x`)).toMatchObject({ok: true, filter: {terms: [{field: field.name}]}});
		}
	});
});

describe('the target: field', () => {
	const tg = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/73e2d6bc24d8a067';
	const at = (state: string, reason: string | null = null) => ({targetGroupArn: tg, targetId: '10.0.1.5', port: 80, state, reason, description: null, drainingEndsAt: null});
	const rows = [
		makeTaskRow({taskId: 'serving', targets: [at('healthy')]}),
		makeTaskRow({taskId: 'failing', targets: [at('healthy'), at('unhealthy', 'Target.ResponseCodeMismatch')]}),
		makeTaskRow({taskId: 'leaving', targets: [at('draining', 'Target.DeregistrationInProgress')]}),
		makeTaskRow({taskId: 'leaving-sick', targets: [at('unhealthy.draining')]}),
		makeTaskRow({taskId: 'new', targets: [at('initial', 'Elb.InitialHealthChecking')]}),
		makeTaskRow({taskId: 'waiting', targets: []}),
		makeTaskRow({taskId: 'no-lb'}),
	];

	it.each<[string, string[]]>([
		['target:healthy', ['serving']],
		['target:unhealthy', ['failing', 'leaving-sick']],
		['target:draining', ['leaving', 'leaving-sick']],
		['target:initial', ['new']],
		['target:unregistered', ['waiting']],
		['target:responsecode', ['failing']],
		['target:target.response', ['failing']],
		['!target:healthy', ['failing', 'leaving', 'leaving-sick', 'new', 'waiting', 'no-lb']],
		['draining', ['leaving', 'leaving-sick']],
	])('%s → %j (the state the TARGET cell shows, its reason)', (text, expected) => {
		expect(show(text, rows)).toEqual(expected);
	});
});
