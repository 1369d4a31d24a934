import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';

// These run the built program (vitest's globalSetup builds dist/ first), as a user's shell would.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = 'bin/ecswatch.js';

function ecswatch(args: string[], env: NodeJS.ProcessEnv = {}) {
	const result = spawnSync(process.execPath, [BIN, ...args], {
		cwd: ROOT,
		encoding: 'utf8',
		timeout: 15_000,
		env: {...process.env, NO_COLOR: '1', ...env},
	});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

interface FlagSpec {
	name: string;
	shortFlag: string | undefined;
	defaultTrue: boolean;
}

/** The flags parseArgs is given, read from the source so that a flag added without help text fails here. */
function declaredFlags(): FlagSpec[] {
	const source = readFileSync(new URL('../../source/cli/parse-command-line.ts', import.meta.url), 'utf8');
	const block = /const FLAGS = \{\n([\s\S]*?)\n\} satisfies/u.exec(source)?.[1];
	if (block === undefined) throw new Error('no flags block found in parse-command-line.ts');
	return [...block.matchAll(/^\s*(\w+): \{([^}]*)\}/gmu)].map(([, name = '', body = '']) => ({
		name,
		shortFlag: /short: '(\w)'/u.exec(body)?.[1],
		defaultTrue: /type: 'boolean', default: true/u.test(body),
	}));
}

const kebab = (name: string) => name.replaceAll(/[A-Z]/gu, (letter) => `-${letter.toLowerCase()}`);

