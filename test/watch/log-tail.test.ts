import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import type {LogLine} from '../../source/model/logs/log-line.js';
import type {LogsPollResult} from '../../source/model/logs/logs-poll.js';
import {createLogTail, LOGS_INTERVAL_MS} from '../../source/watch/log-tail.js';
import type {Poller} from '../../source/watch/poller.js';
import type {LogsData} from '../../source/watch/screen-data.js';
import {flush} from './fake-fetch.js';

const T0 = 1_700_000_000_000;
const line = (n: number): LogLine => ({id: String(n), timestamp: T0 + n, taskId: 'a1b2', container: 'web', message: `line ${n}`});
const poll = (lines: LogLine[], apiCalls = 1): LogsPollResult => ({sources: [], tasks: [], lines, since: T0 - 600_000, apiCalls, ecsApiCalls: 0});

let tail: Poller<LogsData> | undefined;

beforeEach(() => {
	vi.useFakeTimers();
	vi.setSystemTime(T0);
});

afterEach(() => {
	tail?.dispose();
	tail = undefined;
	vi.useRealTimers();
});

/** A tail over a fetch answering each poll from `answers` in turn, then with no new line. */
function tailOf(answers: LogsPollResult[], capacity?: number) {
	let calls = 0;
	const fetch = vi.fn(async () => answers[calls++] ?? poll([]));
	tail = createLogTail({fetch, now: Date.now, ...(capacity === undefined ? {} : {capacity})});
	return {tail, fetch};
}

describe('a log tail', () => {
	it('appends each poll\'s new lines, every 2 s, and publishes the sources and since', async () => {
		const {tail, fetch} = tailOf([poll([line(1), line(2)]), poll([line(3)])]);
		tail.start();
		await flush();
		expect(tail.getSnapshot().data).toMatchObject({lines: [line(1), line(2)], dropped: 0, since: T0 - 600_000, fetchedAt: T0});

		await vi.advanceTimersByTimeAsync(LOGS_INTERVAL_MS - 1);
		expect(fetch).toHaveBeenCalledTimes(1);
		await vi.advanceTimersByTimeAsync(1);
		expect(tail.getSnapshot().data?.lines.map((each) => each.id)).toEqual(['1', '2', '3']);
	});

	it('keeps the newest lines within its capacity and counts the dropped', async () => {
		const {tail} = tailOf([poll([line(1), line(2), line(3)]), poll([line(4), line(5)])], 3);
		tail.start();
		await flush();
		await vi.advanceTimersByTimeAsync(LOGS_INTERVAL_MS);
		expect(tail.getSnapshot().data).toMatchObject({lines: [line(3), line(4), line(5)], dropped: 2});
	});

	it('waits longer when a poll read several log groups: a second per CloudWatch Logs call', async () => {
		const {tail, fetch} = tailOf([poll([], 4)]);
		tail.start();
		await flush();
		expect(tail.getSnapshot()).toMatchObject({intervalMs: 4000, budgetLimited: true});
		await vi.advanceTimersByTimeAsync(3999);
		expect(fetch).toHaveBeenCalledTimes(1);
		await vi.advanceTimersByTimeAsync(1);
		expect(fetch).toHaveBeenCalledTimes(2);
	});

	it('keeps the lines while a poll fails', async () => {
		let calls = 0;
		tail = createLogTail({fetch: async () => (calls++ === 0 ? poll([line(1)]) : Promise.reject(Object.assign(new Error('Rate exceeded'), {name: 'ThrottlingException'})))});
		tail.start();
		await flush();
		await vi.advanceTimersByTimeAsync(LOGS_INTERVAL_MS);
		expect(tail.getSnapshot()).toMatchObject({state: 'retrying', error: {name: 'ThrottlingException'}, data: {lines: [line(1)]}});
	});
});
