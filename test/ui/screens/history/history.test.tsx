import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import type {ServiceDeploymentRow, ServiceRevisionRef} from '../../../../source/model/service-deployment-row.js';
import {initialScreens} from '../../../../source/cli/initial-screens.js';
import {servicesRequest} from '../../../../source/ui/screens/services/services-state.js';
import type {DeploymentHistoryData} from '../../../../source/watch/screen-data.js';
import type {SourceSnapshot} from '../../../../source/watch/snapshot.js';
import {loaded} from '../../../helpers/fake-sources.js';
import {FETCHED_AT, snapshotOf} from '../../../helpers/fake-store.js';
import {makeServiceRow} from '../../../helpers/service-row.js';
import {waitUntil} from '../../../helpers/wait-until.js';
import {KEYS, renderApp, selectedLine} from '../../render-app.js';

process.env.TZ = 'UTC';
afterEach(cleanup);

const REVISION = 'arn:aws:ecs:us-east-1:123456789012:service-revision/prod/web/';
const minutesAgo = (minutes: number) => new Date(FETCHED_AT - minutes * 60_000).toISOString();
const revision = (n: number, taskDefinition: string | null = `web:${n}`): ServiceRevisionRef => ({
	arn: `${REVISION}${9_000_000 + n}`, taskDefinition, requestedTaskCount: 6, runningTaskCount: 6, pendingTaskCount: 0,
});
const deployment = (id: string, overrides: Partial<ServiceDeploymentRow>): ServiceDeploymentRow => ({
	arn: `arn:aws:ecs:us-east-1:123456789012:service-deployment/prod/web/${id}`, serviceArn: null, clusterArn: null,
	status: 'SUCCESSFUL', statusReason: null, lifecycleStage: null, source: [], target: null, rollback: null, circuitBreaker: null,
	createdAt: null, startedAt: null, finishedAt: null, stoppedAt: null, updatedAt: null, ...overrides,
});

/** Newest first, as the fetch orders them: one in flight, a rollback, a success, a failure without rollback, one stopped by hand. */
const HISTORY: ServiceDeploymentRow[] = [
	deployment('d4', {status: 'IN_PROGRESS', lifecycleStage: 'BAKE_TIME', source: [revision(41)], target: revision(44), startedAt: minutesAgo(3)}),
	deployment('d3', {
		status: 'ROLLBACK_SUCCESSFUL', source: [revision(41)], target: revision(43), startedAt: minutesAgo(90), finishedAt: minutesAgo(78),
		rollback: {reason: 'Circuit breaker: 3 tasks failed\nhealth checks', startedAt: minutesAgo(84), serviceRevisionArn: revision(41).arn},
		circuitBreaker: {status: 'TRIGGERED', failureCount: 3, threshold: 3},
	}),
	deployment('d2', {status: 'SUCCESSFUL', source: [revision(40)], target: revision(41), startedAt: minutesAgo(60 * 26), finishedAt: minutesAgo(60 * 26 - 4.2)}),
	deployment('d1b', {
		status: 'STOPPED', statusReason: 'ECS deployment circuit breaker: tasks failed to start.', source: [revision(39)], target: revision(40),
		startedAt: minutesAgo(60 * 24 * 8), stoppedAt: minutesAgo(60 * 24 * 8 - 7), circuitBreaker: {status: 'TRIGGERED', failureCount: 3, threshold: 3},
	}),
	deployment('d1', {status: 'STOPPED', source: [], target: revision(40, null), createdAt: minutesAgo(60 * 24 * 9), stoppedAt: minutesAgo(60 * 24 * 9 - 1)}),
];

const historyOf = (deployments: readonly ServiceDeploymentRow[]): SourceSnapshot<DeploymentHistoryData> => loaded({deployments, fetchedAt: FETCHED_AT});
const services = [makeServiceRow({serviceName: 'web', desiredCount: 6, runningCount: 6}), makeServiceRow({serviceName: 'api'})];

/** The services list, the cursor on `web` (the second row, after all tasks). */
async function fromServices(history?: SourceSnapshot<DeploymentHistoryData>, size: {width?: number; height?: number} = {}) {
	const app = renderApp(snapshotOf([]), {
		initial: [servicesRequest('prod', 'web')], services: {services, fetchedAt: FETCHED_AT}, width: size.width ?? 110, height: size.height ?? 12, colorEnabled: false,
		...(history === undefined ? {} : {history}),
	});
	await waitUntil(() => {
		expect(selectedLine(app.frame())).toContain('web');
	});
	return app;
}

