import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {KEYS} from '../../render-app.js';
import {lines, logsData, openLogs} from './logs-world.js';

// Colour forced on before Ink loads, so `colorEnabled` alone decides whether escapes appear.
vi.hoisted(() => {
	process.env.FORCE_COLOR = '1';
});
process.env.TZ = 'UTC';
afterEach(cleanup);

// eslint-disable-next-line no-control-regex
const ANSI = /\u001B\[[\d;]*m/gu;
const FAILED = new Set([5, 18, 33]);
const data = logsData(lines(1, 40, n => ({message: FAILED.has(n) ? `request ${n} failed: Error timeout` : `request ${n} ok`})));
const rowOf = (rows: string[], n: number) => rows.find(row => row.includes(`request ${n} `));

async function searchFor(app: ReturnType<typeof openLogs>, text: string) {
	await app.press('/');
	for (const char of text) await app.press(char);
}

describe('searching the logs', () => {
	it('highlights the matches as you type, and Enter jumps to the nearest one above', async () => {
		const app = openLogs(undefined, {colorEnabled: true});
		await app.show(data, 'request 40 ok');
		await searchFor(app, 'error');
		expect(app.footer().replaceAll(ANSI, '')).toMatch(/^\/error▏ .* 3 matches$/u);
		const typed = app.body();
		// Smart case: a lower-case search ignores case. Matching lines get a `*`, the match is inverse.
		expect(rowOf(typed, 33)).toContain('\u001B[7mError\u001B[27m');
		expect(rowOf(typed, 33)!.replaceAll(ANSI, '')).toBe('* 11:59:33 request 33 failed: Error timeout');
		expect(rowOf(typed, 34)!.replaceAll(ANSI, '')).toBe('  11:59:34 request 34 ok');
		await app.press(KEYS.enter);
		expect(app.footer()).toContain('match 1/3');
		const plain = app.body().map(row => row.replaceAll(ANSI, ''));
		expect(rowOf(plain, 33)).toBe('> 11:59:33 request 33 failed: Error timeout');
		expect(app.frame().replaceAll(ANSI, '')).toContain('paused at line');
	});

	it('n goes up to older matches and N down to newer ones, both wrapping around, readable without colour', async () => {
		const app = openLogs();
		await app.show(data, 'request 40 ok');
		await searchFor(app, 'Error');
		await app.press(KEYS.enter);
		expect(app.footer()).toContain('match 1/3');
		await app.press('n');
		expect(app.footer()).toContain('match 2/3');
		expect(rowOf(app.body(), 18)).toMatch(/^> /u);
		expect(app.frame()).not.toMatch(ANSI);
		await app.press('n');
		expect(app.footer()).toContain('match 3/3');
		expect(rowOf(app.body(), 5)).toMatch(/^> /u);
		expect(app.body()[0]).toContain('request 1 ');
		await app.press('n');
		expect(app.footer()).toContain('match 1/3');
		expect(rowOf(app.body(), 33)).toMatch(/^> /u);
		await app.press('N');
		expect(app.footer()).toContain('match 3/3');
		await app.press('N');
		expect(app.footer()).toContain('match 2/3');
	});

	it('a capital letter makes the search match case; Esc clears it', async () => {
		const app = openLogs();
		await app.show(data, 'request 40 ok');
		await searchFor(app, 'ERROR');
		await app.press(KEYS.enter);
		expect(app.footer()).toContain('no match');
		expect(app.frame()).toContain('following');
		await app.press(KEYS.escape);
		expect(app.footer()).toContain('40 lines');
		expect(app.body().at(-1)).toBe('11:59:40 request 40 ok');
	});
});
