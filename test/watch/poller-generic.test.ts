import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {createPoller, type Poller} from '../../source/watch/poller.js';
import {flush} from './fake-fetch.js';

const T0 = 1_700_000_000_000;
const INTERVAL = 5000;

interface Names {
	names: readonly string[];
	apiCalls?: number;
}

interface Shown {
	names: readonly string[];
	fetchedAt: number;
}

/** A fetch that counts its calls; each call reports `progress` once, then settles when the test says. */
function namesFetch() {
	const calls: Array<{progress: (partial: Names) => void; resolve: (result: Names) => void}> = [];
	const fetch = async (_signal: AbortSignal, progress: (partial: Names) => void) => new Promise<Names>(resolve => {
		calls.push({progress, resolve});
	});
	return {fetch, calls};
}

let poller: Poller<Shown> | undefined;

function setup() {
	const {fetch, calls} = namesFetch();
	poller = createPoller({fetch, accept: (_previous, result: Names, fetchedAt) => ({names: result.names, fetchedAt}), intervalMs: INTERVAL, backoff: {jitter: () => 0}});
	return {poller, calls};
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


describe('a generic poller', () => {
	it('shows a first poll\'s rows as they arrive, marked partial, then the whole list', async () => {
		const {poller, calls} = setup();
		poller.start();
		calls[0]!.progress({names: ['a']});
		expect(poller.getSnapshot()).toMatchObject({state: 'starting', partial: true, data: {names: ['a']}});
		calls[0]!.resolve({names: ['a', 'b']});
		await flush();
		expect(poller.getSnapshot()).toMatchObject({state: 'idle', partial: false, data: {names: ['a', 'b']}});
	});

	it('keeps the last complete list while a refresh is arriving', async () => {
		const {poller, calls} = setup();
		poller.start();
		calls[0]!.resolve({names: ['a', 'b']});
		await flush();
		await vi.advanceTimersByTimeAsync(INTERVAL);
		calls[1]!.progress({names: ['a']});
		expect(poller.getSnapshot()).toMatchObject({state: 'refreshing', partial: false, data: {names: ['a', 'b']}});
	});

	it('spends nothing while hidden, and keeps its rhythm when shown again', async () => {
		const {poller, calls} = setup();
		poller.start();
		calls[0]!.resolve({names: []});
		await flush();
		await vi.advanceTimersByTimeAsync(1000);
		poller.hide();
		expect(poller.getSnapshot().nextPollAt).toBeNull();
		await vi.advanceTimersByTimeAsync(INTERVAL * 20);
		expect(calls).toHaveLength(1);

		poller.show();
		await flush();
		expect(calls).toHaveLength(2); // the poll was overdue: at once
		calls[1]!.resolve({names: []});
		await flush();

		await vi.advanceTimersByTimeAsync(2000);
		poller.hide();
		await vi.advanceTimersByTimeAsync(1000);
		poller.show();
		expect(poller.getSnapshot().nextPollAt).toBe(Date.now() + INTERVAL - 3000);
		await vi.advanceTimersByTimeAsync(INTERVAL - 3000 - 1);
		expect(calls).toHaveLength(2);
		await vi.advanceTimersByTimeAsync(1);
		expect(calls).toHaveLength(3);
	});

	it('does not poll when shown while the user has paused it', async () => {
		const {poller, calls} = setup();
		poller.start();
		calls[0]!.resolve({names: []});
		await flush();
		poller.pause();
		poller.hide();
		poller.show();
		await vi.advanceTimersByTimeAsync(INTERVAL * 5);
		expect(calls).toHaveLength(1);
		expect(poller.getSnapshot().state).toBe('paused');
		poller.resume();
		expect(calls).toHaveLength(2);
	});

	it('does not start polling while it is hidden from the start', async () => {
		const {poller, calls} = setup();
		poller.hide();
		poller.start();
		await vi.advanceTimersByTimeAsync(INTERVAL * 3);
		expect(calls).toHaveLength(0);
		poller.show();
		expect(calls).toHaveLength(1);
	});
});
