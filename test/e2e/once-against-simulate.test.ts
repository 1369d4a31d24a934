import {execFile, type ChildProcess} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import {afterEach, describe, expect, it} from 'vitest';
import {spawnSimulate} from '../helpers/simulate-process.js';

const bin = fileURLToPath(new URL('../../bin/ecswatch.js', import.meta.url));
const run = promisify(execFile);

let simulator: ChildProcess | undefined;
afterEach(() => {
	simulator?.kill('SIGINT');
	simulator = undefined;
});

async function startSimulate(): Promise<string> {
	const started = await spawnSimulate([]);
	simulator = started.process;
	return started.endpoint;
}

describe('ecswatch --once against ecswatch simulate', () => {
	it('prints every task of the cluster as JSON that jq-style consumers can use', async () => {
		const endpoint = await startSimulate();
		const env = {...process.env, AWS_REGION: 'us-east-1', AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test'};
		const {stdout, stderr} = await run(process.execPath, [bin, '--endpoint-url', endpoint, '--cluster', 'demo', '--once', '--output', 'json'], {env});
		expect(stderr).toBe('');
		const tasks = JSON.parse(stdout) as Array<{taskId: string; service: string | null; privateIpv4: string | null; lastStatus: string}>;
		expect(tasks.length).toBeGreaterThanOrEqual(24);
		expect(new Set(tasks.map((task) => task.service))).toEqual(new Set(['web', 'api', 'worker', 'batch', 'checkout', null]));
		const running = tasks.filter((task) => task.lastStatus === 'RUNNING');
		expect(running.filter((task) => task.privateIpv4 !== null).length).toBeGreaterThanOrEqual(20);
	});

	it('serves the --service filter and fails with exit code 1 on an unknown cluster', async () => {
		const endpoint = await startSimulate();
		const env = {...process.env, AWS_REGION: 'us-east-1', AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test'};
		const {stdout} = await run(process.execPath, [bin, '--endpoint-url', endpoint, '-c', 'demo', '-s', 'worker', '--once', '-o', 'csv'], {env});
		const lines = stdout.trim().split('\r\n');
		expect(lines[0]).toMatch(/^taskArn,taskId,/u);
		expect(lines.slice(1).every((line) => line.includes(',worker,'))).toBe(true);
		expect(lines.length).toBeGreaterThan(1);

		const failure = await run(process.execPath, [bin, '--endpoint-url', endpoint, '-c', 'nope', '--once'], {env}).catch((error: unknown) => error as {code: number; stdout: string; stderr: string});
		expect(failure).toMatchObject({code: 1, stdout: ''});
		expect((failure as {stderr: string}).stderr).toMatch(/^ecswatch: cluster nope not found in http:\/\/127\.0\.0\.1:\d+ \(clusters there: demo, jobs, staging\): pass one with --cluster\n$/u);
	});
});
