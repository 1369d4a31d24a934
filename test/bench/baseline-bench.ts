import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {build} from 'esbuild';
import {BIN, CLUSTER, ROOT, SIMULATOR_ENV, startSimulatorProcess, timedRun} from './bench-env.js';
import {runsFor, skippedRow, summarise, type Measurement, type Scale} from './measure.js';

/** The AWS CLI on PATH and its version line, or null. */
function awsCli(): {path: string; version: string} | null {
	const found = spawnSync('sh', ['-c', 'command -v aws'], {encoding: 'utf8'});
	const path = found.stdout.trim();
	if (found.status !== 0 || path === '') return null;
	const version = spawnSync(path, ['--version'], {encoding: 'utf8', env: {...process.env, ...SIMULATOR_ENV}});
	if (version.status !== 0) return null;
	return {path, version: `${version.stdout}${version.stderr}`.trim().split(' ')[0] ?? 'aws'};
}

async function checked(command: string, args: readonly string[]): Promise<{ms: number; stdout: string}> {
	const result = await timedRun(command, args, SIMULATOR_ENV);
	if (result.code !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.code}: ${result.stderr.slice(0, 500)}`);
	return result;
}

/** `aws ecs list-tasks` then `aws ecs describe-tasks` of the ARNs it listed (at most 100): a user's snapshot. */
async function cliSnapshot(aws: string, endpoint: string): Promise<{ms: number; tasks: number}> {
	const common = ['--endpoint-url', endpoint, '--region', SIMULATOR_ENV.AWS_REGION, '--output', 'json'];
	const listed = await checked(aws, ['ecs', 'list-tasks', '--cluster', CLUSTER, ...common]);
	const arns = ((JSON.parse(listed.stdout) as {taskArns?: string[]}).taskArns ?? []).slice(0, 100);
	const described = await checked(aws, ['ecs', 'describe-tasks', '--cluster', CLUSTER, '--tasks', ...arns, ...common]);
	const tasks = ((JSON.parse(described.stdout) as {tasks?: unknown[]}).tasks ?? []).length;
	return {ms: listed.ms + described.ms, tasks};
}

/** test/bench/sdk-floor-snapshot.ts bundled as ecswatch is (esbuild.config.mjs): the SDK's ES modules, minified. */
async function bundleSdkFloor(dir: string): Promise<string> {
	const outfile = join(dir, 'sdk-floor-snapshot.mjs');
	await build({
		entryPoints: [join(ROOT, 'test', 'bench', 'sdk-floor-snapshot.ts')],
		outfile,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		mainFields: ['module', 'main'],
		minify: true,
		keepNames: true,
		banner: {js: 'import {createRequire as __createRequire} from \'node:module\'; const require = __createRequire(import.meta.url);'},
		logLevel: 'warning',
	});
	return outfile;
}

/**
 * (6) What a user would otherwise run, against the same simulator, alternated run by run so that
 * each ratio compares two runs made back to back: the AWS CLI's snapshot vs `ecswatch --once -o
 * json`, and `ecswatch --version` vs `node -e 0` (the floor of any Node program).
 */
export async function baselineBenchmarks(scale: Scale): Promise<Measurement[]> {
	const tasks = 100;
	const results: Measurement[] = [];
	const versionRuns = runsFor(scale, 10);
	const versions: number[] = [];
	const nodes: number[] = [];
	const versionRatios: number[] = [];
	for (let run = scale.quick ? 0 : -1; run < versionRuns; run++) {
		const version = await checked(process.execPath, [BIN, '--version']);
		const node = await checked(process.execPath, ['-e', '0']);
		if (run < 0) continue;
		versions.push(version.ms);
		nodes.push(node.ms);
		versionRatios.push(version.ms / node.ms);
	}

	results.push(
		summarise({id: 'baseline.version', name: 'start: ecswatch --version', unit: 'ms', note: 'spawn to exit'}, versions),
		summarise({id: 'baseline.node', name: 'start: node -e 0', unit: 'ms', note: 'the floor of a Node program'}, nodes),
		summarise({id: 'baseline.version-ratio', name: 'start: --version / node -e 0', unit: 'x', note: 'per pair of runs, back to back'}, versionRatios),
	);

	const simulator = await startSimulatorProcess(tasks);
	const dir = mkdtempSync(join(tmpdir(), 'ecswatch-bench-'));
	try {
		const once = [process.execPath, BIN, '--once', '-o', 'json', '-c', CLUSTER, '--endpoint-url', simulator.endpoint];
		const floor = [await bundleSdkFloor(dir), simulator.endpoint, CLUSTER];
		const aws = awsCli();
		const snapshotRuns = runsFor(scale, 6);
		const ours: number[] = [];
		const floors: number[] = [];
		const theirs: number[] = [];
		const ratios: number[] = [];
		const floorRatios: number[] = [];
		let printed = 0;
		let described = 0;
		let floorTasks = 0;
		for (let run = scale.quick ? 0 : -1; run < snapshotRuns; run++) {
			const ecswatch = await checked(once[0]!, once.slice(1));
			printed = (JSON.parse(ecswatch.stdout) as unknown[]).length;
			const sdk = await checked(process.execPath, floor);
			floorTasks = (JSON.parse(sdk.stdout) as unknown[]).length;
			const cli = aws === null ? null : await cliSnapshot(aws.path, simulator.endpoint);
			if (run < 0) continue;
			ours.push(ecswatch.ms);
			floors.push(sdk.ms);
			if (cli !== null) {
				described = cli.tasks;
				theirs.push(cli.ms);
				ratios.push(cli.ms / ecswatch.ms);
				floorRatios.push(cli.ms / sdk.ms);
			}
		}

		results.push(
			summarise({id: 'baseline.once', name: 'snapshot: ecswatch --once -o json', tasks, unit: 'ms', note: `spawn to exit; ${printed} tasks printed (running and stopped)`}, ours),
			summarise({id: 'baseline.sdk-floor', name: 'snapshot: the SDK alone, bundled', tasks, unit: 'ms', note: `ListTasks + DescribeTasks, ${floorTasks} running tasks printed (test/bench/sdk-floor-snapshot.ts)`}, floors),
		);
		if (aws === null) {
			const reason = 'the AWS CLI (aws) is not on PATH';
			results.push(
				skippedRow({id: 'baseline.aws', name: 'snapshot: aws ecs list-tasks + describe-tasks', tasks, unit: 'ms'}, reason),
				skippedRow({id: 'baseline.aws-ratio', name: 'snapshot: AWS CLI / ecswatch', tasks, unit: 'x'}, reason),
				skippedRow({id: 'baseline.aws-floor-ratio', name: 'snapshot: AWS CLI / the SDK alone', tasks, unit: 'x'}, reason),
			);
		} else {
			results.push(
				summarise({id: 'baseline.aws', name: 'snapshot: aws ecs list-tasks + describe-tasks', tasks, unit: 'ms', note: `${aws.version} (${aws.path}); two runs, ${described} tasks described`}, theirs),
				summarise({id: 'baseline.aws-ratio', name: 'snapshot: AWS CLI / ecswatch', tasks, unit: 'x', note: 'per pair of runs, back to back; > 1: ecswatch is faster'}, ratios),
				summarise({id: 'baseline.aws-floor-ratio', name: 'snapshot: AWS CLI / the SDK alone', tasks, unit: 'x', note: 'the most any tool on the JavaScript SDK reaches here'}, floorRatios),
			);
		}
	} finally {
		await simulator.stop();
		rmSync(dir, {recursive: true, force: true});
	}

	return results;
}
