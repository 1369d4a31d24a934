import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {KEYS} from '../../render-app.js';
import {lines, logsData, openLogs, TASK_ARN, TASK_ID} from './logs-world.js';

process.env.TZ = 'UTC';
afterEach(cleanup);

// 80x24: breadcrumb, what is read, following or not, the poller's line; 19 body rows; the footer.
describe('following a task\'s logs', () => {
	it('shows the newest lines at the bottom and follows new ones as they come', async () => {
		const app = openLogs();
		expect(app.frame()).toContain('Reading the logs…');
		await app.show(logsData(lines(1, 30)), 'line 30');
		expect(app.frame().split('\n').slice(0, 3)).toEqual([
			'ecswatch  logs  us-east-1',
			'task 3f196775 · app · RUNNING  since 11:50:00 (last 10m)',
			'following',
		]);
		expect(app.body()).toHaveLength(19);
		expect(app.body()[0]).toBe('11:59:12 line 12');
		expect(app.body().at(-1)).toBe('11:59:30 line 30');
		await app.show(logsData(lines(1, 33)), 'line 33');
		expect(app.body().at(-1)).toBe('11:59:33 line 33');
		expect(app.body()[0]).toBe('11:59:15 line 15');
		expect(app.footer()).toContain('33 lines');
	});

	it('stops following when scrolled up, marks the new lines below, and G follows again', async () => {
		const app = openLogs();
		await app.show(logsData(lines(1, 30)), 'line 30');
		await app.press('k');
		expect(app.frame()).toContain('paused at line 11 of 30 · G follows');
		expect(app.body()[0]).toContain('line 11');
		expect(app.body().at(-1)).toContain('line 29');
		await app.show(logsData(lines(1, 35)), 'new lines');
		// The view holds still: the new lines are below it, counted.
		expect(app.body()[0]).toContain('line 11');
		expect(app.body().at(-1)).toBe('↓ 5 new lines · G follows');
		expect(app.frame()).not.toContain('line 35');
		await app.press(KEYS.pageUp);
		expect(app.body()[0]).toContain('line 1');
		await app.press('G');
		expect(app.frame()).toContain('following');
		expect(app.body().at(-1)).toContain('line 35');
		expect(app.frame()).not.toContain('new lines');
	});

	it('scrolls with g, PgDn and j, and follows again on reaching the newest line', async () => {
		const app = openLogs();
		await app.show(logsData(lines(1, 40)), 'line 40');
		await app.press('g');
		expect(app.body()[0]).toContain('line 1');
		expect(app.frame()).toContain('paused at line 1 of 40');
		await app.press(KEYS.pageDown);
		expect(app.body()[0]).toContain('line 19');
		await app.press('j');
		await app.press('j');
		expect(app.frame()).toContain('paused at line 21 of 40');
		await app.press('j');
		expect(app.frame()).toContain('following');
		expect(app.body().at(-1)).toContain('line 40');
	});

	it('shows a crashing task\'s last lines, then that the task STOPPED', async () => {
		const app = openLogs();
		await app.show(logsData(lines(1, 10)), 'line 10');
		const crash = [
			...lines(1, 10),
			...lines(11, 12, n => ({message: n === 11 ? 'FATAL: JavaScript heap out of memory' : 'Aborted (core dumped)'})),
		];
		await app.show(logsData(crash, {tasks: [{taskArn: TASK_ARN, taskId: TASK_ID, lastStatus: 'STOPPED'}]}), 'STOPPED');
		expect(app.frame().split('\n')[1]).toContain('task 3f196775 · app · STOPPED');
		expect(app.body().slice(-3)).toEqual([
			'11:59:11 FATAL: JavaScript heap out of memory',
			'11:59:12 Aborted (core dumped)',
			'■ task 3f196775 STOPPED: no more lines will come',
		]);
	});

	it('stays bounded with a noisy source: the newest lines shown, the dropped ones counted', async () => {
		const app = openLogs();
		// A buffer of 5,000 lines after 120,000 were read, a new one every poll.
		for (const last of [125_000, 127_500, 130_000]) {
			const kept = lines(last - 4999, last, n => ({message: `GET /health 200 ${n}`}));
			await app.show(logsData(kept, {dropped: last - 5000}), `GET /health 200 ${last}`);
		}

		expect(app.frame().split('\n')[2]).toBe('following · 125,000 older lines dropped');
		expect(app.body().at(-1)).toContain('GET /health 200 130000');
		expect(app.footer()).toContain('130,000 lines');
		await app.press('g');
		expect(app.body()[0]).toContain('GET /health 200 125001');
		expect(app.frame()).toContain('paused at line 125,001 of 130,000');
	});

	it('wraps long lines with w, and hides the times with t', async () => {
		const long = `${'word '.repeat(30)}end`;
		const app = openLogs();
		await app.show(logsData([...lines(1, 3), ...lines(4, 4, () => ({message: long}))]), 'line 3');
		expect(app.body().at(-1)).toMatch(/^11:59:04 word word .*…$/u);
		expect(app.body().at(-1)).toHaveLength(80);
		await app.press('w');
		expect(app.body().slice(3)).toEqual([
			`11:59:04 ${'word '.repeat(13)}word`,
			`         ${'word '.repeat(13)}word`,
			'         word word end',
		]);
		await app.press('t');
		expect(app.body().slice(2)).toEqual(['line 3', `${'word '.repeat(15)}word`, `${'word '.repeat(14)}end`]);
	});
});