describe('the ecswatch binary', () => {
	it('documents every flag in --help and exits 0', () => {
		const flags = declaredFlags();
		expect(flags.map((flag) => flag.name)).toEqual(expect.arrayContaining(['cluster', 'endpointUrl', 'color', 'speed', 'fault', 'debug']));
		const {code, stdout} = ecswatch(['--help']);
		expect(code).toBe(0);
		for (const section of ['Usage', 'Options', 'Examples']) expect(stdout).toMatch(new RegExp(`^ {2}${section}$`, 'mu'));
		for (const flag of flags) {
			// A boolean that defaults to true is only ever typed as --no-<name>.
			const long = flag.defaultTrue ? `--no-${kebab(flag.name)}` : `--${kebab(flag.name)}`;
			const shown = flag.shortFlag === undefined ? long : `${long}, -${flag.shortFlag}`;
			expect(stdout, `--help should document ${shown}`).toMatch(new RegExp(`^ +${shown}\\b`, 'mu'));
		}
	});

	it('prints a command\'s own help after it, and ecswatch\'s after other flags', () => {
		const heads: Array<[string[], RegExp]> = [
			[['simulate', '--help'], /^ {2}Usage\n {4}\$ ecswatch simulate /mu],
			[['logs', '--port', '1', '--help'], /^ {2}Usage\n {4}\$ ecswatch logs /mu],
			[['status', '--help'], /^ {2}Usage\n {4}\$ ecswatch status /mu],
			[['wait', '--help'], /^ {2}Usage\n {4}\$ ecswatch wait /mu],
			[['-c', 'prod', '--help'], /^ {2}Options$/mu],
		];
		for (const [args, head] of heads) {
			const {code, stdout} = ecswatch(args);
			expect(code, args.join(' ')).toBe(0);
			expect(stdout, args.join(' ')).toMatch(head);
		}
	});

	it('prints the version and exits 0', () => {
		const {version} = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string};
		const {code, stdout} = ecswatch(['--version']);
		expect(code).toBe(0);
		expect(stdout.trim()).toBe(version);
	});

	it('exits 2 with one ecswatch: line on stderr for an unknown flag, with a near one if any', () => {
		expect(ecswatch(['--cluster', 'x', '--bogus'])).toEqual({code: 2, stdout: '', stderr: 'ecswatch: unknown flag --bogus (see ecswatch --help)\n'});
		expect(ecswatch(['--clustr', 'x'])).toEqual({code: 2, stdout: '', stderr: 'ecswatch: unknown flag --clustr: did you mean --cluster? (see ecswatch --help)\n'});
		expect(ecswatch(['-c', 'x', '-x'])).toEqual({code: 2, stdout: '', stderr: 'ecswatch: unknown flag -x; the short flags are -c, -s, -o and -f (see ecswatch --help)\n'});
	});

	it('exits 2 with the usage error on stderr and nothing on stdout', () => {
		const {code, stdout, stderr} = ecswatch(['--cluster', 'x', '--interval', '0.5']);
		expect(code).toBe(2);
		expect(stderr).toBe('ecswatch: --interval must be a number from 1 to 3600, not 0.5 (see ecswatch --help)\n');
		expect(stdout).toBe('');
	});

	it('exits 2 when a snapshot without a cluster (the cluster list) is asked for task-only output', () => {
		const {code, stdout, stderr} = ecswatch(['-o', 'ips'], {ECSWATCH_CLUSTER: ''});
		expect(code).toBe(2);
		expect(stderr).toBe('ecswatch: --output ips works on a cluster\'s tasks: add --cluster NAME (without one, a snapshot lists the clusters) (see ecswatch --help)\n');
		expect(stdout).toBe('');
	});

	it('exits 2 for a flag with no value (--region last), before it asks AWS anything', () => {
		// Without the check, the empty region reached the SDK: `Region is missing`, exit 1.
		expect(ecswatch(['-c', 'x', '--once', '--region'], {AWS_REGION: '', AWS_DEFAULT_REGION: ''}))
			.toEqual({code: 2, stdout: '', stderr: 'ecswatch: --region needs a value: an AWS Region, such as eu-west-1 (see ecswatch --help)\n'});
		expect(ecswatch(['-c', 'x', '--region', '--once'])).toMatchObject({code: 2, stderr: expect.stringMatching(/^ecswatch: --region needs a value/u)});
	});

	it('exits 2 for an empty -s, which would otherwise watch no service', () => {
		expect(ecswatch(['-c', 'x', '-s', '', '--once']))
			.toEqual({code: 2, stdout: '', stderr: 'ecswatch: --service (-s) needs a value: a service name or ARN (see ecswatch --help)\n'});
	});

	it('exits 2 for a repeated -c, naming it, without a stack trace', () => {
		expect(ecswatch(['-c', 'a', '-c', 'b', '--once']))
			.toEqual({code: 2, stdout: '', stderr: 'ecswatch: --cluster (-c) was given more than once: it takes one value, so give it once (see ecswatch --help)\n'});
	});

	it('keeps every usage error on one line, whatever was typed', () => {
		const {code, stderr} = ecswatch(['-c', 'x', '-o', 'ta\nble\u001B[2J']);
		expect(code).toBe(2);
		expect(stderr).toBe('ecswatch: --output must be table, json, csv, ids or ips, not ta\uFFFDble\uFFFD[2J (see ecswatch --help)\n');
	});

	it('takes --fault only with simulate, and a --fault only with a name', () => {
		expect(ecswatch(['-c', 'x', '--fault', 'throttle']))
			.toEqual({code: 2, stdout: '', stderr: 'ecswatch: --fault goes with the simulate command: ecswatch simulate --fault NAME[=VALUE] (see ecswatch --help)\n'});
		const {code, stdout, stderr} = ecswatch(['simulate', '--fault']);
		expect({code, stdout}).toEqual({code: 2, stdout: ''});
		expect(stderr).toMatch(/^ecswatch: --fault needs a value: throttle, throttle-storm=RATE, .*missing=RATE \(see ecswatch --help\)\n$/u);
	});

	it('words the simulator\'s refusal of a --fault as a usage error, and its failure to start as one line', () => {
		const fault = ecswatch(['simulate', '--fault', 'no-such-fault']);
		expect({code: fault.code, stdout: fault.stdout}).toEqual({code: 2, stdout: ''});
		expect(fault.stderr).toMatch(/^ecswatch: --fault [^\n]*no-such-fault[^\n]* \(see ecswatch --help\)\n$/u);
		const log = ecswatch(['simulate', '--log-requests', '/nonexistent-dir/calls.jsonl']);
		expect(log.code).toBe(1);
		expect(log.stderr).toMatch(/^ecswatch: [^\n]*ENOENT[^\n]*\n$/u);
		expect(log.stderr).not.toMatch(/internal error|\bat /u);
	});

	it('prints an error that ends it as one line, and its stack trace only with --debug', () => {
		const args = ['-c', 'x', '--once', '--endpoint-url', 'http://127.0.0.1:1', '--region', 'us-east-1'];
		const credentials = {AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: 'secret', AWS_PROFILE: ''};
		const plain = ecswatch(args, credentials);
		expect(plain.code).toBe(1);
		expect(plain.stderr).toMatch(/^ecswatch: [^\n]+\n$/u);
		const debug = ecswatch([...args, '--debug'], credentials);
		expect(debug.code).toBe(1);
		const [first = '', detail = '', ...frames] = debug.stderr.trimEnd().split('\n');
		expect(first).toBe(plain.stderr.trimEnd());
		// Then what failed, whole, as the SDK reported it.
		expect(detail).toMatch(/^ecswatch: ECONNREFUSED: connect ECONNREFUSED 127\.0\.0\.1:1$/u);
		expect(frames.length).toBeGreaterThan(0);
		for (const frame of frames) expect(frame).toMatch(/^\s+at /u);
	});

	it('checks --filter before it calls AWS: exit 2 and where the mistake is', () => {
		const {code, stdout, stderr} = ecswatch(['--cluster', 'x', '--endpoint-url', 'http://127.0.0.1:1', '--filter', 'az:b !']);
		expect({code, stdout}).toEqual({code: 2, stdout: ''});
		expect(stderr).toBe('ecswatch: --filter \'az:b !\': a ! negates nothing: put it right before a term, as in !status:stopped (at character 6) (see ecswatch --help)\n');
	});
});
