import {execFile, spawnSync} from 'node:child_process';
import {promisify} from 'node:util';

const run = promisify(execFile);

/** Whether the AWS CLI (`aws` on PATH: the Debian package in CI, any v1 or v2 locally) runs. */
export const awsAvailable = spawnSync('aws', ['--version'], {stdio: 'ignore'}).status === 0;

/**
 * Locally a missing AWS CLI skips its tests; in CI (CI set) they run and fail, so the independent
 * client is never skipped without a word. .ci/run installs it.
 */
export const skipAwsCli = !awsAvailable && !process.env['CI'];

/** Throws in CI when the AWS CLI is missing (call it first in a beforeAll). */
export function requireAwsCli(): void {
	if (!awsAvailable) throw new Error('The AWS CLI (aws) is not on PATH: CI must install it (.ci/run: apt-get install awscli).');
}

const cliEnv = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
	...process.env,
	AWS_ACCESS_KEY_ID: 'test',
	AWS_SECRET_ACCESS_KEY: 'test',
	AWS_DEFAULT_REGION: 'us-east-1',
	AWS_REGION: 'us-east-1',
	AWS_PAGER: '',
	AWS_CONFIG_FILE: '/dev/null',
	AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
	...extra,
});

/** Runs `aws --endpoint-url URL --output json ecs ARGS…` with throwaway credentials and parses its output. */
export async function awsEcs(url: string, ...args: string[]): Promise<Record<string, unknown>> {
	const {stdout} = await run('aws', ['--endpoint-url', url, '--output', 'json', 'ecs', ...args], {env: cliEnv(), maxBuffer: 16 * 1024 * 1024});
	return JSON.parse(stdout) as Record<string, unknown>;
}

/** Runs an `aws ecs` command that is to fail, one attempt only (no retries): its exit code and stderr. */
export async function awsEcsFailure(url: string, ...args: string[]): Promise<{code: number; stderr: string}> {
	try {
		await run('aws', ['--endpoint-url', url, '--output', 'json', 'ecs', ...args], {env: cliEnv({AWS_MAX_ATTEMPTS: '1', AWS_RETRY_MODE: 'standard'})});
	} catch (error) {
		const {code, stderr} = error as {code: number; stderr: string};
		return {code, stderr};
	}

	throw new Error(`aws ecs ${args.join(' ')} succeeded`);
}

/** `aws logs tail` is AWS CLI v2 only: `aws` when it is v2 (CI: Debian's), else Debian's /usr/bin/aws beside a v1 `aws`. */
function findAwsV2(): string | undefined {
	for (const binary of ['aws', '/usr/bin/aws']) {
		const result = spawnSync(binary, ['--version'], {encoding: 'utf8'});
		if (result.status === 0 && /^aws-cli\/2\./u.test(`${result.stdout}${result.stderr}`.trim())) return binary;
	}

	return undefined;
}

export const awsV2 = findAwsV2();

/** Locally a missing AWS CLI v2 skips `aws logs tail`; in CI it must be there. */
export const skipAwsCliV2 = awsV2 === undefined && !process.env['CI'];

export function requireAwsCliV2(): string {
	if (awsV2 === undefined) throw new Error('AWS CLI v2 is not installed (aws logs tail needs it): CI must install it (.ci/run: apt-get install awscli).');
	return awsV2;
}

/** Runs `aws --endpoint-url URL --output json logs ARGS…` and parses its output. */
export async function awsLogs(url: string, ...args: string[]): Promise<Record<string, unknown>> {
	const {stdout} = await run('aws', ['--endpoint-url', url, '--output', 'json', 'logs', ...args], {env: cliEnv(), maxBuffer: 64 * 1024 * 1024});
	return JSON.parse(stdout) as Record<string, unknown>;
}

/** Runs `BINARY --endpoint-url URL logs ARGS…` (e.g. `tail`) and returns what it printed. */
export async function awsLogsText(binary: string, url: string, ...args: string[]): Promise<string> {
	const {stdout} = await run(binary, ['--endpoint-url', url, '--no-cli-pager', 'logs', ...args], {env: cliEnv({AWS_MAX_ATTEMPTS: '1'}), maxBuffer: 64 * 1024 * 1024});
	return stdout;
}

/** Runs `aws --endpoint-url URL --output json elbv2 ARGS…` with throwaway credentials and parses its output. */
export async function awsElbv2(url: string, ...args: string[]): Promise<Record<string, unknown>> {
	const {stdout} = await run('aws', ['--endpoint-url', url, '--output', 'json', 'elbv2', ...args], {env: cliEnv(), maxBuffer: 16 * 1024 * 1024});
	return JSON.parse(stdout) as Record<string, unknown>;
}

/** Runs an `aws elbv2` command that is to fail, one attempt only (no retries): its exit code and stderr. */
export async function awsElbv2Failure(url: string, ...args: string[]): Promise<{code: number; stderr: string}> {
	try {
		await run('aws', ['--endpoint-url', url, '--output', 'json', 'elbv2', ...args], {env: cliEnv({AWS_MAX_ATTEMPTS: '1', AWS_RETRY_MODE: 'standard'})});
	} catch (error) {
		const {code, stderr} = error as {code: number; stderr: string};
		return {code, stderr};
	}

	throw new Error(`aws elbv2 ${args.join(' ')} succeeded`);
}
