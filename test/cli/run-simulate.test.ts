import {spawn, type ChildProcess} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {ListClustersCommand} from '@aws-sdk/client-ecs';
import {afterEach, describe, expect, it} from 'vitest';
import {UsageError, type SimulateCommand} from '../../source/cli/parse-command-line.js';
import {runSimulate} from '../../source/cli/run-simulate.js';
import {spawnSimulate} from '../helpers/simulate-process.js';
import {ecsTestClient} from '../simulator/http/ecs-test-client.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

let child: ChildProcess | undefined;
afterEach(() => {
	child?.kill('SIGINT');
	child = undefined;
});

/** `ecswatch simulate ARGS…` as a user starts it: everything it prints before it waits for Ctrl+C. */
async function startupText(args: readonly string[]): Promise<string> {
	const started = spawn(process.execPath, ['bin/ecswatch.js', 'simulate', '--port', '0', ...args], {cwd: root, stdio: ['ignore', 'pipe', 'pipe']});
	child = started;
	let printed = '';
	return new Promise((resolve, reject) => {
		started.stdout.on('data', (chunk: Buffer) => {
			printed += chunk.toString();
			if (printed.includes('Ctrl+C stops it.')) resolve(printed);
		});
		started.once('exit', (code) => reject(new Error(`simulate exited with ${code}: ${printed}`)));
	});
}

describe('ecswatch simulate --fault', () => {
	it('serves the faults given: error500=0.5 fails some calls with HTTP 500 and answers the others', async () => {
		const started = await spawnSimulate(['--fault', 'error500=0.5']);
		child = started.process;
		expect(await (await fetch(`${started.endpoint}/_ecswatch/faults`)).json()).toEqual({error500: 0.5});

		const client = ecsTestClient(started.endpoint);
		const statuses = new Set<number | undefined>();
		try {
			// At a rate of 0.5, 60 calls all alike would happen once in 2^59 runs.
			for (let call = 0; call < 60; call++) {
				const status = await client.send(new ListClustersCommand({})).then(
					(answer) => answer.$metadata.httpStatusCode,
					(error: unknown) => (error as {name: string; $metadata: {httpStatusCode?: number}}).$metadata.httpStatusCode,
				);
				statuses.add(status);
			}
		} finally {
			client.destroy();
		}

		expect(statuses).toEqual(new Set([200, 500]));
	});

	it('prints the active faults and how to change them while it runs', async () => {
		const text = await startupText(['--fault', 'latency=300ms', '--fault', 'access-denied=DescribeServices,ListTasks']);
		const url = /ECS endpoint (http:\/\/127\.0\.0\.1:\d+)/u.exec(text)?.[1];
		expect(url).toBeDefined();
		expect(text).toContain('Faults: latency=300ms access-denied=DescribeServices,ListTasks.');
		expect(text).toContain(`  curl ${url}/_ecswatch/faults\n`);
		expect(text).toContain(`  curl -X PUT -d '{"error500": 0.5, "access-denied": ["DescribeServices"]}' ${url}/_ecswatch/faults\n`);
		expect(text).toContain('throttle, throttle-storm=RATE, error500=RATE, latency=DURATION');
	});

	it('says when no fault is active', async () => {
		expect(await startupText([])).toContain('Faults: none.');
	});
});

describe('runSimulate with a bad --fault', () => {
	const command: SimulateCommand = {kind: 'simulate', port: 0, tasks: 1, speed: 1, clusters: 0, services: 0, logRequests: undefined, faults: []};

	it.each([
		[['error500=2'], '--fault error500 needs a rate from 0 to 1 (the share of calls answered HTTP 500), such as error500=0.5, not "2".'],
		[['latency=fast'], '--fault latency needs a duration up to 10m in ms, s or m (added before every answer), such as latency=300ms, not "fast".'],
		[['throttle', 'storm=1'], '--fault unknown fault "storm"; the faults are throttle, throttle-storm=RATE, error500=RATE, latency=DURATION, reset=RATE, hang=RATE, expired-token, access-denied=OP[,OP…], missing=RATE.'],
	])('refuses %j with a UsageError before anything listens', async (faults, message) => {
		const printed: string[] = [];
		const stdout = {write: (text: string) => printed.push(text)} as unknown as NodeJS.WritableStream;
		const error = await runSimulate({...command, faults}, stdout).catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(UsageError);
		expect((error as Error).message).toBe(message);
		expect(printed).toEqual([]);
	});
});

describe('the process', () => {
	it('is named ecswatch, as ps, top and pkill -x show it', async () => {
		const started = await spawnSimulate();
		child = started.process;
		const cmdline = readFileSync(`/proc/${started.process.pid}/cmdline`, 'utf8');
		expect(cmdline.split('\0')[0]).toBe('ecswatch');
	});
});
