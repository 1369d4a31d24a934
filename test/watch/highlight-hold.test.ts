import {afterEach, describe, expect, it} from 'vitest';
import {HIGHLIGHT_MS, isHighlighted} from '../../source/model/change-marks.js';
import type {TaskPollResult, WatchData} from '../../source/watch/snapshot.js';
import {createTaskPoller, HOLD_PAST_NEXT_POLL_MS} from '../../source/watch/task-poller.js';
import type {Poller} from '../../source/watch/poller.js';
import {makeTaskRow} from '../helpers/task-row.js';
import {waitUntil} from '../helpers/wait-until.js';

const T0 = 1_700_000_000_000;
let poller: Poller<WatchData> | undefined;
afterEach(() => {
	poller?.dispose();
});

describe('change highlights of a task poller', () => {
	it('last until the poll after the change has landed, however long the budget stretches the interval', async () => {
		let clock = T0;
		let status = 'RUNNING';
		// 104 calls a poll: at 4 calls/s the poller waits 26 s between polls, far past the 6 s fade.
		const fetch = async (): Promise<TaskPollResult> => ({tasks: [makeTaskRow({taskArn: 'a', lastStatus: status})], services: [], apiCalls: 104});
		poller = createTaskPoller({intervalMs: 5000, now: () => clock, fetch});
		const polled = async (at: number) => {
			clock = at;
			const before = poller?.getSnapshot().data;
			poller?.refreshNow();
			await waitUntil(() => expect(poller?.getSnapshot().data).not.toBe(before));
			return poller?.getSnapshot().data as WatchData;
		};

		poller.pause();
		poller.start();
		await polled(T0);
		status = 'DEACTIVATING';
		const changed = await polled(T0 + 26_000);
		const mark = changed.marks.get('a');
		expect(mark?.kind).toBe('changed');
		// When the next poll is due (26 s on), and a moment after its data is in, the row is still marked.
		expect(isHighlighted(mark, T0 + 26_000 + 25_999, HIGHLIGHT_MS)).toBe(true);
		const next = await polled(T0 + 52_000);
		expect(isHighlighted(next.marks.get('a'), T0 + 52_000 + HOLD_PAST_NEXT_POLL_MS - 1, HIGHLIGHT_MS)).toBe(true);
		expect(isHighlighted(next.marks.get('a'), T0 + 52_000 + HOLD_PAST_NEXT_POLL_MS, HIGHLIGHT_MS)).toBe(false);
	});
});
