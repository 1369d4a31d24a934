import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it, vi} from 'vitest';
import type {TimelineEntry} from '../../../../source/model/task-diff-types.js';
import {FETCHED_AT, snapshotWith} from '../../../helpers/fake-store.js';
import {renderApp} from '../../render-app.js';
import {rollingWeb} from '../../rollout-world.js';
import {waitUntil} from '../../../helpers/wait-until.js';

// Colour forced on before Ink loads, so `colorEnabled` alone decides whether escapes appear.
vi.hoisted(() => {
	process.env.FORCE_COLOR = '1';
});
process.env.TZ = 'UTC';
afterEach(cleanup);

const entry = (secondsAgo: number, text: string, tone: TimelineEntry['tone'], service: string | null = 'web'): TimelineEntry => ({
	id: `${text}@${secondsAgo}`, at: FETCHED_AT - secondsAgo * 1000, source: 'observed', service, taskId: null, text, tone,
});
const TIMELINE: TimelineEntry[] = [
	entry(12, 'n0aaaaaa PENDING→RUNNING', 'info'),
	entry(40, 'b1aaaaaa STOPPED EssentialContainerExited: exit 137 OutOfMemoryError', 'bad'),
	entry(95, '(service web) has started 2 tasks: (task n0aaaaaa) (task p0aaaaaa).', 'info', 'web'),
	entry(300, 'deployment ecs-svc/41 COMPLETED', 'good'),
	entry(600, 'api-backend HEALTHY→UNHEALTHY', 'warning', null),
];
/** Tall enough for the pane: a body of 30 lines or more below the three header lines. */
const TALL = 36;

describe('timeline pane', () => {
	it('keeps its relative times moving while polling is paused', async () => {
		vi.useFakeTimers({toFake: ['setInterval', 'clearInterval', 'Date']});
		vi.setSystemTime(FETCHED_AT);
		try {
			const paused = snapshotWith(rollingWeb().tasks, {timeline: TIMELINE});
			const app = renderApp({...paused, state: 'paused', nextPollAt: null}, {width: 80, height: TALL, colorEnabled: false, clock: Date.now});
			await waitUntil(() => {
				expect(app.frame()).toContain('12s ago  web  n0aaaaaa PENDING→RUNNING');
			});
			await vi.advanceTimersByTimeAsync(5000);
			await waitUntil(() => {
				expect(app.frame()).toContain('17s ago  web  n0aaaaaa PENDING→RUNNING');
			});
		} finally {
			vi.useRealTimers();
		}
	});

	it('shows the newest entries below the grid when the terminal is tall, and not when it is short', async () => {
		const app = renderApp(snapshotWith(rollingWeb().tasks, {timeline: TIMELINE}), {width: 80, height: TALL, colorEnabled: false});
		const lines = app.frame().split('\n');
		const pane = lines.slice(lines.findIndex(line => line.startsWith('Timeline (')), -1).join('\n').trimEnd();
		expect(pane).toMatchInlineSnapshot(`
			"Timeline (5, newest first; t opens it all)
			12s ago  web  n0aaaaaa PENDING→RUNNING
			40s ago  web  b1aaaaaa STOPPED EssentialContainerExited: exit 137 OutOfMemoryEr…
			 1m ago  web  (service web) has started 2 tasks: (task n0aaaaaa) (task p0aaaaaa…
			 5m ago  web  deployment ecs-svc/41 COMPLETED
			10m ago  -    api-backend HEALTHY→UNHEALTHY"
		`);
		app.resize({height: 24});
		await waitUntil(() => {
			expect(app.frame()).not.toContain('Timeline (');
		});
		expect(app.frame()).not.toContain('PENDING→RUNNING');
	});

	it('colours entries by tone', () => {
		const app = renderApp(snapshotWith(rollingWeb().tasks, {timeline: TIMELINE}), {width: 100, height: TALL});
		const line = (text: string) => app.frame().split('\n').find(l => l.includes(text)) ?? '';
		expect(line('exit 137')).toContain('\u001B[31mb1aaaaaa STOPPED');
		expect(line('COMPLETED')).toContain('\u001B[32mdeployment');
		expect(line('HEALTHY→UNHEALTHY')).toContain('\u001B[33mapi-backend');
	});

	it('says when nothing has happened yet', () => {
		const app = renderApp(snapshotWith(rollingWeb().tasks, {}), {width: 80, height: TALL, colorEnabled: false});
		expect(app.frame()).toContain('Timeline (0, newest first; t opens it all)\nNothing has happened yet.');
	});
});
