import {spawnSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import type {OpenTarget} from '../../source/cli/open-target.js';
import {snapshotText} from '../../source/cli/run-once.js';
import {createEcsClient} from '../../source/ecs/client.js';
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
		description: simulator.url,
		cluster,
		now: () => simulator.world.clock.now(),
		async close() {
			client.destroy();
		},
	};
}

async function snapshotOf(cluster: string, output: 'table' | 'json' | 'csv'): Promise<string> {
	const target = targetFor(cluster);
	try {
		return await snapshotText(target, {cluster, services: []}, output);
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