describe('the deployment history screen', () => {
	it('h on a service lists its deployments newest first: when, from → to, outcome, duration and why', async () => {
		const app = await fromServices(historyOf(HISTORY));
		expect(app.frame().split('\n').at(-1)).toContain('h history');
		await app.press('h');
		expect(app.opened.history).toEqual(['prod/web']);
		expect(app.frame()).toMatchInlineSnapshot(`
			"ecswatch  prod › web history  us-east-1
			deployments of web  5 deployments  newest first
			updated 12:00:00 · live · every 5s
			   AGE STARTED          REVISION             OUTCOME         DURATION REASON
			>   3m 2026-01-15 11:57 web:41 → web:44      in progress       3m00s… stage: bake time
			    1h 2026-01-15 10:30 web:41 → web:43      rolled back       12m00s Circuit breaker: 3 tasks failed
			    1d 2026-01-14 10:00 web:40 → web:41      succeeded          4m12s -
			    8d 2026-01-07 12:00 web:39 → web:40      failed             7m00s ECS deployment circuit breaker: tasks f…
			    9d 2026-01-06 12:00 - → 9000040          stopped            1m00s -


			? help  q quit  Esc back  ↑↓ move  Enter details  / filter  r refresh  p pause                             1/5"
		`);
	});

	it('h on the all-tasks row does nothing, and the footer does not offer it', async () => {
		const app = await fromServices(historyOf(HISTORY));
		await app.press(KEYS.up);
		expect(selectedLine(app.frame())).toContain('all tasks');
		expect(app.frame().split('\n').at(-1)).not.toContain('history');
		app.stdin.write('h');
		await app.press('j');
		expect(app.opened.history).toEqual([]);
	});

	it('h on a task grid of one service opens its history; a grid of the whole cluster does not offer it', async () => {
		const one = renderApp(snapshotOf([]), {initial: initialScreens('prod', ['web']), history: historyOf(HISTORY), colorEnabled: false});
		expect(one.frame().split('\n').at(-1)).toContain('h history');
		await one.press('h');
		expect(one.frame()).toContain('deployments of web  5 deployments  newest first');
		expect(one.frame().split('\n')[0]).toContain('prod › web › web history');
		await one.press(KEYS.escape);
		expect(one.frame()).not.toContain('deployments of web');
		cleanup();

		const all = renderApp(snapshotOf([]), {initial: initialScreens('prod', []), history: historyOf(HISTORY), colorEnabled: false});
		expect(all.frame().split('\n').at(-1)).not.toContain('history');
		all.stdin.write('h');
		await all.press('t');
		expect(all.opened.history).toEqual([]);
	});

	it('says it is listing until the first answer comes', async () => {
		const app = await fromServices();
		await app.press('h');
		expect(app.frame().split('\n')[3]).toBe('Listing service deployments…');
	});

	it('says when ECS recorded none, and since when it records them', async () => {
		const app = await fromServices(historyOf([]));
		await app.press('h');
		expect(app.frame().split('\n')[3]).toBe('No service deployments recorded — ECS records them for deployments started on or after 25 October 2024.');
	});

	it('names the action an AccessDenied refused, in one line', async () => {
		const denied = loaded<DeploymentHistoryData>(null as never, {
			data: null, state: 'retrying', consecutiveFailures: 1,
			error: {name: 'AccessDeniedException', message: 'User: arn:aws:iam::123456789012:user/dev is not authorized to perform: ecs:ListServiceDeployments on resource: arn:aws:ecs:us-east-1:123456789012:service/prod/web\u001B[2J'},
		});
		const app = await fromServices(denied, {width: 140});
		await app.press('h');
		expect(app.frame().split('\n')[3]).toBe('access denied to ecs:ListServiceDeployments: allow it in the IAM policy of these credentials (README lists the minimal IAM policy)');
	});

	it('scrolls a long history with the list keys', async () => {
		const long = Array.from({length: 30}, (_, index) => deployment(`x${index}`, {source: [revision(index)], target: revision(index + 1), startedAt: minutesAgo(index * 10 + 1)}));
		const app = await fromServices(historyOf(long));
		await app.press('h');
		expect(selectedLine(app.frame())).toContain('web:0 → web:1');
		await app.press('G');
		expect(selectedLine(app.frame())).toContain('web:29 → web:30');
		expect(app.frame()).toContain('30/30');
		await app.press(KEYS.pageUp);
		await app.press('k');
		expect(app.frame()).not.toContain('web:29 → web:30');
		await app.press('g');
		expect(selectedLine(app.frame())).toContain('web:0 → web:1');
	});

	it('Enter shows a deployment\'s details from the same data; Esc goes back to the list', async () => {
		const app = await fromServices(historyOf(HISTORY), {height: 30});
		await app.press('h');
		await app.press('j');
		expect(selectedLine(app.frame())).toContain('rolled back');
		await app.press(KEYS.enter);
		expect(app.opened.history).toEqual(['prod/web']);
		expect(app.frame()).toMatchInlineSnapshot(`
			"ecswatch  prod › web history › d3  us-east-1
			updated 12:00:00 · live · every 5s
			Service deployment of web
			  outcome     rolled back  (ROLLBACK_SUCCESSFUL)
			  duration    12m00s
			Revisions
			  from        web:41  (6 requested, 6 running, 0 pending)
			  to          web:43  (6 requested, 6 running, 0 pending)
			Rollback
			  reason      Circuit breaker: 3 tasks failed
			  started     2026-01-15 10:36:00
			  back to     web:41
			Circuit breaker
			  status      TRIGGERED
			  failures    3 of 3
			Times
			  started     2026-01-15 10:30:00
			  finished    2026-01-15 10:42:00
			  ARN         arn:aws:ecs:us-east-1:123456789012:service-deployment/prod/web/d3










			? help  q quit  Esc back  ↑↓ scroll  r refresh  p pause"
		`);
		await app.press(KEYS.escape);
		expect(selectedLine(app.frame())).toContain('rolled back');
	});
});
