import {cleanup} from 'ink-testing-library';
import stringWidth from 'string-width';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {lines, logLine, logsData, openLogs, SERVICE_SCOPE} from './logs-world.js';

vi.hoisted(() => {
	process.env.FORCE_COLOR = '1';
});
process.env.TZ = 'UTC';
afterEach(cleanup);

const HOSTILE = [
	'clear\u001B[2J\u001B[31mred\u001B[0m',
	'title\u001B]0;pwned\u0007bell',
	'link\u001B]8;;https://evil.example\u001B\\click\u001B]8;;\u001B\\',
	'bidi \u202Etxt.exe\u202C end',
	'zero\u200Bwidth\u2060joined\uFEFF',
	'c1 \u009B31m csi',
	'cr\rover\u2028sep',
	'\tindented\ttab\n',
];
const BIG = 'x'.repeat(100_000);

describe('hostile log lines', () => {
	it('reach the terminal with no control, escape, bidi or invisible character, and a 100 KB line cut', async () => {
		const app = openLogs(SERVICE_SCOPE, {colorEnabled: true});
		const data = logsData([...HOSTILE.map((message, index) => logLine(index + 1, {message, container: 'app\u001B[2J'})), logLine(20, {message: BIG})]);
		await app.show(data, 'clear');
		const frame = app.frame();
		// Only Ink's own colour codes remain: SGR sequences that the theme produces.
		// eslint-disable-next-line no-control-regex
		const bare = frame.replaceAll(/\u001B\[\d+(?:;\d+)*m/gu, '');
		// eslint-disable-next-line no-control-regex
		expect(bare).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2028\u2029\u2060-\u2069\uFEFF]/u);
		const rows = bare.split('\n');
		for (const row of rows) expect(stringWidth(row)).toBeLessThanOrEqual(80);
		expect(rows).toContain('11:59:01 3f196775 clear�[2J�[31mred�[0m');
		expect(rows).toContain('11:59:02 3f196775 title�]0;pwned�bell');
		expect(rows).toContain('11:59:04 3f196775 bidi �txt.exe� end');
		expect(rows).toContain('11:59:05 3f196775 zerowidthjoined');
		expect(rows).toContain('11:59:08 3f196775         indented        tab');
		expect(rows).toContain(`11:59:20 3f196775 ${'x'.repeat(61)}…`);
	});

	it('wraps a 100 KB line only as far as the first 8 KB, saying how much was cut', async () => {
		const app = openLogs();
		await app.show(logsData([...lines(1, 2), logLine(3, {message: BIG})]), 'line 2');
		await app.press('w');
		expect(app.body().slice(-2).join(' ')).toMatch(/^ {9}x+ …\s+91,838 more characters cut$/u);
		expect(app.body()).toHaveLength(19);
		await app.press('g');
		expect(app.body().slice(0, 3)).toEqual(['11:59:01 line 1', '11:59:02 line 2', `11:59:03 ${'x'.repeat(71)}`]);
	});
});
