import {spawnSync, type ChildProcess} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {afterEach, describe, expect, it} from 'vitest';
import {spawnSimulate} from '../helpers/simulate-process.js';
import {MULTIPLE_SOURCES_WARNING, NODE_VERSION_WARNING, sdkWarnsAboutNode, warningEnv, warningHome, type WarningHome} from '../helpers/sdk-warning-env.js';

// The built program, without bin/ecswatch.js (which turns the SDK's Node-version warning off when unset).
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = 'dist/ecswatch.js';
const TIMESTAMPED = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z /u;

function ecswatch(args: string[], env: NodeJS.ProcessEnv) {
	const result = spawnSync(process.execPath, [DIST, ...args], {cwd: ROOT, encoding: 'utf8', timeout: 15_000, env});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

let home: WarningHome | undefined;
let simulator: ChildProcess | undefined;
afterEach(() => {
	home?.remove();
	home = undefined;
	simulator?.kill('SIGINT');
	simulator = undefined;
});

describe('one-shot commands keep the SDK\'s warnings off stdout and stderr', () => {
	it.skipIf(!sdkWarnsAboutNode)('a --once snapshot and status: stderr empty, the Node-version warning in --log-file', () => {
		home = warningHome();
		// The switch removed, the SDK itself warns: plain Node, without ecswatch's capture, shows it on stderr.
		const sdk = spawnSync(process.execPath, ['-e', 'new (require("@aws-sdk/client-ecs").ECSClient)({region: "us-east-1"})'], {cwd: ROOT, encoding: 'utf8', env: warningEnv()});
		expect(sdk.stderr).toContain(NODE_VERSION_WARNING);

		const once = ecswatch(['--demo', '--once', '-o', 'ids', '--log-file', home.logFile], warningEnv());
		expect(once.stderr).toBe('');
		expect(once.code).toBe(0);
		expect(once.stdout).toMatch(/^[0-9a-f]{32}\n/u);
		const [line, ...more] = home.log().trimEnd().split('\n');
		expect(more).toEqual([]);
		expect(line).toMatch(TIMESTAMPED);
		expect(line).toContain(`warning Warning: ${NODE_VERSION_WARNING}: The AWS SDK for JavaScript (v3) versions published`);

		const status = ecswatch(['status', '--demo'], warningEnv());
		expect(status.stderr).toBe('');
		expect(status.stdout).toContain('web');
	});

	it('the "multiple credential sources" warning (AWS_PROFILE and static keys both set): stderr empty, one line in --log-file', async () => {
		home = warningHome();
		const started = await spawnSimulate();
		simulator = started.process;
		const env = warningEnv(home.bothCredentialSources);

		const once = ecswatch(['--endpoint-url', started.endpoint, '--cluster', 'demo', '--once', '-o', 'ids', '--log-file', home.logFile], env);
		expect(once.stderr).toBe('');
		expect(once.code).toBe(0);
		expect(once.stdout.split('\n').length).toBeGreaterThan(20);
		const lines = home.log().trimEnd().split('\n').filter((line) => line.includes(MULTIPLE_SOURCES_WARNING));
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(TIMESTAMPED);
		// One line, its indentation and line breaks made single spaces.
		expect(lines[0]).toContain(`console.warn @aws-sdk/credential-provider-node - defaultProvider::fromEnv WARNING: ${MULTIPLE_SOURCES_WARNING}: Both AWS_PROFILE and the pair`);

		// A second run appends.
		ecswatch(['status', '--endpoint-url', started.endpoint, '--cluster', 'demo', '--log-file', home.logFile], env);
		expect(home.log().split('\n').filter((line) => line.includes(MULTIPLE_SOURCES_WARNING))).toHaveLength(2);
	});

	it('--debug prints the captured warnings on stderr, after the output', async () => {
		home = warningHome();
		const started = await spawnSimulate();
		simulator = started.process;
		const {stdout, stderr, code} = ecswatch(['--endpoint-url', started.endpoint, '--cluster', 'demo', '--once', '--debug'], warningEnv(home.bothCredentialSources));
		expect(code).toBe(0);
		expect(stdout).toContain('PRIVATE IP');
		expect(stderr.split('\n').filter((line) => line.includes(MULTIPLE_SOURCES_WARNING))).toHaveLength(1);
		expect(stderr).toMatch(TIMESTAMPED);
	});

	it('a --log-file that cannot be opened is one ecswatch: line, exit 1, before any output', () => {
		home = warningHome();
		const missing = `${home.dir}/no-such-dir/ecswatch.log`;
		expect(ecswatch(['--demo', '--once', '--log-file', missing], warningEnv())).toEqual({
			code: 1, stdout: '', stderr: `ecswatch: cannot write --log-file ${missing}: ENOENT: no such file or directory\n`,
		});
		expect(ecswatch(['status', '--demo', '--log-file', home.dir], warningEnv())).toEqual({
			code: 1, stdout: '', stderr: `ecswatch: cannot write --log-file ${home.dir}: EISDIR: illegal operation on a directory\n`,
		});
	});
});
