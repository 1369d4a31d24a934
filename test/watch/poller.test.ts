import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import type {Poller} from '../../source/watch/poller.js';
import {createTaskPoller as createPoller} from '../../source/watch/task-poller.js';
import type {WatchData} from '../../source/watch/snapshot.js';
import type {FetchWatchData} from '../../source/watch/snapshot.js';
import {makeTaskRow} from '../helpers/task-row.js';
import {awsError, controlledFetch, flush, result} from './fake-fetch.js';

const T0 = 1_700_000_000_000;
const INTERVAL = 5000;
let poller: Poller<WatchData> | undefined;

function setup(options: {intervalMs?: number; backoff?: {baseMs?: number; maxMs?: number; jitter?: () => number}} = {}) {
	const {fetch, calls} = controlledFetch();
	poller = createPoller({fetch, intervalMs: options.intervalMs ?? INTERVAL, backoff: {jitter: () => 0, ...options.backoff}});
	const listener = vi.fn();
	poller.subscribe(listener);
	return {poller, calls, listener, last: () => calls.at(-1)!};
}

beforeEach(() => {
	vi.useFakeTimers();
	vi.setSystemTime(T0);
});

afterEach(() => {
	poller?.dispose();
	poller = undefined;
	vi.useRealTimers();
});

describe('createPoller', () => {
	it('rejects intervals under one second', () => {
		const {fetch} = controlledFetch();
		expect(() => createPoller({fetch, intervalMs: 999})).toThrow(RangeError);
		expect(() => createPoller({fetch, intervalMs: Number.NaN})).toThrow(RangeError);
		expect(() => createPoller({fetch, intervalMs: 1000})).not.toThrow();
	});

	it('does nothing until started, then polls at once', async () => {
		const {poller, calls, last} = setup();
		expect(poller.getSnapshot()).toMatchObject({state: 'starting', data: null, nextPollAt: null});
		await vi.advanceTimersByTimeAsync(60_000);
		expect(calls).toHaveLength(0);

		vi.setSystemTime(T0);
		poller.start();
		expect(calls).toHaveLength(1);
		expect(poller.getSnapshot().state).toBe('starting');

		const tasks = [makeTaskRow({taskId: 'a'})];
		vi.advanceTimersByTime(300);
		last().resolve(result(tasks));
		await flush();
		expect(poller.getSnapshot()).toEqual({
			state: 'idle',
			partial: false,
			data: {tasks, services: [], failures: [], fetchedAt: T0 + 300, apiCalls: null, marks: new Map(), timeline: [], rollouts: new Map(), rolloutChanges: []},
			error: null,
			staleSince: null,
			consecutiveFailures: 0,
			nextPollAt: T0 + 300 + INTERVAL,
			intervalMs: INTERVAL,
			budgetLimited: false,
			pollStartedAt: null,
		});
	});

	it('waits the interval from the end of a poll, not its start', async () => {
		const {poller, calls, last} = setup();
		poller.start();
		await vi.advanceTimersByTimeAsync(3000);
		last().resolve(result());
		await flush();

		await vi.advanceTimersByTimeAsync(INTERVAL - 1);
		expect(calls).toHaveLength(1);
		await vi.advanceTimersByTimeAsync(1);
		expect(calls).toHaveLength(2);
		expect(poller.getSnapshot()).toMatchObject({state: 'refreshing', nextPollAt: null});
	});

	it('stretches the interval when a poll spends more API calls than its budget allows', async () => {
		const {fetch, calls} = controlledFetch();
		poller = createPoller({fetch, intervalMs: INTERVAL, apiCallsPerSecond: 4});
		poller.start();
		calls.at(-1)!.resolve({...result(), apiCalls: 100});
		await flush();
		expect(poller.getSnapshot()).toMatchObject({intervalMs: 25_000, budgetLimited: true, nextPollAt: T0 + 25_000});
		await vi.advanceTimersByTimeAsync(24_999);
		expect(calls).toHaveLength(1);
		await vi.advanceTimersByTimeAsync(1);
		expect(calls).toHaveLength(2);

		calls.at(-1)!.resolve({...result(), apiCalls: 3});
		await flush();
		expect(poller.getSnapshot()).toMatchObject({intervalMs: INTERVAL, budgetLimited: false});
	});

	it('remembers what changed between polls: marks to highlight and timeline lines', async () => {
		const {poller, calls, last} = setup();
		const pending = makeTaskRow({taskId: 'a1b2c3d4e5', lastStatus: 'PENDING', desiredStatus: 'RUNNING'});
		poller.start();
		last().resolve(result([pending]));
		await flush();
		expect(poller.getSnapshot().data?.marks.size).toBe(0);

		await vi.advanceTimersByTimeAsync(INTERVAL);
		expect(calls).toHaveLength(2);
		const running = {...pending, lastStatus: 'RUNNING'};
		const fresh = makeTaskRow({taskId: 'ffff0000aa', lastStatus: 'PROVISIONING', desiredStatus: 'RUNNING'});
		last().resolve(result([running, fresh]));
		await flush();
		const data = poller.getSnapshot().data!;
		expect(data.marks.get(pending.taskArn)).toMatchObject({kind: 'changed', fields: ['lastStatus'], at: data.fetchedAt});
		expect(data.marks.get(fresh.taskArn)).toMatchObject({kind: 'appeared'});
		expect(data.timeline.map((entry) => entry.text)).toEqual(expect.arrayContaining(['a1b2c3d4 PENDING→RUNNING']));

		await vi.advanceTimersByTimeAsync(INTERVAL);
		last().resolve(result([running, fresh]));
		await flush();
		const later = poller.getSnapshot().data!;
		expect(later.timeline).toContainEqual(expect.objectContaining({text: 'a1b2c3d4 PENDING→RUNNING'}));
		expect(later.marks.has(fresh.taskArn)).toBe(true);
	});

	it('never overlaps polls when a fetch outlasts the interval', async () => {
		const {poller, calls, last} = setup();
		poller.start();
		await vi.advanceTimersByTimeAsync(INTERVAL * 4);
		expect(calls).toHaveLength(1);

		last().resolve(result());
		await flush();
		await vi.advanceTimersByTimeAsync(INTERVAL);
		expect(calls).toHaveLength(2);
	});

	it('coalesces refresh requests made during a poll into one poll right after it', async () => {
		const {poller, calls, last} = setup();
		poller.start();
		poller.refreshNow();
		poller.refreshNow();
		poller.refreshNow();
		expect(calls).toHaveLength(1);

		last().resolve(result());
		await flush();
		expect(calls).toHaveLength(2);

		last().resolve(result());
		await flush();
		expect(calls).toHaveLength(2);
		await vi.advanceTimersByTimeAsync(INTERVAL);
		expect(calls).toHaveLength(3);
	});

	it('refreshes at once when idle and restarts the interval from there', async () => {
		const {poller, calls, last} = setup();
		poller.start();
		last().resolve(result());
		await flush();

		await vi.advanceTimersByTimeAsync(INTERVAL - 1000);
		poller.refreshNow();
		expect(calls).toHaveLength(2);
		last().resolve(result());
		await flush();

		await vi.advanceTimersByTimeAsync(INTERVAL - 1);
		expect(calls).toHaveLength(2);
		await vi.advanceTimersByTimeAsync(1);
		expect(calls).toHaveLength(3);
	});

	it('stops polling while paused and polls at once on resume', async () => {
		const {poller, calls, last} = setup();
		poller.start();
		last().resolve(result());
		await flush();

		poller.pause();
		expect(poller.getSnapshot()).toMatchObject({state: 'paused', nextPollAt: null});
		await vi.advanceTimersByTimeAsync(INTERVAL * 10);
		expect(calls).toHaveLength(1);

		poller.resume();
		expect(calls).toHaveLength(2);
		last().resolve(result());
		await flush();
		expect(poller.getSnapshot()).toMatchObject({state: 'idle', nextPollAt: Date.now() + INTERVAL});
	});

	it('lets a poll in flight land when paused, without scheduling another', async () => {
		const {poller, calls, last} = setup();
		poller.start();
		poller.togglePause();
		const tasks = [makeTaskRow({taskId: 'landed'})];
		last().resolve(result(tasks));
		await flush();

		expect(poller.getSnapshot()).toMatchObject({state: 'paused', nextPollAt: null, data: {tasks}});
		await vi.advanceTimersByTimeAsync(INTERVAL * 10);
		expect(calls).toHaveLength(1);

		poller.togglePause();
		expect(calls).toHaveLength(2);
	});

	it('does one manual refresh while paused and stays paused', async () => {
		const {poller, calls, last} = setup();
		poller.start();
		last().resolve(result());
		await flush();
		poller.pause();

		poller.refreshNow();
		expect(calls).toHaveLength(2);
		last().resolve(result());
		await flush();
		await vi.advanceTimersByTimeAsync(INTERVAL * 10);
		expect(calls).toHaveLength(2);
		expect(poller.getSnapshot().state).toBe('paused');
	});

	it('keeps the last good data through failures and says since when it is stale', async () => {
		const {poller, last} = setup();
		poller.start();
		const tasks = [makeTaskRow({taskId: 'good'})];
		last().resolve(result(tasks));
		await flush();
		const good = poller.getSnapshot().data;

		await vi.advanceTimersByTimeAsync(INTERVAL);
		const failedAt = Date.now();
		last().reject(awsError('ClusterNotFoundException', 'Cluster not found.'));
		await flush();
		expect(poller.getSnapshot()).toEqual({
			state: 'retrying',
			data: good,
			partial: false,
			error: {name: 'ClusterNotFoundException', message: 'Cluster not found.'},
			staleSince: failedAt,
			consecutiveFailures: 1,
			nextPollAt: failedAt + INTERVAL,
			intervalMs: INTERVAL,
			budgetLimited: false,
			pollStartedAt: null,
		});

		await vi.advanceTimersByTimeAsync(INTERVAL);
		last().reject(new Error('connect ECONNREFUSED 127.0.0.1:4566'));
		await flush();
		expect(poller.getSnapshot()).toMatchObject({data: good, staleSince: failedAt, consecutiveFailures: 2, state: 'retrying'});
	});

	it('backs off exponentially, doubling up to the cap', async () => {
		const {poller, calls, last} = setup({intervalMs: 1000, backoff: {maxMs: 5000}});
		poller.start();
		const waits: number[] = [];
		for (let attempt = 1; attempt <= 5; attempt++) {
			last().reject(awsError('ServerException'));
			await flush();
			const snapshot = poller.getSnapshot();
			waits.push(snapshot.nextPollAt! - Date.now());
			await vi.advanceTimersByTimeAsync(waits.at(-1)! - 1);
			expect(calls).toHaveLength(attempt);
			await vi.advanceTimersByTimeAsync(1);
			expect(calls).toHaveLength(attempt + 1);
		}

		expect(waits).toEqual([1000, 2000, 4000, 5000, 5000]);
	});

	it('backs off from baseMs when given, and stretches waits with jitter', async () => {
		const {poller, last} = setup({backoff: {baseMs: 2000, jitter: () => 1}});
		poller.start();
		last().reject(awsError('ServerException'));
		await flush();
		expect(poller.getSnapshot().nextPollAt! - Date.now()).toBe(2500);
	});

	it('backs off when throttled instead of polling at the normal interval', async () => {
		const {poller, calls, last} = setup();
		poller.start();
		last().resolve(result());
		await flush();
		for (let throttles = 1; throttles <= 2; throttles++) {
			await vi.advanceTimersByTimeAsync(poller.getSnapshot().nextPollAt! - Date.now());
			last().reject(awsError('ThrottlingException', 'Rate exceeded'));
			await flush();
		}

		expect(poller.getSnapshot()).toMatchObject({state: 'retrying', error: {name: 'ThrottlingException'}, consecutiveFailures: 2});
		const before = calls.length;
		await vi.advanceTimersByTimeAsync(INTERVAL);
		expect(calls).toHaveLength(before);
		await vi.advanceTimersByTimeAsync(INTERVAL);
		expect(calls).toHaveLength(before + 1);
	});

	it('recovers by itself on the next success', async () => {
		const {poller, last} = setup();
		poller.start();
		last().reject(awsError('ExpiredTokenException'));
		await flush();
		expect(poller.getSnapshot()).toMatchObject({state: 'retrying', data: null, consecutiveFailures: 1});

		await vi.advanceTimersByTimeAsync(INTERVAL);
		const tasks = [makeTaskRow({taskId: 'back'})];
		last().resolve(result(tasks));
		await flush();
		expect(poller.getSnapshot()).toMatchObject({
			state: 'idle', error: null, staleSince: null, consecutiveFailures: 0, data: {tasks}, nextPollAt: Date.now() + INTERVAL,
		});
	});

	it('aborts the poll in flight on dispose and publishes nothing afterwards', async () => {
		const {poller, calls, listener, last} = setup();
		poller.start();
		poller.refreshNow();
		const before = poller.getSnapshot();
		listener.mockClear();

		poller.dispose();
		expect(last().signal.aborted).toBe(true);
		last().reject(new DOMException('aborted', 'AbortError'));
		await flush();
		await vi.advanceTimersByTimeAsync(INTERVAL * 10);
		poller.refreshNow();
		poller.resume();
		poller.pause();
		poller.start();

		expect(calls).toHaveLength(1);
		expect(listener).not.toHaveBeenCalled();
		expect(poller.getSnapshot()).toBe(before);
		expect(vi.getTimerCount()).toBe(0);
	});

	it('ignores a fetch that resolves after dispose', async () => {
		const {poller, listener, last} = setup();
		poller.start();
		last().resolve(result());
		await flush();
		await vi.advanceTimersByTimeAsync(INTERVAL);
		poller.dispose();
		listener.mockClear();
		last().resolve(result([makeTaskRow()]));
		await flush();
		expect(listener).not.toHaveBeenCalled();
		expect(poller.getSnapshot().data?.tasks).toEqual([]);
	});

	it('keeps the snapshot identity and stays silent when nothing changed', async () => {
		const {poller, listener, last} = setup();
		poller.start();
		last().resolve(result());
		await flush();
		const settled = poller.getSnapshot();
		listener.mockClear();

		expect(poller.getSnapshot()).toBe(settled);
		poller.resume();
		poller.start();
		expect(poller.getSnapshot()).toBe(settled);
		expect(listener).not.toHaveBeenCalled();

		poller.pause();
		const paused = poller.getSnapshot();
		expect(paused).not.toBe(settled);
		expect(listener).toHaveBeenCalledTimes(1);
		poller.pause();
		expect(poller.getSnapshot()).toBe(paused);
		expect(listener).toHaveBeenCalledTimes(1);
	});

	it('publishes a new frozen snapshot, and notifies, on every change', async () => {
		const {poller, listener, last} = setup();
		poller.start();
		const seen = new Set([poller.getSnapshot()]);
		poller.subscribe(() => seen.add(poller.getSnapshot()));
		last().resolve(result());
		await flush();
		await vi.advanceTimersByTimeAsync(INTERVAL);
		last().resolve(result());
		await flush();

		expect([...seen].map(snapshot => snapshot.state)).toEqual(['starting', 'idle', 'refreshing', 'idle']);
		// The setup's listener also heard the first poll start (still starting, with pollStartedAt).
		expect(listener).toHaveBeenCalledTimes(4);
		for (const snapshot of seen) {
			expect(Object.isFrozen(snapshot)).toBe(true);
		}
	});

	it('stops notifying a listener after it unsubscribes', async () => {
		const {poller, last} = setup();
		const listener = vi.fn();
		const unsubscribe = poller.subscribe(listener);
		poller.start();
		expect(listener).toHaveBeenCalledTimes(1); // still 'starting', now with the time the poll started
		unsubscribe();
		last().resolve(result());
		await flush();
		expect(listener).toHaveBeenCalledTimes(1);
	});

	it('treats a fetch that throws synchronously like a failed poll', async () => {
		const fetch: FetchWatchData = () => {
			throw awsError('AccessDeniedException');
		};

		poller = createPoller({fetch, intervalMs: INTERVAL, backoff: {jitter: () => 0}});
		poller.start();
		await flush();
		expect(poller.getSnapshot()).toMatchObject({state: 'retrying', error: {name: 'AccessDeniedException'}, consecutiveFailures: 1});
	});

	describe('errors retrying cannot fix', () => {
		const retryable = (error: unknown) => (error as {name?: string}).name === 'ThrottlingException';

		it('stop the backoff at once: failed, and tried again only every backoff.maxMs', async () => {
			const {fetch, calls} = controlledFetch();
			poller = createPoller({fetch, intervalMs: INTERVAL, retryable, backoff: {jitter: () => 0, maxMs: 60_000}});
			poller.start();
			calls.at(-1)!.reject(awsError('ClusterNotFoundException', 'Cluster not found.'));
			await flush();
			expect(poller.getSnapshot()).toMatchObject({state: 'failed', error: {name: 'ClusterNotFoundException'}, consecutiveFailures: 1, nextPollAt: T0 + 60_000});

			await vi.advanceTimersByTimeAsync(59_999);
			expect(calls).toHaveLength(1);
			await vi.advanceTimersByTimeAsync(1);
			expect(calls).toHaveLength(2);
			// While the new try is in flight it is a retry, not a failure.
			expect(poller.getSnapshot().state).toBe('retrying');
		});

		it('are tried again at once on refresh, and heal when the poll succeeds', async () => {
			const {fetch, calls} = controlledFetch();
			poller = createPoller({fetch, intervalMs: INTERVAL, retryable, backoff: {jitter: () => 0}});
			poller.start();
			calls.at(-1)!.reject(awsError('AccessDeniedException', 'not authorized to perform: ecs:ListTasks'));
			await flush();
			expect(poller.getSnapshot().state).toBe('failed');

			poller.refreshNow();
			expect(calls).toHaveLength(2);
			calls.at(-1)!.resolve(result([makeTaskRow({taskId: 'a'})]));
			await flush();
			expect(poller.getSnapshot()).toMatchObject({state: 'idle', error: null, staleSince: null, consecutiveFailures: 0, nextPollAt: Date.now() + INTERVAL});
		});

		it('do not touch errors it calls retryable: those back off as before', async () => {
			const {fetch, calls} = controlledFetch();
			poller = createPoller({fetch, intervalMs: INTERVAL, retryable, backoff: {jitter: () => 0}});
			poller.start();
			calls.at(-1)!.reject(awsError('ThrottlingException', 'Rate exceeded'));
			await flush();
			expect(poller.getSnapshot()).toMatchObject({state: 'retrying', nextPollAt: T0 + INTERVAL});
		});
	});
});
