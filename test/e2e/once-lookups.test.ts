import {execFile} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {ManualClock} from '../../source/simulator/engine/clock.js';
import {createWorld} from '../../source/simulator/engine/create-world.js';
import {startSimulator, type RunningSimulator} from '../../source/simulator/start-simulator.js';

// The built program against an in-process simulator whose clock stands still: the data never moves.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const HOSTILE_SERVICE = '=HYPERLINK("http://evil.example","x"),\r\n\u001B[2J';

let simulator: RunningSimulator;

beforeAll(async () => {
	const clock = new ManualClock();
	const world = createWorld({clock});
	world.createService('staging', {serviceName: HOSTILE_SERVICE, taskDefinition: 'web:42', desiredCount: 1});
	world.createService('staging', {serviceName: 'idle', taskDefinition: 'web:42', desiredCount: 0});
	clock.advance(120_000);
	simulator = await startSimulator({world});
});

afterAll(async () => {
	await simulator.close();
});

interface Run {
	code: number;
	stdout: string;
	stderr: string;
}

/** Runs `ecswatch --endpoint-url <simulator> …` with stdout a pipe (so a snapshot, as in a script). */
function ecswatch(...args: string[]): Promise<Run> {
	const env = {
		...process.env, AWS_REGION: 'us-east-1', AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', AWS_MAX_ATTEMPTS: '1',
		ECSWATCH_CLUSTER: undefined, AWS_PROFILE: undefined, AWS_CONFIG_FILE: '/dev/null', AWS_SHARED_CREDENTIALS_FILE: '/dev/null', NO_COLOR: '1',
	};
	return new Promise((resolve) => {
		execFile(process.execPath, ['bin/ecswatch.js', '--endpoint-url', simulator.url, ...args], {cwd: ROOT, env, timeout: 15_000}, (error, stdout, stderr) => {
			resolve({code: error === null ? 0 : Number((error as {code?: unknown}).code), stdout, stderr});
		});
	});
}

interface TaskJson {
	taskId: string;
	service: string | null;
	privateIpv4: string | null;
	eniId: string | null;
	availabilityZone: string | null;
	healthStatus: string | null;
}

async function demoTasks(): Promise<TaskJson[]> {
	const {code, stdout} = await ecswatch('-c', 'demo', '-o', 'json');
	expect(code).toBe(0);
	return JSON.parse(stdout) as TaskJson[];
}

describe('ecswatch --once --filter: finding a task', () => {
	it('finds the task that has an IP, and prints its id alone with -o ids', async () => {
		const task = (await demoTasks()).find((each) => each.privateIpv4 !== null)!;
		expect(await ecswatch('-c', 'demo', '--filter', `ip:${task.privateIpv4}`, '-o', 'ids')).toEqual({code: 0, stdout: `${task.taskId}\n`, stderr: ''});
	});

	it('finds the task that has an ENI, in the columns asked for', async () => {
		const task = (await demoTasks()).find((each) => each.eniId !== null)!;
		const {code, stdout} = await ecswatch('-c', 'demo', '--filter', `eni:${task.eniId}`, '--columns', 'task,eni,private-ip');
		expect(code).toBe(0);
		expect(stdout.split('\n')).toEqual([
			expect.stringMatching(/^TASK +ENI +PRIVATE IP$/u),
			expect.stringMatching(new RegExp(`^${task.taskId} +${task.eniId} +${task.privateIpv4?.replaceAll('.', '\\.')}$`, 'u')),
			'',
		]);
	});

	it('narrows by AZ, and --service with --filter keeps what both allow', async () => {
		const all = await demoTasks();
		const inB = JSON.parse((await ecswatch('-c', 'demo', '--filter', 'az:b', '-o', 'json')).stdout) as TaskJson[];
		expect(inB.map((task) => task.taskId).toSorted()).toEqual(all.filter((task) => task.availabilityZone === 'us-east-1b').map((task) => task.taskId).toSorted());
		const webInB = await ecswatch('-c', 'demo', '-s', 'web', '--filter', 'az:b', '-o', 'ids');
		const expected = all.filter((task) => task.service === 'web' && task.availabilityZone === 'us-east-1b').map((task) => task.taskId);
		expect(expected.length).toBeGreaterThan(0);
		expect(webInB.stdout.trimEnd().split('\n').toSorted()).toEqual(expected.toSorted());
	});

	it('prints the IPs of the healthy web tasks, one a line, for xargs', async () => {
		const {code, stdout} = await ecswatch('-c', 'demo', '-s', 'web', '--filter', 'health:healthy', '-o', 'ips', '--sort', 'private-ip');
		expect(code).toBe(0);
		const expected = (await demoTasks()).filter((task) => task.service === 'web' && task.healthStatus === 'HEALTHY').map((task) => task.privateIpv4);
		const ips = stdout.trimEnd().split('\n');
		expect(ips.toSorted()).toEqual(expected.toSorted());
		for (const ip of ips) expect(ip).toMatch(/^10\.0\.\d+\.\d+$/u);
		const value = (ip: string) => ip.split('.').reduce((sum, octet) => sum * 256 + Number(octet), 0);
		expect(ips.map(value)).toEqual(ips.map(value).toSorted((a, b) => a - b));
	});
});

