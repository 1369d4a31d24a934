import {spawnSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import type {OpenTarget} from '../../source/cli/open-target.js';
import {clusterListFormat, clusterListText, snapshotText, taskFilter, type SnapshotOptions} from '../../source/cli/run-once.js';
import {createEcsClient} from '../../source/ecs/client.js';
import {createElbClient} from '../../source/ecs/elb-client.js';
import {ManualClock} from '../../source/simulator/engine/clock.js';
import {createWorld} from '../../source/simulator/engine/create-world.js';
import {startSimulator, type RunningSimulator} from '../../source/simulator/start-simulator.js';

let simulator: RunningSimulator;

beforeEach(async () => {
	simulator = await startSimulator({world: createWorld({clock: new ManualClock()})});
});

afterEach(async () => {
	await simulator.close();
});

/** What openTarget wires for `--endpoint-url <simulator> --cluster <cluster>`. */
function targetFor(cluster: string): OpenTarget {
	const client = createEcsClient(
		{region: 'us-east-1', endpoint: simulator.url},
		{credentials: {accessKeyId: 'test', secretAccessKey: 'test'}, maxAttempts: 1},
	);
	return {
		client,
		logsClient: async () => {
			throw new Error('a snapshot reads no logs');
		},
		elbClient: async () => createElbClient({region: 'us-east-1', endpoint: simulator.url}, {credentials: {accessKeyId: 'test', secretAccessKey: 'test'}, maxAttempts: 1}),
		description: simulator.url,
		cluster,
		now: () => simulator.world.clock.now(),
		signIn: {profile: null, sso: false},
		async close() {
			client.destroy();
		},
	};
}

async function snapshotOf(cluster: string, output: 'table' | 'json' | 'csv'): Promise<string> {
	return (await snapshotWith(cluster, {output})).text;
}

async function snapshotWith(cluster: string, options: SnapshotOptions, services: string[] = []) {
	const target = targetFor(cluster);
	try {
		return await snapshotText(target, {cluster, services}, options);
	} finally {
		await target.close();
	}
}

const demoTaskArns = () => [
	...simulator.world.listTaskArns('demo', {desiredStatus: 'RUNNING'}),
	...simulator.world.listTaskArns('demo', {desiredStatus: 'STOPPED'}),
];

describe('snapshotText against the simulator', () => {
	it('json lists every task of the cluster with its private IP (or host ports in bridge mode)', async () => {
		const tasks = JSON.parse(await snapshotOf('demo', 'json')) as Array<{taskArn: string; privateIpv4: string | null; lastStatus: string; hostPorts: unknown[]}>;
		const expected = demoTaskArns();
		expect(expected.length).toBeGreaterThanOrEqual(20);
		expect(tasks.map((task) => task.taskArn).toSorted()).toEqual(expected.toSorted());
		const running = tasks.filter((task) => task.lastStatus === 'RUNNING');
		const withIp = running.filter((task) => task.privateIpv4 !== null);
		expect(withIp.length).toBeGreaterThanOrEqual(running.length / 2);
		for (const task of withIp) expect(task.privateIpv4).toMatch(/^10\.\d+\.\d+\.\d+$/u);
		for (const task of running.filter((t) => t.privateIpv4 === null)) expect(task.hostPorts.length).toBeGreaterThan(0);
	});

	it('csv has a header and one CRLF-terminated row per task', async () => {
		const text = await snapshotOf('demo', 'csv');
		const lines = text.split('\r\n');
		expect(lines.at(-1)).toBe('');
		expect(lines[0]).toMatch(/^taskArn,taskId,/u);
		expect(lines).toHaveLength(demoTaskArns().length + 2);
	});

	it('table has a header and one line per task', async () => {
		const lines = (await snapshotOf('demo', 'table')).trimEnd().split('\n');
		expect(lines[0]).toMatch(/^TASK +SERVICE/u);
		expect(lines).toHaveLength(demoTaskArns().length + 1);
	});

	it('rejects with ClusterNotFoundException for an unknown cluster', async () => {
		await expect(snapshotOf('nope', 'json')).rejects.toMatchObject({name: 'ClusterNotFoundException'});
	});

	it('prints only the tasks the filter accepts, counts them, and combines with --service', async () => {
		const filter = taskFilter('az:b');
		if (!filter.ok) throw new Error(filter.message);
		const {text, matched} = await snapshotWith('demo', {output: 'json', include: filter.value}, ['web']);
		const tasks = JSON.parse(text) as Array<{service: string; availabilityZone: string}>;
		expect(matched).toBe(tasks.length);
		expect(tasks.length).toBeGreaterThan(0);
		for (const task of tasks) expect(task).toMatchObject({service: 'web', availabilityZone: 'us-east-1b'});
		expect(await snapshotWith('demo', {output: 'ids', include: () => false})).toEqual({text: '', matched: 0});
	});

	it('orders by --sort and shows the --columns chosen', async () => {
		const {text} = await snapshotWith('demo', {output: 'csv', columns: ['ip', 'service'], sort: {column: 'ip', descending: true}});
		const [header, ...lines] = text.trimEnd().split('\r\n');
		expect(header).toBe('private-ip,service');
		const ips = lines.map((line) => line.split(',')[0] ?? '').filter((ip) => ip !== '');
		const value = (ip: string) => ip.split('.').reduce((sum, octet) => sum * 256 + Number(octet), 0);
		expect(ips.length).toBeGreaterThan(10);
		expect(ips.map(value)).toEqual(ips.map(value).toSorted((a, b) => b - a));
	});

	it('lists the clusters by name when there is no cluster', async () => {
		const target = targetFor('');
		try {
			expect(await clusterListText(target, 'ids')).toBe(`${['demo', 'jobs', 'staging'].join('\n')}\n`);
		} finally {
			await target.close();
		}
	});
});

describe('the flags a cluster list cannot honour', () => {
	const none = {output: 'table', columns: undefined, sort: undefined, filter: undefined} as const;

	it('prints the cluster list in table, json, csv and ids', () => {
		for (const output of ['table', 'json', 'csv', 'ids'] as const) expect(clusterListFormat({...none, output})).toEqual({ok: true, value: output});
	});

	it('refuses the task-only flags, naming them', () => {
		expect(clusterListFormat({...none, output: 'ips'})).toEqual({
			ok: false, message: '--output ips works on a cluster\'s tasks: add --cluster NAME (without one, a snapshot lists the clusters).',
		});
		expect(clusterListFormat({...none, sort: {column: 'age', descending: false}, filter: 'web'})).toMatchObject({
			ok: false, message: expect.stringMatching(/^--sort, --filter work on a cluster's tasks: add --cluster NAME/u),
		});
	});
});

describe('taskFilter: the --filter grammar, worded for the command line', () => {
	const refusal = (text: string) => {
		const result = taskFilter(text);
		if (result.ok) throw new Error(`accepted: ${text}`);
		return result.message;
	};

	it('is held to the filter line\'s 256 characters', () => {
		expect(refusal('x'.repeat(257))).toBe('--filter is limited to 256 characters, as the filter line is.');
		expect(taskFilter('x'.repeat(256)).ok).toBe(true);
	});

	it('says what is wrong and where, on one line', () => {
		expect(refusal('az:b colour:red')).toBe('--filter \'az:b colour:red\': there is no field colour; the fields are id, ip, eni, az, subnet, service, rev, status, health, target, launch, container, port (at character 6).');
		expect(refusal('ip:')).toBe('--filter \'ip:\': ip: needs a value, as in ip:10.0.4 (at character 4).');
		expect(refusal('port:http')).toMatch(/port: takes a number, not http/u);
		expect(refusal('web !')).toMatch(/a ! negates nothing.*\(at character 5\)\.$/u);
		expect(refusal('"rolling back')).toMatch(/a quote is never closed/u);
		expect(refusal('!!web')).toMatch(/negate a term with one !/u);
		expect(refusal('port:\u001B[2J')).toBe('--filter \'port:\uFFFD[2J\': port: takes a number, not \uFFFD[2J (at character 6).');
		for (const text of ['ip:', ':web', 'we"b', '"web"x', '""', 'a\nb:']) expect(refusal(text)).not.toMatch(/\n/u);
	});
});

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The built program (`npm test` builds dist/ first), with fake credentials and one attempt per call. */
function ecswatch(args: string[]) {
	const result = spawnSync(process.execPath, ['bin/ecswatch.js', ...args], {
		cwd: ROOT,
		encoding: 'utf8',
		timeout: 15_000,
		env: {
			...process.env,
			AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', AWS_MAX_ATTEMPTS: '1',
			ECSWATCH_CLUSTER: undefined, AWS_PROFILE: undefined, AWS_CONFIG_FILE: '/dev/null', AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
		},
	});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

describe('ecswatch --once', () => {
	it('--demo -o json prints the demo cluster as JSON and exits 0', () => {
		const {code, stdout, stderr} = ecswatch(['--demo', '--once', '-o', 'json']);
		expect(stderr).toBe('');
		expect(code).toBe(0);
		const tasks = JSON.parse(stdout) as Array<{taskId: string; privateIpv4: string | null}>;
		expect(tasks.length).toBeGreaterThanOrEqual(20);
		expect(tasks.some((task) => task.privateIpv4 !== null)).toBe(true);
	});

	it('exits 1 with the error on stderr and nothing on stdout when the endpoint does not answer', () => {
		const {code, stdout, stderr} = ecswatch(['--endpoint-url', 'http://127.0.0.1:1', '--cluster', 'x', '--region', 'us-east-1', '--once']);
		expect(code).toBe(1);
		expect(stderr).toMatch(/^ecswatch: /u);
		expect(stdout).toBe('');
	});
});
