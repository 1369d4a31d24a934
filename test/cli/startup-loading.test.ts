import {spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';

// What each command loads of the bundle: a build of its own (the metafile says which packages each
// chunk holds), run with a module hook that writes every file Node loads to a log.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Registers a load hook that appends each loaded file: URL to the file named by LOADED_LOG. */
const HOOKS = `
import {appendFileSync} from 'node:fs';
export async function load(url, context, nextLoad) {
	if (url.startsWith('file:')) appendFileSync(process.env.LOADED_LOG, url + '\\n');
	return nextLoad(url, context);
}`;
const REGISTER = `data:text/javascript,${encodeURIComponent(`import {register} from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(HOOKS)}`)});`)}`;

interface Metafile {
	outputs: Record<string, {inputs: Record<string, unknown>}>;
}

let dir: string;
let chunkInputs: Map<string, string[]>;

beforeAll(() => {
	// Inside the repository, so that --version finds package.json above dist/ as it does in a package.
	const cache = join(ROOT, 'node_modules', '.cache');
	mkdirSync(cache, {recursive: true});
	dir = mkdtempSync(join(cache, 'ecswatch-loading-'));
	const built = spawnSync(process.execPath, ['esbuild.config.mjs', `--outdir=${join(dir, 'dist')}`, `--metafile=${join(dir, 'meta.json')}`], {cwd: ROOT, encoding: 'utf8'});
	if (built.status !== 0) throw new Error(`build failed: ${built.stderr}`);
	const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as Metafile;
	chunkInputs = new Map(Object.entries(meta.outputs).map(([file, output]) => [pathToFileURL(resolve(ROOT, file)).href, Object.keys(output.inputs)]));
}, 60_000);

afterAll(() => {
	rmSync(dir, {recursive: true, force: true});
});

/**
 * The packages (`@aws-sdk/client-ecs`, `ink`…) and source files whose code the command loaded,
 * from the chunks it loaded.
 */
function loadedBy(args: string[]): {code: number | null; stdout: string; loaded: Set<string>} {
	const log = join(dir, `loaded-${args.join('_').replaceAll(/\W/gu, '')}.log`);
	const result = spawnSync(process.execPath, ['--import', REGISTER, join(dir, 'dist', 'ecswatch.js'), ...args], {
		cwd: ROOT,
		encoding: 'utf8',
		timeout: 15_000,
		env: {...process.env, LOADED_LOG: log, NO_COLOR: '1'},
	});
	const urls = readFileSync(log, 'utf8').trim().split('\n');
	expect(urls.length, 'the hook saw no file').toBeGreaterThan(0);
	const loaded = new Set<string>();
	for (const url of urls) {
		for (const input of chunkInputs.get(url) ?? []) loaded.add(packageOf(input));
	}

	return {code: result.status, stdout: result.stdout, loaded};
}

/** Those of `names` (packages, or source files and folders) of which something was loaded. */
function among(loaded: Set<string>, names: readonly string[]): string[] {
	return names.filter((name) => [...loaded].some((item) => item === name || item.startsWith(`${name}/`)));
}

/** `node_modules/@aws-sdk/client-ecs/dist-es/x.js` → `@aws-sdk/client-ecs`; a source file stays itself. */
function packageOf(input: string): string {
	const parts = input.split('/');
	if (parts[0] !== 'node_modules') return input;
	return parts.slice(1, parts[1]?.startsWith('@') === true ? 3 : 2).join('/');
}

/** The simulator itself: --help lists its faults (simulator/faults), which loads none of it. */
const SIMULATOR = ['source/simulator/start-simulator.ts', 'source/simulator/engine/create-world.ts'];
const TUI = ['ink', 'react', 'react-reconciler', 'yoga-layout', 'source/ui/terminal-app.tsx'];
const SDK = ['@aws-sdk/client-ecs', '@smithy/core', '@aws-sdk/credential-provider-node'];
/** What measures text on a terminal: ~30 ms to load (its Intl.Segmenter and emoji pattern). */
const TEXT_WIDTH = ['string-width', 'source/model/text-width.ts'];
/** The command-line parser (node:util's parseArgs is built in: it is no file of the bundle). */
const PARSER = 'source/cli/parse-command-line.ts';

describe('what a command loads', () => {
	it('--version loads none of the parser, the SDK, the simulator, Ink or React', () => {
		const {code, stdout, loaded} = loadedBy(['--version']);
		expect(code).toBe(0);
		expect(stdout).toMatch(/^\d+\.\d+\.\d+/u);
		expect(among(loaded, [...SDK, ...SIMULATOR, ...TUI, PARSER, 'source/ui'])).toEqual([]);
	});

	it('--help loads the key table it prints, but not the SDK, the simulator, Ink, React or the parser', () => {
		const {code, stdout, loaded} = loadedBy(['--help']);
		expect(code).toBe(0);
		expect(stdout).toContain('Usage');
		expect(among(loaded, ['source/ui/keys/key-reference.ts'])).toHaveLength(1);
		expect(among(loaded, [...SDK, ...SIMULATOR, ...TUI, PARSER])).toEqual([]);
	});

	it('a --demo snapshot loads the SDK and the simulator but not Ink or React, nor string-width when it measures no text', () => {
		const {code, loaded} = loadedBy(['--demo', '--once', '-o', 'ids']);
		expect(code).toBe(0);
		expect(among(loaded, ['@aws-sdk/client-ecs', ...SIMULATOR])).toHaveLength(3);
		expect(among(loaded, [...TUI, ...TEXT_WIDTH])).toEqual([]);

		const table = loadedBy(['--demo', '--once', '-o', 'table']);
		expect(table.code).toBe(0);
		expect(among(table.loaded, TEXT_WIDTH)).toEqual(TEXT_WIDTH);
	});

	it('a usage error loads the parser only: not the help texts, their key table or string-width', () => {
		const {code, loaded} = loadedBy(['--cluster', 'x', '--bogus']);
		expect(code).toBe(2);
		expect(among(loaded, [PARSER])).toEqual([PARSER]);
		expect(among(loaded, [...SDK, ...SIMULATOR, ...TUI, ...TEXT_WIDTH, 'source/cli/help-text.ts', 'source/ui/keys/key-reference.ts'])).toEqual([]);
	});
});
