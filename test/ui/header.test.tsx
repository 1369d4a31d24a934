import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {tallyParts} from '../../source/ui/screens/tasks/task-tallies.js';
import type {WatchSnapshot} from '../../source/watch/snapshot.js';
import {FETCHED_AT, snapshotOf} from '../helpers/fake-store.js';
import {renderApp} from './render-app.js';
import {sampleTasks} from './sample-tasks.js';

process.env.TZ = 'UTC';
afterEach(cleanup);

function header(snapshot: WatchSnapshot, now = FETCHED_AT, width = 100) {
	return renderApp(snapshot, {width, clock: () => now, colorEnabled: false}).frame().split('\n').slice(0, 3).join('\n');
}

const text = (counts: Parameters<typeof tallyParts>[0], width: number) => tallyParts(counts, width).map(part => part.text).join('');

describe('header', () => {
	it('shows where you are, the counts and the last refresh', () => {
		expect(header(snapshotOf(sampleTasks()))).toMatchInlineSnapshot(`
			"ecswatch  clusters › prod › all tasks  us-east-1
			running 2  pending 1  stopping 1  stopped 1  │  unhealthy 1  healthy 1
			updated 12:00:00 · live · every 5s"
		`);
	});

	it('keeps the health counts on screen at 60 columns, leaving out zero counts', () => {
		const counts = {total: 25, running: 24, pending: 0, stopping: 0, stopped: 1, unknown: 0, healthy: 11, unhealthy: 0, unknownHealth: 13};
		expect(text(counts, 80)).toBe('running 24  pending 0  stopping 0  stopped 1  │  unhealthy 0  healthy 11');
		expect(text(counts, 60)).toBe('running 24 stopped 1 │ healthy 11');
		expect(text({...counts, pending: 2, stopping: 2, unhealthy: 3}, 60)).toBe('running 24 pending 2 stopping 2 stopped 1 │ unhealthy 3 healthy 11');
	});

	it('says when a large cluster is polled less often to stay within the API budget', () => {
		const snapshot = snapshotOf(sampleTasks(), {intervalMs: 25_000, budgetLimited: true});
		expect(header(snapshot).split('\n')[2]).toMatchInlineSnapshot(`"updated 12:00:00 · live · every 25s (API budget)"`);
	});

	it('reports the interval actually used when the budget stretches a short one', () => {
		const snapshot = snapshotOf(sampleTasks(), {intervalMs: 1_250, budgetLimited: true});
		expect(header(snapshot).split('\n')[2]).toBe('updated 12:00:00 · live · every 1.3s (API budget)');
	});

	it('warns about tasks ECS listed but could not describe', () => {
		const snapshot = snapshotOf(sampleTasks());
		const data = {...snapshot.data!, failures: [{arn: 'arn:aws:ecs:us-east-1:1:task/c/x', reason: 'ACCESS_DENIED\u001B[31m', detail: null}, {arn: null, reason: null, detail: null}]};
		expect(header({...snapshot, data}).split('\n')[2]).toMatchInlineSnapshot(`"updated 12:00:00 · live · every 5s · 2 not described (ACCESS_DENIED�[31m)"`);
	});

	it('says the services could not be read while the tasks stay on screen, with AWS\'s reason sanitised', () => {
		const snapshot = snapshotOf(sampleTasks());
		const data = {...snapshot.data!, servicesUnavailable: {name: 'AccessDeniedException', message: 'not authorized to perform: ecs:DescribeServices\u001B[2J\nsecond line'}};
		const frame = header({...snapshot, data}, FETCHED_AT, 140);
		expect(frame.split('\n')[2]).toBe('updated 12:00:00 · live · every 5s · services: ecs:DescribeServices denied');
		expect(frame.split('\n')[1]).toContain('running 2');
	});

	it('says when polling is paused', () => {
		expect(header(snapshotOf(sampleTasks(), {state: 'paused', nextPollAt: null})).split('\n')[2]).toMatchInlineSnapshot(`"updated 12:00:00 · paused (p resumes)"`);
	});

	it('marks stale data with the error and the retry countdown', () => {
		const snapshot = snapshotOf(sampleTasks(), {
			state: 'retrying',
			error: {name: 'ThrottlingException', message: 'Rate exceeded\nsecond line'},
			staleSince: FETCHED_AT + 5000,
			consecutiveFailures: 2,
			nextPollAt: FETCHED_AT + 14_000,
		});
		expect(header(snapshot, FETCHED_AT + 10_000).split('\n')[2]).toMatchInlineSnapshot(`"stale since 12:00:05 · throttled by AWS · retrying in 4s"`);
	});

	it('says when no poll succeeded yet, and sanitises the error', () => {
		const snapshot: WatchSnapshot = {
			state: 'retrying', data: null, partial: false, error: {name: 'Boom', message: 'bad\u001B]0;title\u0007'},
			staleSince: FETCHED_AT, consecutiveFailures: 1, nextPollAt: null, intervalMs: 5000, budgetLimited: false,
		};
		expect(header(snapshot).split('\n')[2]).toMatchInlineSnapshot(`"stale since 12:00:00 · Boom: bad�]0;title� · retrying…"`);
	});
});

describe('a poll that gets no answer', () => {
	it('says so after 10 s, long before the SDK\'s timeouts give up, and counts the seconds', () => {
		const snapshot = {...snapshotOf(sampleTasks()), state: 'refreshing' as const, pollStartedAt: FETCHED_AT};
		expect(header(snapshot, FETCHED_AT + 9_000).split('\n')[2]).toBe('updated 12:00:00 · refreshing…');
		expect(header(snapshot, FETCHED_AT + 12_400).split('\n')[2]).toBe('updated 12:00:00 · refreshing… · no answer for 12s');
	});
});
