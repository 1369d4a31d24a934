import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import type {TimelineEntry} from '../../../../source/model/task-diff-types.js';
import {FETCHED_AT, snapshotWith} from '../../../helpers/fake-store.js';
import {waitUntil} from '../../../helpers/wait-until.js';
import {KEYS, renderApp, selectedLine} from '../../render-app.js';
import {rollingWeb} from '../../rollout-world.js';

process.env.TZ = 'UTC';
afterEach(cleanup);

const entry = (secondsAgo: number, text: string, overrides: Partial<TimelineEntry> = {}): TimelineEntry => ({
	id: `${text}@${secondsAgo}`, at: FETCHED_AT - secondsAgo * 1000, source: 'observed', service: 'web', taskId: null, text, tone: 'info', ...overrides,
});
const TIMELINE: TimelineEntry[] = [
	entry(12, 'n0aaaaaa PENDING→RUNNING', {taskId: 'n0aaaaaa'}),
	entry(40, 'b1aaaaaa STOPPED EssentialContainerExited: exit 137', {taskId: 'b1aaaaaa', tone: 'bad'}),
	entry(95, '(service web) has started 2 tasks: (task n0aaaaaa) (task p0aaaaaa).', {source: 'ecs'}),
	entry(300, 'web deployment ecs-svc/41 COMPLETED', {tone: 'good'}),
	entry(4000, 'a1aaaaaa HEALTHY→UNHEALTHY', {service: 'api', taskId: 'a1aaaaaa', tone: 'warning'}),
];
/** `count` entries a minute apart, the newest first: `entry 0` (a minute ago), `entry 1`… */
const many = (count: number) => Array.from({length: count}, (_, index) => entry(60 * (index + 1), `entry ${index}`));

function open(timeline: readonly TimelineEntry[], options: {height?: number; dropped?: number} = {}) {
	const data = {timeline, ...(options.dropped === undefined ? {} : {timelineDropped: options.dropped})};
	return renderApp(snapshotWith(rollingWeb().tasks, data), {width: 100, height: options.height ?? 14, colorEnabled: false});
}

