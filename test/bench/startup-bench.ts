import {spawn} from 'node:child_process';
import {existsSync} from 'node:fs';
import {performance} from 'node:perf_hooks';
import {fileURLToPath} from 'node:url';
import {measure, type Measurement} from './measure.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

async function run(command: string, args: readonly string[]): Promise<{code: number | null; stdout: string; stderr: string}> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, {cwd: ROOT, env: {...process.env, NODE_ENV: 'production'}});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => {
			stdout += chunk.toString('utf8');
		});
		child.stderr.on('data', (chunk: Buffer) => {
			stderr += chunk.toString('utf8');
		});
		child.once('error', reject);
		child.once('close', (code) => resolve({code, stdout, stderr}));
	});
}

/** Builds dist/ when it is missing: the startup benchmark runs the shipped program. */
export async function ensureBuilt(): Promise<void> {
	if (existsSync(new URL('../../dist/ecswatch.js', import.meta.url))) return;
	process.stderr.write('dist/ is missing: running npm run build…\n');
	const {code, stderr} = await run('npm', ['run', 'build']);
	if (code !== 0) throw new Error(`npm run build failed:\n${stderr}`);
}

/** (f) wall time from spawn to exit of `ecswatch --demo --once -o json`. */
export async function startupBenchmark(): Promise<Measurement> {
	await ensureBuilt();
	const args = ['bin/ecswatch.js', '--demo', '--once', '-o', 'json'];
	let tasks = 0;
	const result = await measure(`startup: ecswatch ${args.slice(1).join(' ')}`, {runs: 15, warmup: 2, budgetMs: 30_000}, async () => {
		const start = performance.now();
		const {code, stdout, stderr} = await run(process.execPath, args);
		const elapsed = performance.now() - start;
		if (code !== 0) throw new Error(`ecswatch exited ${code}: ${stderr}`);
		tasks = (JSON.parse(stdout) as unknown[]).length;
		return elapsed;
	});
	return {...result, note: `spawn to exit, ${tasks} tasks printed`};
}

/**
 * (g) wall time from spawn to the first frame that shows tasks, for the interactive TUI in a real
 * pseudo-terminal (util-linux `script` provides it); null when `script` is not installed.
 */
export async function firstFrameBenchmark(): Promise<Measurement | null> {
	if (!existsSync('/usr/bin/script')) return null;
	await ensureBuilt();
	return measure('startup: ecswatch --demo to first frame (pty)', {runs: 10, warmup: 1, budgetMs: 30_000}, async () => new Promise<number>((resolve, reject) => {
		const start = performance.now();
		const env: NodeJS.ProcessEnv = {...process.env, NODE_ENV: 'production', COLUMNS: '100', LINES: '30'};
		delete env['CI'];
		const child = spawn('script', ['-qfc', `stty cols 100 rows 30; exec ${process.execPath} bin/ecswatch.js --demo`, '/dev/null'], {cwd: ROOT, env});
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => {
			output += chunk.toString('utf8');
			if (/10\.0\.\d+\.\d+/u.test(output)) {
				const elapsed = performance.now() - start;
				child.kill('SIGTERM');
				resolve(elapsed);
			}
		});
		child.once('error', reject);
		child.once('close', () => reject(new Error(`ecswatch exited before its first frame:\n${output.slice(-500)}`)));
	}));
}
