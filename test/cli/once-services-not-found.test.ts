import {spawn} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {ECSClient, ListServicesCommand, ListTasksCommand} from '@aws-sdk/client-ecs';
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
			env: {
				...process.env, AWS_REGION: 'us-east-1', AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', NO_COLOR: '1',
				AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
			},
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		child.on('close', (status) => resolve({status, stdout, stderr}));
	});
}

describe('--once with a service the cluster does not have', () => {
	let simulator: RunningSimulator;
	let sdk: ECSClient;
	beforeEach(async () => {
		simulator = await startSimulator({world: createWorld({clock: new ManualClock()})});
		sdk = new ECSClient({region: 'us-east-1', endpoint: simulator.url, credentials: {accessKeyId: 'test', secretAccessKey: 'test'}});
	});
	afterEach(async () => {
		sdk.destroy();
		await simulator.close();
	});

	/** What ECS itself says is there: the service names of demo, and the task ids of web. */
	async function truth() {
		const {serviceArns = []} = await sdk.send(new ListServicesCommand({cluster: 'demo', maxResults: 100}));
		const names = serviceArns.map(arn => arn.split('/').pop() ?? '').sort((a, b) => a.localeCompare(b));
		const running = await sdk.send(new ListTasksCommand({cluster: 'demo', serviceName: 'web'}));
		const stopped = await sdk.send(new ListTasksCommand({cluster: 'demo', serviceName: 'web', desiredStatus: 'STOPPED'}));
		const webIds = [...(running.taskArns ?? []), ...(stopped.taskArns ?? [])].map(arn => arn.split('/').pop() ?? '').sort();
		return {names, webIds};
	}

	it('prints the known service\'s tasks, warns about the unknown one naming those there, and exits 0', async () => {
		const {names, webIds} = await truth();
		expect(names).toContain('web');
		const {status, stdout, stderr} = await run(['--endpoint-url', simulator.url, '-c', 'demo', '-s', 'web', '-s', 'nope', '--once', '-o', 'ids']);
		expect(stderr).toBe(`ecswatch: service nope not found in cluster demo (services there: ${names.join(', ')})\n`);
		expect(status).toBe(0);
		expect(stdout.trim().split('\n').sort()).toEqual(webIds);
	});

	it('exits 1 with one line naming it when no named service exists', async () => {
		const {names} = await truth();
		const {status, stdout, stderr} = await run(['--endpoint-url', simulator.url, '-c', 'demo', '-s', 'nope', '-s', 'nada', '--once', '-o', 'ids']);
		expect(status).toBe(1);
		expect(stdout).toBe('');
		expect(stderr.split('\n').filter(line => line !== '')).toEqual([
			`ecswatch: services nope, nada not found in cluster demo (services there: ${names.join(', ')})`,
		]);
	});
});