describe('the timeline screen', () => {
	it('t on the task grid opens every entry with its time, newest first; Esc goes back to the grid as it was', async () => {
		const app = open(TIMELINE);
		await app.press(KEYS.down);
		const grid = app.frame();
		await app.press('t');
		expect(app.frame()).toMatchInlineSnapshot(`
			"ecswatch  clusters › prod › all tasks › timeline  us-east-1
			timeline 5 entries  newest first  since 10:53:20
			updated 12:00:00 · live · every 5s
			  TIME      AGE SERVICE        FROM WHAT
			> 11:59:48  12s web            seen n0aaaaaa PENDING→RUNNING
			  11:59:20  40s web            seen b1aaaaaa STOPPED EssentialContainerExited: exit 137
			  11:58:25   1m web            ECS  (service web) has started 2 tasks: (task n0aaaaaa) (task p0aaaa…
			  11:55:00   5m web            seen web deployment ecs-svc/41 COMPLETED
			  10:53:20   1h api            seen a1aaaaaa HEALTHY→UNHEALTHY




			? help  q quit  Esc back  ↑↓ move  / filter  r refresh  p pause               following newest · 1/5"
		`);
		await app.press(KEYS.escape);
		expect(app.frame()).toBe(grid);
		await app.press('t');
		await app.press('t');
		expect(app.frame()).toBe(grid);
	});

	it('scrolls with the arrows, j/k, pages and g/G; g follows the newest again', async () => {
		const app = open(many(40));
		await app.press('t');
		expect(selectedLine(app.frame())).toContain('entry 0');
		await app.press('j');
		await app.press(KEYS.down);
		expect(selectedLine(app.frame())).toContain('entry 2');
		expect(app.frame()).toContain('3/40');
		await app.press('k');
		expect(selectedLine(app.frame())).toContain('entry 1');
		await app.press(KEYS.pageDown);
		expect(selectedLine(app.frame())).toContain('entry 10');
		await app.press(KEYS.pageUp);
		expect(selectedLine(app.frame())).toContain('entry 1');
		await app.press('G');
		expect(selectedLine(app.frame())).toContain('entry 39');
		expect(app.frame()).not.toContain('entry 0 ');
		expect(app.frame()).toContain('40/40');
		await app.press('g');
		expect(selectedLine(app.frame())).toContain('entry 0');
		expect(app.frame()).toContain('following newest · 1/40');
	});

	it('keeps the cursor on the newest entry as new ones arrive, and on its entry once moved', async () => {
		const app = open(many(5));
		await app.press('t');
		const data = app.store.getSnapshot().data!;
		app.store.publish({...app.store.getSnapshot(), data: {...data, timeline: [entry(1, 'newer'), ...data.timeline]}});
		await waitUntil(() => {
			expect(selectedLine(app.frame())).toContain('newer');
		});
		await app.press(KEYS.down);
		expect(selectedLine(app.frame())).toContain('entry 0');
		const next = app.store.getSnapshot().data!;
		app.store.publish({...app.store.getSnapshot(), data: {...next, timeline: [entry(0, 'newest'), ...next.timeline]}});
		await waitUntil(() => {
			expect(app.frame()).toContain('newest');
		});
		expect(selectedLine(app.frame())).toContain('entry 0');
		expect(app.frame()).not.toContain('following newest');
	});

	it('filters its lines with / like the other lists: words, service:, from:', async () => {
		const app = open(TIMELINE);
		await app.press('t');
		for (const key of ['/', 's', 't', 'o', 'p']) await app.press(key);
		await app.press(KEYS.enter);
		const rows = () => app.frame().split('\n').filter(line => /^[> ] \d\d:\d\d:\d\d/u.test(line));
		expect(rows()).toHaveLength(1);
		expect(rows()[0]).toContain('b1aaaaaa STOPPED');
		expect(app.frame()).toContain('filter "stop" · following newest · 1/1 of 5');
		await app.press(KEYS.escape);
		expect(rows()).toHaveLength(5);
		for (const key of ['/', 'f', 'r', 'o', 'm', ':', 'e', 'c', 's']) await app.press(key);
		expect(rows()).toHaveLength(1);
		expect(rows()[0]).toContain('(service web) has started');
		await app.press(KEYS.escape);
		for (const key of ['/', 's', 'e', 'r', 'v', 'i', 'c', 'e', ':', 'a', 'p']) await app.press(key);
		expect(rows()).toHaveLength(1);
		expect(rows()[0]).toContain('a1aaaaaa HEALTHY→UNHEALTHY');
		await app.press(KEYS.escape);
		for (const key of ['/', 'x', 'y', 'z']) await app.press(key);
		expect(app.frame()).toContain('No entry matches the filter.');
	});

	it('says how many old entries its cap dropped, in the header and at the old end', async () => {
		const app = open(many(20), {dropped: 1234});
		await app.press('t');
		expect(app.frame().split('\n')[1]).toBe('timeline 20 entries  newest first  since 11:40:00  1,234 older dropped');
		await app.press('G');
		const lines = app.frame().split('\n');
		expect(selectedLine(app.frame())).toContain('entry 19');
		expect(lines[lines.indexOf(selectedLine(app.frame())!) + 1]).toMatch(/^ {36}1,234 older entries dropped \(the newest 10,000 are kept\) *$/u);
	});

	it('says when nothing has happened yet', async () => {
		const app = open([]);
		await app.press('t');
		expect(app.frame()).toContain('Nothing has happened yet.');
	});
});

describe('the timeline\'s data', () => {
	it('is the task grid\'s own poller: no second task source, kept polling while the timeline covers the grid', async () => {
		const app = open(TIMELINE);
		expect(app.opened.tasks).toHaveLength(1);
		const hides = app.store.hide.mock.calls.length;
		await app.press('t');
		expect(app.opened.tasks).toHaveLength(1);
		expect(app.store.hide.mock.calls.length).toBe(hides);
		expect(app.store.dispose).not.toHaveBeenCalled();
		app.stdin.write('r');
		await waitUntil(() => {
			expect(app.store.refreshNow).toHaveBeenCalledTimes(1);
		});
		await app.press(KEYS.escape);
		expect(app.store.dispose).not.toHaveBeenCalled();
		expect(app.opened.tasks).toHaveLength(1);
		expect(app.store.hide.mock.calls.length).toBe(hides);
	});
});
