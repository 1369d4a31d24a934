import {spawn} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {ManualClock} from '../../source/simulator/engine/clock.js';
import {createWorld} from '../../source/simulator/engine/create-world.js';
import {startSimulator, type RunningSimulator} from '../../source/simulator/start-simulator.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Runs the built ecswatch against `endpoint`, asynchronously (the simulator answers in this process). */
function run(args: string[]): Promise<{status: number | null; stdout: string; stderr: string}> {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, ['bin/ecswatch.js', ...args], {
			cwd: ROOT,
			env: {...process.env, AWS_REGION: 'us-east-1', AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', NO_COLOR: '1'},
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		child.on('close', (status) => resolve({status, stdout, stderr}));
	});
}

describe('a role that may read tasks but not services', () => {
	let simulator: RunningSimulator;
	beforeEach(async () => {
		simulator = await startSimulator({world: createWorld({clock: new ManualClock(), taskCount: 24})});
		simulator.faults.set({accessDenied: ['DescribeServices']});
	});
	afterEach(async () => simulator.close());

	it('still prints the tasks with --once and exits 0', async () => {
		const {status, stdout} = await run(['--endpoint-url', simulator.url, '-c', 'demo', '--once', '-o', 'ids']);
		expect(status).toBe(0);
		expect(stdout.trim().split('\n').length).toBeGreaterThanOrEqual(20);
	});
});
