import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {afterEach, describe, expect, it} from 'vitest';
import {loneFlag, packageVersion} from '../../source/cli/early-flags.js';
import {parseCommandLine, UsageError} from '../../source/cli/parse-command-line.js';

let dir: string | undefined;
afterEach(() => {
	if (dir !== undefined) rmSync(dir, {recursive: true, force: true});
	dir = undefined;
});

describe('loneFlag', () => {
	it('is --version or --help alone, answered before the parser is loaded', () => {
		expect(loneFlag(['--version'])).toBe('version');
		expect(loneFlag(['--help'])).toBe('help');
		expect(loneFlag([])).toBeUndefined();
		expect(loneFlag(['--help', 'simulate'])).toBeUndefined();
		expect(loneFlag(['--', '--version'])).toBeUndefined();
		expect(loneFlag(['-c'])).toBeUndefined();
	});

	it('leaves --version with anything else to the parser, which refuses it', () => {
		expect(loneFlag(['--version', '-c', 'prod'])).toBeUndefined();
		expect(() => parseCommandLine(['--version', '-c', 'prod'], {})).toThrow(UsageError);
	});
});

describe('packageVersion', () => {
	it('reads the nearest package.json above the module, as from dist/ or dist/chunks/', () => {
		dir = mkdtempSync(join(tmpdir(), 'ecswatch-version-'));
		writeFileSync(join(dir, 'package.json'), JSON.stringify({name: 'ecswatch', version: '9.8.7'}));
		mkdirSync(join(dir, 'dist', 'chunks'), {recursive: true});
		expect(packageVersion(pathToFileURL(join(dir, 'dist', 'ecswatch.js')).href)).toBe('9.8.7');
		expect(packageVersion(pathToFileURL(join(dir, 'dist', 'chunks', 'x.js')).href)).toBe('9.8.7');
	});

	it('says so, in the words ecswatch has always used, when no package.json has a version', () => {
		dir = mkdtempSync(join(tmpdir(), 'ecswatch-version-'));
		writeFileSync(join(dir, 'package.json'), JSON.stringify({name: 'ecswatch'}));
		expect(packageVersion(pathToFileURL(join(dir, 'x.js')).href)).toBe('No version found');
	});
});
