import type {ChildProcess} from 'node:child_process';
import {execFile, spawnSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {spawnSimulate} from '../helpers/simulate-process.js';

// `ecswatch logs` as a user runs it: the built binary against `ecswatch simulate`, in a shell pipe.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);
const ENV = {...process.env, AWS_REGION: 'us-east-1', AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', NO_COLOR: '1'};
const LINE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z [0-9a-f]{32} \S+ .*$/u;

let simulator: ChildProcess;
let endpoint: string;

beforeAll(async () => {
	({process: simulator, endpoint} = await spawnSimulate(['--speed', '10']));
});

afterAll(() => {
	simulator.kill('SIGINT');
});

const ecswatch = async (...args: string[]) => run(process.execPath, ['bin/ecswatch.js', '--endpoint-url', endpoint, '-c', 'demo', ...args], {cwd: ROOT, env: ENV, maxBuffer: 64 * 1024 * 1024});

/** A shell pipeline with ecswatch's own exit status, as `set -o pipefail` would see it. */
function pipeline(command: string) {
	const result = spawnSync('bash', ['-c', `${command}; echo "ECSWATCH=\${PIPESTATUS[0]}"`], {cwd: ROOT, env: ENV, encoding: 'utf8', timeout: 60_000});
	return {stdout: result.stdout, stderr: result.stderr};
}

describe('ecswatch logs against ecswatch simulate', () => {
	it('prints a task\'s lines of the last minutes, each with its time, task id and container, and exits 0', async () => {
		const {stdout: ids} = await ecswatch('--once', '-o', 'ids', '-s', 'web');
		const taskId = ids.trim().split('\n')[0]!;
		const {stdout, stderr} = await ecswatch('logs', taskId, '--since', '5m');
		const lines = stdout.trimEnd().split('\n');
		expect(lines.length).toBeGreaterThan(5);
		for (const line of lines) expect(line).toMatch(LINE);
		expect(new Set(lines.map(line => line.split(' ')[1]))).toEqual(new Set([taskId]));
		expect(stdout).not.toContain('\u001b');
		expect(stderr).toBe('');
	});

	it('tails a service in a pipe: its tasks interleaved in time order, ending with exit 0 when the reader goes away', () => {
		const {stdout} = pipeline(`node bin/ecswatch.js --endpoint-url ${endpoint} -c demo logs -s web --since 1m --follow | head -n 200 > /tmp/ecswatch-tail.$$; cat /tmp/ecswatch-tail.$$; rm -f /tmp/ecswatch-tail.$$`);
		const lines = stdout.trimEnd().split('\n');
		expect(lines.at(-1)).toBe('ECSWATCH=0');
		const logLines = lines.slice(0, -1);
		expect(logLines).toHaveLength(200);
		for (const line of logLines) expect(line).toMatch(LINE);
		expect(new Set(logLines.map(line => line.split(' ')[1])).size).toBeGreaterThan(1);
		const times = logLines.map(line => line.split(' ')[0]!);
		expect(times).toEqual(times.toSorted());
	});

	it('prints JSON lines for jq with -o json', async () => {
		const {stdout} = await ecswatch('logs', '-s', 'web', '--since', '1m', '-o', 'json');
		const first = JSON.parse(stdout.split('\n')[0]!) as Record<string, unknown>;
		expect(Object.keys(first)).toEqual(['timestamp', 'taskId', 'container', 'message', 'eventId']);
	});

	it('refuses a task that does not exist with one line and exit 1', async () => {
		const failure = await ecswatch('logs', '0123456789abcdef0123456789abcdef').catch((error: unknown) => error as {code: number; stderr: string});
		expect(failure).toMatchObject({code: 1});
		expect((failure as {stderr: string}).stderr).toBe('ecswatch: task 0123456789abcdef0123456789abcdef not found in cluster demo (ECS forgets a stopped task after about an hour)\n');
	});
});
