import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {KEYS} from '../../render-app.js';
import {cloudwatch, lines, logLine, logsData, openLogs, TASK_ID, TASK_SCOPE, unreadable} from './logs-world.js';

process.env.TZ = 'UTC';
afterEach(cleanup);

const SOURCES = [
	cloudwatch('app'),
	unreadable({kind: 'other-driver', taskId: TASK_ID, container: 'log_router', driver: 'awsfirelens'}),
	unreadable({kind: 'no-log-configuration', taskId: TASK_ID, container: 'sidecar'}),
];

describe('reading the logs again another way', () => {
	it('a digit reads again from that far back, on a new source, keeping wrap, times and the search', async () => {
		const app = openLogs();
		await app.show(logsData(lines(1, 30)), 'line 30');
		// Wrap changes nothing visible in short lines: the time going away shows both keys were taken.
		app.stdin.write('w');
		await app.press('t');
		await app.press('/');
		await app.press('9');
		await app.press(KEYS.enter);
		await app.press('2');
		expect(app.opened.logs).toEqual([TASK_SCOPE, {...TASK_SCOPE, sinceMs: 5 * 60_000}]);
		expect(app.frame()).toContain('Reading the logs…');
		expect(app.frame().split('\n')[1]).toContain('last 5m');
		await app.show(logsData([...lines(1, 29), logLine(30, {message: `line 30 ${'x'.repeat(100)}`})]), 'line 30');
		expect(app.body().slice(-3)).toEqual(['* line 29', `  line 30 ${'x'.repeat(70)}`, `  ${'x'.repeat(30)}`]);
		expect(app.body().find(row => row.includes('line 29'))).toBe('* line 29');
		await app.press('0');
		expect(app.opened.logs.at(-1)).toEqual({...TASK_SCOPE, sinceMs: 0});
		expect(app.frame().split('\n')[1]).toContain('new lines only');
		await app.press('5');
		expect(app.opened.logs.at(-1)).toEqual({...TASK_SCOPE, sinceMs: 60 * 60_000});
		// The stack replaced the screen each time: Esc leaves the logs, here the only screen, not.
		expect(app.frame().split('\n')[0]).toBe('ecswatch  logs  us-east-1');
	});

	it('c picks a container, saying why one cannot be read; Enter reads it; Esc closes the picker', async () => {
		const app = openLogs();
		await app.show(logsData(lines(1, 30), {sources: SOURCES}), 'line 30');
		await app.press('c');
		expect(app.body().slice(0, 4)).toEqual([
			'containers  ↑↓ move · Enter reads · Esc closes',
			'> app  (reading)',
			'  log_router  logs go to FireLens (awsfirelens), not CloudWatch Logs',
			'  sidecar  no log configuration for container sidecar',
		]);
		expect(app.body().at(-1)).toBe('11:59:30 line 30');
		await app.press(KEYS.escape);
		expect(app.frame()).not.toContain('containers');
		expect(app.opened.logs).toHaveLength(1);
		await app.press('c');
		await app.press('j');
		await app.press('j');
		expect(app.body()[3]).toMatch(/^> sidecar/u);
		await app.press('k');
		await app.press(KEYS.enter);
		expect(app.opened.logs.at(-1)).toEqual({...TASK_SCOPE, container: 'log_router'});
		await app.show(logsData([], {sources: SOURCES}), 'FireLens');
		expect(app.frame().split('\n')[1]).toContain('task 3f196775 · log_router');
		expect(app.body()).toEqual(['logs go to FireLens (awsfirelens), not CloudWatch Logs']);
	});

	it('Esc in the picker closes it and keeps a kept search; Esc again clears the search', async () => {
		const app = openLogs();
		await app.show(logsData(lines(1, 30), {sources: SOURCES}), 'line 30');
		await app.press('/');
		await app.press('7');
		await app.press(KEYS.enter);
		await app.press('c');
		await app.press(KEYS.escape);
		expect(app.frame()).not.toContain('containers');
		expect(app.footer()).toContain('match 1/3');
		await app.press(KEYS.escape);
		expect(app.footer()).toContain('30 lines');
	});

	it('a does nothing for a task of no service', async () => {
		const app = openLogs();
		await app.show(logsData(lines(1, 3)), 'line 3');
		app.stdin.write('a');
		await app.press('t');
		expect(app.opened.logs).toHaveLength(1);
	});
});
