import {spawn, type ChildProcess} from 'node:child_process';
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {spawnSimulate} from '../helpers/simulate-process.js';
import {skipTerminalTests, startTmux, type TmuxSession} from '../helpers/tmux.js';

// A new user's first contact, run as they would: the built program against `ecswatch simulate`,
// with a shell environment that names only what each case gives (no AWS_* from the machine).
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let simulate: ChildProcess;
let endpoint = '';
let home = '';

/** A HOME with a config that has one profile, `staging`, and no Region for `default`. */
function fakeHome(): string {
	const dir = mkdtempSync(join(tmpdir(), 'ecswatch-home-'));
	const aws = join(dir, '.aws');
	mkdirSync(aws);
	writeFileSync(join(aws, 'config'), '[profile staging]\nregion = eu-west-2\n');
	writeFileSync(join(aws, 'credentials'), '[staging]\naws_access_key_id = AKIDSTAGING\naws_secret_access_key = staging-secret\n');
	return dir;
}

/** Runs ecswatch to its end; resolves with its exit code and output. */
function ecswatch(args: string[], env: NodeJS.ProcessEnv): Promise<{code: number | null; stdout: string; stderr: string}> {
	const child = spawn(process.execPath, ['bin/ecswatch.js', ...args], {
		cwd: ROOT,
		env: {PATH: process.env.PATH, HOME: home, NO_COLOR: '1', AWS_EC2_METADATA_DISABLED: 'true', ...env},
	});
	let stdout = '';
	let stderr = '';
	child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	return new Promise(resolve => child.on('close', code => resolve({code, stdout, stderr})));
}

const SIMULATOR_KEYS = {AWS_ACCESS_KEY_ID: 'AKIDSIMULATOR', AWS_SECRET_ACCESS_KEY: 'simulator-secret'};

beforeAll(async () => {
	home = fakeHome();
	({process: simulate, endpoint} = await spawnSimulate());
});

afterAll(() => {
	simulate.kill();
});

describe('first contact', () => {
	it('an unknown cluster is named with the clusters that exist, exit 1', async () => {
		const {code, stderr, stdout} = await ecswatch(['--once', '-c', 'prodd', '--endpoint-url', endpoint], {...SIMULATOR_KEYS, AWS_REGION: 'us-east-1'});
		expect({code, stdout}).toEqual({code: 1, stdout: ''});
		expect(stderr).toBe(`ecswatch: cluster prodd not found in ${endpoint} (clusters there: demo, jobs, staging): pass one with --cluster\n`);
	});

	it('AWS_DEFAULT_REGION is a Region, as for the AWS CLI', async () => {
		const {code, stdout} = await ecswatch(['--once', '-c', 'demo', '--endpoint-url', endpoint, '-o', 'ids'], {...SIMULATOR_KEYS, AWS_DEFAULT_REGION: 'us-east-1'});
		expect(code).toBe(0);
		expect(stdout.trim().split('\n').length).toBeGreaterThan(0);
	});

	it('no Region anywhere: one line that says how to give one, exit 2, before any request', async () => {
		const {code, stderr} = await ecswatch(['--once', '-c', 'demo', '--endpoint-url', endpoint], SIMULATOR_KEYS);
		expect(code).toBe(2);
		expect(stderr).toBe('ecswatch: no AWS Region: pass --region, set AWS_REGION, or give the profile one (aws configure set region REGION) (see ecswatch --help)\n');
	});

	it('a profile the files do not have is named, with the ones they do, exit 2', async () => {
		const {code, stderr} = await ecswatch(['--once', '-c', 'demo', '--endpoint-url', endpoint, '--profile', 'prod'], {AWS_REGION: 'us-east-1'});
		expect(code).toBe(2);
		expect(stderr).toBe('ecswatch: profile prod not found in ~/.aws/config or ~/.aws/credentials (profiles there: staging) (see ecswatch --help)\n');
		const fromEnv = await ecswatch(['--once', '-c', 'demo', '--endpoint-url', endpoint], {AWS_REGION: 'us-east-1', AWS_PROFILE: 'prod'});
		expect(fromEnv.stderr).toMatch(/^ecswatch: profile prod not found/u);
	});

	it('no credentials: what to do, exit 1, nothing of the SDK\'s internals', async () => {
		const {code, stderr} = await ecswatch(['--once', '-c', 'demo', '--endpoint-url', endpoint], {AWS_REGION: 'us-east-1'});
		expect(code).toBe(1);
		expect(stderr).toBe('ecswatch: no AWS credentials found: set AWS_PROFILE (or --profile), run aws configure, or run aws sso login\n');
	});

	it('the profile\'s Region and keys are used when AWS_PROFILE names it', async () => {
		const {code, stderr} = await ecswatch(['--once', '-c', 'demo', '--endpoint-url', endpoint, '-o', 'ids'], {AWS_PROFILE: 'staging'});
		expect({code, stderr}).toEqual({code: 0, stderr: ''});
	});
});

describe.skipIf(skipTerminalTests)('first contact in the TUI', () => {
	let session: TmuxSession | undefined;
	afterAll(() => session?.kill());

	it('an unknown cluster stops at once with what to do instead of waiting for a first poll', async () => {
		const env = `env -i PATH="$PATH" HOME=${home} TERM=xterm-256color AWS_REGION=us-east-1 AWS_ACCESS_KEY_ID=AKIDSIMULATOR AWS_SECRET_ACCESS_KEY=simulator-secret`;
		session = startTmux(`${env} node bin/ecswatch.js -c prodd --endpoint-url ${endpoint}`, {width: 80, height: 24, cwd: ROOT});
		const screen = await session.waitFor(text => text.includes('Retrying will not help'));
		expect(screen).toContain(`cluster not found in ${endpoint}: Esc goes back to the cluster list`);
		expect(screen).not.toContain('Waiting for the first poll');
		expect(screen).not.toMatch(/retrying in \d+s/u);
		session.send('Escape');
		session.send('Escape');
		await session.waitFor(text => text.includes('demo') && text.includes('clusters') && !text.includes('Retrying will not help'));
		session.send('q');
	});
});
