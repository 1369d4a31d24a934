import {spawn, spawnSync, type ChildProcess} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {spawnSimulate} from '../helpers/simulate-process.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The shipped entry point: bin/ecswatch.js loads dist/ecswatch.js. */
export const BIN = 'bin/ecswatch.js';
export const CLUSTER = 'demo';

/** What a user exports to talk to the simulator (it accepts any signed request). */
export const SIMULATOR_ENV = {
	AWS_ACCESS_KEY_ID: 'AKIDSIMULATOR',
	AWS_SECRET_ACCESS_KEY: 'simulator-secret',
	AWS_REGION: 'us-east-1',
	AWS_DEFAULT_REGION: 'us-east-1',
	AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
	// No shared config or profile of the machine running the bench.
	AWS_CONFIG_FILE: '/dev/null',
	AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
	AWS_PAGER: '',
	NODE_ENV: 'production',
} as const;

/** `npm run build`: the bench measures dist/ecswatch.js as built from the source now on disk. */
export function buildBundle(): void {
	const result = spawnSync('npm', ['run', '--silent', 'build'], {cwd: ROOT, encoding: 'utf8'});
	if (result.status !== 0) throw new Error(`npm run build failed:\n${result.stdout}${result.stderr}`);
}

export interface SimulatorProcess {
	endpoint: string;
	process: ChildProcess;
	stop(): Promise<void>;
}

/** `ecswatch simulate --tasks N` (the bundle) in its own process, as a user would start it. */
export async function startSimulatorProcess(tasks: number, extra: readonly string[] = []): Promise<SimulatorProcess> {
	const {process: child, endpoint} = await spawnSimulate(['--tasks', String(tasks), ...extra]);
	child.removeAllListeners('exit');
	return {
		endpoint,
		process: child,
		stop: async () => {
			if (child.exitCode !== null || child.signalCode !== null) return;
			const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
			child.kill('SIGTERM');
			await exited;
		},
	};
}

/** Runs a command to its end; `ms` is spawn to exit. */
export async function timedRun(command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<{code: number | null; stdout: string; stderr: string; ms: number}> {
	return new Promise((resolve, reject) => {
		const start = performance.now();
		const child = spawn(command, args, {cwd: ROOT, env: {...process.env, ...env}});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => {
			stdout += chunk.toString('utf8');
		});
		child.stderr.on('data', (chunk: Buffer) => {
			stderr += chunk.toString('utf8');
		});
		child.once('error', reject);
		child.once('close', (code) => resolve({code, stdout, stderr, ms: performance.now() - start}));
	});
}

/** A task row of the grid in the escape-free text: a task id, then on the same line a task status. */
export const TASK_ROW = /\b[0-9a-f]{8,32} [^\n]*?\b(?:RUNNING|PENDING|PROVISIONING|ACTIVATING|DEACTIVATING|STOPPING|DEPROVISIONING|STOPPED)\b/u;
