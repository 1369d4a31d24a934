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

describe('timeline pane', () => {
	it('keeps its relative times moving while polling is paused', async () => {
		vi.useFakeTimers({toFake: ['setInterval', 'clearInterval', 'Date']});
		vi.setSystemTime(FETCHED_AT);
		try {
			const paused = snapshotWith(rollingWeb().tasks, {timeline: TIMELINE});
			const app = renderApp({...paused, state: 'paused', nextPollAt: null}, {width: 80, height: 24, colorEnabled: false, clock: Date.now});
			await app.press('t');
			expect(app.frame()).toContain('12s ago  web  n0aaaaaa PENDING→RUNNING');
			await vi.advanceTimersByTimeAsync(5000);
			await waitUntil(() => {
				expect(app.frame()).toContain('17s ago  web  n0aaaaaa PENDING→RUNNING');
			});
		} finally {
			vi.useRealTimers();
		}
	});

	it('t shows what happened, newest first with relative times, below the grid; t hides it', async () => {
		const app = renderApp(snapshotWith(rollingWeb().tasks, {timeline: TIMELINE}), {width: 80, height: 24, colorEnabled: false});
		expect(app.frame()).not.toContain('Timeline');
		await app.press('t');
		expect(app.frame()).toMatchInlineSnapshot(`
			"ecswatch  clusters › prod › all tasks  us-east-1
			running 6  pending 2  stopping 0  stopped 0  │  unhealthy 0  healthy 6
			updated 12:00:00 · live · every 5s
			  TASK     SERVICE  STATUS       HEALTH    ENI                   PRIVATE IP
			> n2aaaaaa web      RUNNING      HEALTHY   -                     10.0.42.12
			  o2aaaaaa web      RUNNING      HEALTHY   -                     10.0.41.12
			  n1aaaaaa web      RUNNING      HEALTHY   -                     10.0.42.11
			  o1aaaaaa web      RUNNING      HEALTHY   -                     10.0.41.11
			  p1aaaaaa web      PENDING→RUN… UNKNOWN   -                     -
			  n0aaaaaa web      RUNNING      HEALTHY   -                     10.0.42.10
			  o0aaaaaa web      RUNNING      HEALTHY   -                     10.0.41.10
			  p0aaaaaa web      PENDING→RUN… UNKNOWN   -                     -





			Timeline (5, newest first; t hides)
			12s ago  web  n0aaaaaa PENDING→RUNNING
			40s ago  web  b1aaaaaa STOPPED EssentialContainerExited: exit 137 OutOfMemoryEr…
			 1m ago  web  (service web) has started 2 tasks: (task n0aaaaaa) (task p0aaaaaa…
			 5m ago  web  deployment ecs-svc/41 COMPLETED
			10m ago  -    api-backend HEALTHY→UNHEALTHY
			? help  q quit  Esc back  ↑↓ move  Enter task  / filter  t timeline          1/8"
		`);
		await app.press('t');
		expect(app.frame()).not.toContain('Timeline');
	});

	it('colours entries by tone', async () => {
		const app = renderApp(snapshotWith(rollingWeb().tasks, {timeline: TIMELINE}), {width: 100, height: 24});
		await app.press('t');
		const line = (text: string) => app.frame().split('\n').find(l => l.includes(text)) ?? '';
		expect(line('exit 137')).toContain('\u001B[31mb1aaaaaa STOPPED');
		expect(line('COMPLETED')).toContain('\u001B[32mdeployment');
		expect(line('HEALTHY→UNHEALTHY')).toContain('\u001B[33mapi-backend');
	});

	it('says when nothing has happened yet', async () => {
		const app = renderApp(snapshotWith(rollingWeb().tasks, {}), {width: 80, height: 24, colorEnabled: false});
		await app.press('t');
		expect(app.frame()).toContain('Timeline (0, newest first; t hides)\nNothing has happened yet.');
	});
});
