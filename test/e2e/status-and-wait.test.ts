import {execFile, spawn, type ChildProcess} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {spawnSimulate} from '../helpers/simulate-process.js';
import {awsEcs, requireAwsCli, skipAwsCli} from '../simulator/http/aws-cli.js';

// `ecswatch status` and `ecswatch wait` as a CI script runs them: the built binary against
// `ecswatch simulate`, the rollouts started with the AWS CLI's `aws ecs update-service`.
const bin = fileURLToPath(new URL('../../bin/ecswatch.js', import.meta.url));
const run = promisify(execFile);
const env = {...process.env, AWS_REGION: 'us-east-1', AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', AWS_CONFIG_FILE: '/dev/null', AWS_SHARED_CREDENTIALS_FILE: '/dev/null'};
const LINE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ web \S/u;

let simulator: ChildProcess | undefined;
afterEach(() => {
	simulator?.kill('SIGINT');
	simulator = undefined;
});

/** `ecswatch simulate` at `speed` simulated seconds per real second; resolves with its endpoint. */
async function startSimulate(speed: number): Promise<string> {
	const started = await spawnSimulate(['--speed', String(speed)]);
	simulator = started.process;
	return started.endpoint;
}

interface Result {
	code: number | null;
	stdout: string;
	stderr: string;
}

/** Runs ecswatch to the end, whatever its exit code. */
async function ecswatch(args: string[]): Promise<Result> {
	try {
		const {stdout, stderr} = await run(process.execPath, [bin, ...args], {env, timeout: 60_000});
		return {code: 0, stdout, stderr};
	} catch (error) {
		const failed = error as {code: number | null; stdout: string; stderr: string};
		return {code: failed.code, stdout: failed.stdout, stderr: failed.stderr};
	}
}

/**
 * Starts `ecswatch wait`, and once it has printed its first line (it has looked at the service)
 * runs `then`; resolves when wait exits.
 */
async function waitWhile(args: string[], then: () => Promise<unknown>): Promise<Result> {
	const child = spawn(process.execPath, [bin, 'wait', ...args], {env, stdio: ['ignore', 'pipe', 'pipe']});
	let stdout = '';
	let stderr = '';
	let started: Promise<unknown> | undefined;
	child.stdout.on('data', (chunk: Buffer) => {
		stdout += chunk.toString();
		started ??= then();
	});
	child.stderr.on('data', (chunk: Buffer) => {
		stderr += chunk.toString();
	});
	const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
	await started;
	return {code, stdout, stderr};
}

const lines = (text: string) => text.trimEnd().split('\n');

describe.skipIf(skipAwsCli)('ecswatch status and wait against ecswatch simulate', () => {
	beforeAll(() => {
		requireAwsCli();
	});

	it('status -o json: one object per service, in the documented shape, with a rollout in progress', async () => {
		const endpoint = await startSimulate(1);
		await awsEcs(endpoint, 'update-service', '--cluster', 'demo', '--service', 'web', '--task-definition', 'web:42');
		const {code, stdout, stderr} = await ecswatch(['status', '--endpoint-url', endpoint, '-c', 'demo', '-o', 'json']);
		expect({code, stderr}).toEqual({code: 0, stderr: ''});
		const services = JSON.parse(stdout) as Array<Record<string, unknown>>;
		expect(services.map((service) => service['service'])).toEqual(expect.arrayContaining(['api', 'web', 'worker']));
		// Services behind a load balancer (the simulator's web, worker and checkout) add their targets.
		const balanced = new Set(['web', 'worker', 'checkout']);
		for (const service of services) {
			const keys = ['controller', 'deployments', 'desiredCount', 'pendingCount', 'rollout', 'runningCount', 'service', 'serviceArn', 'status', 'stoppedTasksByReason', 'taskSets'];
			expect(Object.keys(service).sort()).toEqual([...keys, ...(balanced.has(service['service'] as string) ? ['targets'] : [])].sort());
		}

		const webTargets = services.find((service) => service['service'] === 'web')!['targets'] as Array<Record<string, unknown>>;
		expect(webTargets.length).toBeGreaterThanOrEqual(6);
		for (const target of webTargets) {
			expect(target).toMatchObject({targetGroupArn: expect.stringMatching(/:targetgroup\/demo-web\//u) as string, taskArn: expect.stringMatching(/:task\/demo\//u) as string});
			expect(['initial', 'healthy', 'draining']).toContain(target['state']);
		}

		const web = services.find((service) => service['service'] === 'web')!;
		expect(web['rollout']).toMatchObject({state: 'deploying', target: 'web:42', sentence: expect.stringMatching(/^deploying web:42 → \d+\/\d+ healthy(?:, \d+ pending, \d+ failed)?(?:, draining web:41 \(\d+ targets?\))?$/u)});
		expect((web['deployments'] as Array<Record<string, unknown>>).map((d) => [d['role'], d['taskDefinition']])).toEqual([['PRIMARY', 'web:42'], ['ACTIVE', 'web:41']]);
		expect(services.find((service) => service['service'] === 'api')?.['rollout']).toEqual({state: 'steady', sentence: 'steady', target: null, from: null});
		// Blue/green services report task sets instead of deployments.
		for (const service of services.filter((candidate) => candidate['controller'] === 'CODE_DEPLOY')) {
			expect(service['taskSets']).not.toEqual([]);
		}
	});

	it('status prints a block per service in the table, and exits 1 naming a service the cluster lacks', async () => {
		const endpoint = await startSimulate(1);
		const table = await ecswatch(['status', '--endpoint-url', endpoint, '-c', 'demo', '-s', 'web', '-s', 'worker']);
		expect(table.code).toBe(0);
		expect(table.stdout).toMatch(/^web \(ACTIVE, ECS\): 6 desired, 6 running, 0 pending\n {2}steady\n {2}PRIMARY +web:41 +COMPLETED +6\/6 healthy/u);
		expect(table.stdout).toMatch(/\n\nworker \(ACTIVE, ECS\): 3 desired/u);

		const missing = await ecswatch(['status', '--endpoint-url', endpoint, '-c', 'demo', '-s', 'web', '-s', 'nope']);
		expect(missing).toEqual({code: 1, stdout: '', stderr: 'ecswatch: cluster demo has no service nope\n'});
	});

	it('wait exits 0 once a good revision (web:42) is rolled out and steady', async () => {
		const endpoint = await startSimulate(50);
		const result = await waitWhile(['--endpoint-url', endpoint, '-c', 'demo', '-s', 'web', '--interval', '1', '--timeout', '60s'],
			() => awsEcs(endpoint, 'update-service', '--cluster', 'demo', '--service', 'web', '--task-definition', 'web:42'));
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		const printed = lines(result.stdout);
		expect(printed.every((line) => LINE.test(line))).toBe(true);
		expect(printed[0]).toMatch(/ web steady \(waiting for the next rollout to start\)$/u);
		expect(printed.at(-1)).toMatch(/ web rollout complete: steady on web:42$/u);
		expect(result.stdout).not.toMatch(/FAILED/u);
	});

	it('wait exits 3 for a bad revision (web:43) that the circuit breaker rolls back', async () => {
		const endpoint = await startSimulate(50);
		const result = await waitWhile(['--endpoint-url', endpoint, '-c', 'demo', '-s', 'web', '--interval', '1', '--timeout', '60s'],
			() => awsEcs(endpoint, 'update-service', '--cluster', 'demo', '--service', 'web', '--task-definition', 'web:43'));
		expect(result.stderr).toBe('');
		expect(result.code).toBe(3);
		const printed = lines(result.stdout);
		expect(printed.every((line) => LINE.test(line))).toBe(true);
		expect(result.stdout).toMatch(/ web rollout FAILED/u);
		expect(result.stdout).toMatch(/ web rollout failed\b.*$/mu);
		expect(result.stdout).not.toMatch(/rollout complete/u);
	});

	it('wait exits 4 when --timeout passes first, 1 on an unreachable endpoint or a missing service, 2 on a usage error', async () => {
		const endpoint = await startSimulate(1);
		const timeout = await ecswatch(['wait', '--endpoint-url', endpoint, '-c', 'demo', '-s', 'web', '--interval', '1', '--timeout', '2s']);
		expect(timeout.code).toBe(4);
		expect(lines(timeout.stdout).at(-1)).toMatch(/ web still not done after 2s \(steady\): giving up$/u);

		const unreachable = await ecswatch(['wait', '--endpoint-url', 'http://127.0.0.1:1', '-c', 'demo', '-s', 'web']);
		expect(unreachable.code).toBe(1);
		expect(unreachable.stderr).toBe('ecswatch: cannot reach http://127.0.0.1:1 (ECONNREFUSED): check the network, a proxy or --endpoint-url\n');

		const missing = await ecswatch(['wait', '--endpoint-url', endpoint, '-c', 'demo', '-s', 'nope']);
		expect(missing.code).toBe(1);
		expect(missing.stdout).toMatch(/ nope the service is being deleted or no longer exists\n$/u);

		const noCluster = await ecswatch(['wait', '--endpoint-url', endpoint, '-c', 'nope', '-s', 'web']);
		expect(noCluster).toMatchObject({code: 1, stdout: ''});
		expect(noCluster.stderr).toBe(`ecswatch: cluster nope not found in ${endpoint}: run ecswatch without --cluster to list the clusters\n`);

		const usage = await ecswatch(['wait', '--endpoint-url', endpoint, '-c', 'demo']);
		expect(usage).toEqual({code: 2, stdout: '', stderr: 'ecswatch: wait follows exactly one service: give --service NAME once (see ecswatch --help)\n'});
		expect((await ecswatch(['wait', '-c', 'demo', '-s', 'web', '--columns', 'task'])).code).toBe(2);
	});

	it('simulate --help prints the simulator\'s options and exits 0 without serving', async () => {
		const {code, stdout} = await ecswatch(['simulate', '--help']);
		expect(code).toBe(0);
		expect(stdout).toMatch(/^ {4}--speed N /mu);
		expect(stdout).not.toMatch(/ECS endpoint/u);
	});
});
