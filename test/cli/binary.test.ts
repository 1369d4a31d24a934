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

/** The flags meow is given, read from the source so that a flag added without help text fails here. */
function declaredFlags(): FlagSpec[] {
	const source = readFileSync(new URL('../../source/cli/parse-command-line.ts', import.meta.url), 'utf8');
	const block = /flags: \{\n([\s\S]*?)\n\t\t\},/u.exec(source)?.[1];
	if (block === undefined) throw new Error('no flags block found in parse-command-line.ts');
	return [...block.matchAll(/^\s*(\w+): \{([^}]*)\}/gmu)].map(([, name = '', body = '']) => ({
		name,
		shortFlag: /shortFlag: '(\w)'/u.exec(body)?.[1],
		defaultTrue: /type: 'boolean', default: true/u.test(body),
	}));
}

const kebab = (name: string) => name.replaceAll(/[A-Z]/gu, (letter) => `-${letter.toLowerCase()}`);

describe('the ecswatch binary', () => {
	it('documents every flag in --help and exits 0', () => {
		const flags = declaredFlags();
		expect(flags.map((flag) => flag.name)).toEqual(expect.arrayContaining(['cluster', 'endpointUrl', 'color', 'speed']));
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

	it('prints the version and exits 0', () => {
		const {version} = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string};
		const {code, stdout} = ecswatch(['--version']);
		expect(code).toBe(0);
		expect(stdout.trim()).toBe(version);
	});

	it('exits 2 with a message on stderr for an unknown flag', () => {
		const {code, stdout, stderr} = ecswatch(['--cluster', 'x', '--bogus']);
		expect(code).toBe(2);
		expect(stderr).toMatch(/--bogus/u);
		expect(stdout).toBe('');
	});

	it('exits 2 with the usage error on stderr and nothing on stdout', () => {
		const {code, stdout, stderr} = ecswatch(['--cluster', 'x', '--interval', '0.5']);
		expect(code).toBe(2);
		expect(stderr).toBe('ecswatch: --interval must be a number from 1 to 3600, not 0.5.\n');
		expect(stdout).toBe('');
	});

	it('exits 2 when a snapshot without a cluster (the cluster list) is asked for task-only output', () => {
		const {code, stdout, stderr} = ecswatch(['-o', 'ips'], {ECSWATCH_CLUSTER: ''});
		expect(code).toBe(2);
		expect(stderr).toBe('ecswatch: --output ips works on a cluster\'s tasks: add --cluster NAME (without one, a snapshot lists the clusters).\n');
		expect(stdout).toBe('');
	});

	it('checks --filter before it calls AWS: exit 2 and where the mistake is', () => {
		const {code, stdout, stderr} = ecswatch(['--cluster', 'x', '--endpoint-url', 'http://127.0.0.1:1', '--filter', 'az:b !']);
		expect({code, stdout}).toEqual({code: 2, stdout: ''});
		expect(stderr).toBe('ecswatch: --filter \'az:b !\': a ! negates nothing: put it right before a term, as in !status:stopped (at character 6).\n');
	});
});
