import {mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {captureWarnings, MAX_KEPT_LINES, warningLine, type CapturedWarnings} from '../../source/cli/captured-warnings.js';
import {clearSecrets, registerSecrets} from '../../source/model/error-report.js';

const AT = Date.parse('2026-12-01T14:39:41.123Z');

let dir: string;
let capture: CapturedWarnings | undefined;
let stderr: string[];
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'ecswatch-capture-'));
	stderr = [];
});
afterEach(() => {
	capture?.release();
	capture = undefined;
	clearSecrets();
	rmSync(dir, {recursive: true, force: true});
});

const start = (debug = false) => {
	capture = captureWarnings({debug, stderr: {write: (text: string) => stderr.push(text)}, now: () => AT});
	return capture;
};

/** process.emitWarning delivers on the next tick. */
const nextTick = () => new Promise((resolve) => process.nextTick(resolve));

describe('warningLine', () => {
	it('is one timestamped line: line breaks and runs of blanks become single spaces', () => {
		expect(warningLine('console.warn', 'WARNING:\n    Multiple credential sources detected: \n\tBoth set.\n', AT))
			.toBe('2026-12-01T14:39:41.123Z console.warn WARNING: Multiple credential sources detected: Both set.');
	});

	it('redacts credentials, by pattern and by registered value, and makes escapes visible', () => {
		registerSecrets(['registered-secret-value-1234']);
		const line = warningLine('console.log', 'key AKIAIOSFODNN7EXAMPLE aws_secret_access_key = wJalrXUtnFEMI/K7MDENG and registered-secret-value-1234 \u001b]0;title\u0007', AT);
		expect(line).toBe('2026-12-01T14:39:41.123Z console.log key [redacted] aws_secret_access_key = [redacted] and [redacted] \uFFFD]0;title\uFFFD');
	});
});

describe('captureWarnings', () => {
	it('keeps console output and Node warnings from their usual printers, in --log-file', async () => {
		const logFile = join(dir, 'ecswatch.log');
		const warnings = start();
		console.warn('early %s', 'warning');
		expect(warnings.logTo(logFile)).toEqual({ok: true});
		console.error(new Error('boom'));
		console.log({a: 1});
		process.emitWarning('NodeVersionSupportWarning: upgrade', {code: 'SDK1'});
		await nextTick();
		const lines = readFileSync(logFile, 'utf8').split('\n');
		expect(lines[0]).toBe('2026-12-01T14:39:41.123Z console.warn early warning');
		expect(lines[1]).toMatch(/^2026-12-01T14:39:41\.123Z console\.error Error: boom at /u);
		expect(lines[2]).toBe('2026-12-01T14:39:41.123Z console.log { a: 1 }');
		expect(lines[3]).toBe('2026-12-01T14:39:41.123Z warning Warning [SDK1]: NodeVersionSupportWarning: upgrade');
		expect(lines).toHaveLength(5);
		expect(warnings.lines()).toEqual(lines.slice(0, 4));
		expect(statSync(logFile).mode & 0o777).toBe(0o600);
		expect(stderr).toEqual([]);
	});

	it('appends to a log file that exists', () => {
		const logFile = join(dir, 'ecswatch.log');
		writeFileSync(logFile, 'an earlier run\n');
		start().logTo(logFile);
		console.info('second run');
		expect(readFileSync(logFile, 'utf8')).toBe('an earlier run\n2026-12-01T14:39:41.123Z console.info second run\n');
	});

	it('gives back the console and Node\'s warning printers on release, once', async () => {
		const {log, info, warn, error, debug} = console;
		const printers = process.listeners('warning');
		const warnings = start();
		expect(console.warn).not.toBe(warn);
		expect(process.listeners('warning')).not.toEqual(printers);
		warnings.release();
		warnings.release();
		expect({log, info, warn, error, debug}).toEqual({log: console.log, info: console.info, warn: console.warn, error: console.error, debug: console.debug});
		expect(process.listeners('warning')).toEqual(printers);
		console.debug('after release');
		await nextTick();
		expect(warnings.lines()).toEqual([]);
	});

	it('keeps the newest lines only, and with --debug writes them to stderr on release', () => {
		const warnings = start(true);
		for (let index = 0; index < MAX_KEPT_LINES + 3; index++) console.warn(`warning ${index}`);
		expect(warnings.lines()).toHaveLength(MAX_KEPT_LINES);
		expect(warnings.lines()[0]).toMatch(/ warning 3$/u);
		expect(warnings.dropped()).toBe(3);
		expect(stderr).toEqual([]);
		warnings.release();
		expect(stderr[0]).toBe('ecswatch: 3 earlier warnings dropped\n');
		expect(stderr.slice(1)).toEqual(warnings.lines().map((line) => `${line}\n`));
	});

	it('says why a log file cannot be opened, and keeps capturing', () => {
		const warnings = start();
		const missing = join(dir, 'missing', 'ecswatch.log');
		expect(warnings.logTo(missing)).toEqual({ok: false, message: `cannot write --log-file ${missing}: ENOENT: no such file or directory`});
		console.warn('still kept');
		expect(warnings.lines()).toHaveLength(1);
	});
});