describe('ecswatch --once exit codes', () => {
	it('exits 1 when --filter matches nothing: the empty format on stdout, nothing on stderr', async () => {
		expect(await ecswatch('-c', 'demo', '--filter', 'ip:10.99.')).toEqual({code: 1, stdout: 'TASK  SERVICE  REV  STATUS  HEALTH  AZ  ENI  PRIVATE IP  LAUNCH  AGE\n', stderr: ''});
		expect(await ecswatch('-c', 'demo', '--filter', 'ip:10.99.', '-o', 'json')).toEqual({code: 1, stdout: '[]\n', stderr: ''});
	});

	it('exits 0 for an empty snapshot without a filter', async () => {
		expect(await ecswatch('-c', 'staging', '-s', 'idle', '-o', 'ids')).toEqual({code: 0, stdout: '', stderr: ''});
	});

	it('exits 2 on a bad filter, column or sort, with one line on stderr and nothing on stdout', async () => {
		for (const args of [['--filter', 'colour:red'], ['--filter', '"unclosed'], ['--columns', 'task,nope'], ['--sort', 'age:sideways']]) {
			const {code, stdout, stderr} = await ecswatch('-c', 'demo', ...args);
			expect({code, stdout}, args.join(' ')).toEqual({code: 2, stdout: ''});
			expect(stderr).toMatch(new RegExp(`^ecswatch: ${args[0]}[^\\n]*\\n$`, 'u'));
		}
	});
});

describe('ecswatch --once without a cluster: the cluster list', () => {
	it('prints the clusters as a table, with stdout a pipe or with --once', async () => {
		for (const args of [[], ['--once']]) {
			const {code, stdout, stderr} = await ecswatch(...args);
			expect({code, stderr}).toEqual({code: 0, stderr: ''});
			const [header, ...lines] = stdout.trimEnd().split('\n');
			expect(header).toMatch(/^CLUSTER +STATUS +RUNNING +PENDING +SERVICES +INSTANCES +CAPACITY PROVIDERS$/u);
			expect(lines.map((line) => line.split(/ +/u)[0])).toEqual(['demo', 'jobs', 'staging']);
			expect(lines[0]).toMatch(/^demo +ACTIVE +\d+ +0 +5 +3 +FARGATE,FARGATE_SPOT$/u);
		}
	});

	it('as json, csv and names (ids); refuses the task-only flags', async () => {
		const clusters = JSON.parse((await ecswatch('-o', 'json')).stdout) as Array<{clusterName: string; activeServices: number}>;
		expect(clusters.map((cluster) => [cluster.clusterName, cluster.activeServices])).toEqual([['demo', 5], ['jobs', 2], ['staging', 4]]);
		expect((await ecswatch('-o', 'csv')).stdout).toMatch(/^clusterName,status,runningTasks,pendingTasks,activeServices,containerInstances,capacityProviders\r\ndemo,ACTIVE,/u);
		expect(await ecswatch('-o', 'ids')).toEqual({code: 0, stdout: 'demo\njobs\nstaging\n', stderr: ''});
		const refused = await ecswatch('-o', 'ips', '--filter', 'web');
		expect(refused).toEqual({code: 2, stdout: '', stderr: 'ecswatch: --output ips, --filter work on a cluster\'s tasks: add --cluster NAME (without one, a snapshot lists the clusters) (see ecswatch --help)\n'});
	});
});

describe('ecswatch --once -o csv --columns with hostile values', () => {
	it('quotes commas and quotes, defuses formulas and replaces control characters', async () => {
		const {code, stdout} = await ecswatch('-c', 'staging', '-o', 'csv', '--columns', 'service,task,rev', '--filter', 'rev:web:42', '--sort', 'service');
		expect(code).toBe(0);
		const records = stdout.split('\r\n');
		expect(records[0]).toBe('service,task,rev');
		expect(records[1]).toMatch(/^"'=HYPERLINK\(""http:\/\/evil\.example"",""x""\),\uFFFD\uFFFD\uFFFD\[2J",[0-9a-f]{32},web:42$/u);
		// eslint-disable-next-line no-control-regex -- looking for raw control characters is the point
		expect(stdout.replaceAll('\r\n', '')).not.toMatch(/[\u0000-\u001F\u007F-\u009F]/u);
	});
});
