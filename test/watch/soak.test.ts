import {setFlagsFromString} from 'node:v8';
import {runInNewContext} from 'node:vm';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {createPoller, type Poller} from '../../source/watch/poller.js';
import {TIMELINE_CAP} from '../../source/watch/session-timeline.js';
import type {TaskPollResult, WatchData} from '../../source/watch/snapshot.js';
import {acceptTaskPoll} from '../../source/watch/task-poller.js';
import {awsError} from './fake-fetch.js';
import {createSoakWorld} from './soak-world.js';

// 10,000 polls of the real poller and acceptTaskPoll on a fake clock: tasks start and stop, marks
// come and go, the session timeline fills to its cap and stays there, every 97th poll fails and
// backs off. Memory and timers must stay flat once the timeline is full.

const POLLS = 10_000;
/** By then the timeline is full (asserted): from here on nothing may grow. */
const WARM = 2000;
const SAMPLE_EVERY = 2000;
const FAIL_EVERY = 97;
/** Generous for the collector's noise; keeping each poll's data (about 30 KB) would overshoot it fifty times. */
const MAX_GROWTH_BYTES = 5 * 1024 * 1024;
const T0 = Date.UTC(2025, 0, 6, 9, 0, 0);

/** V8's collector, made callable without restarting the worker with --expose-gc. */
function collector(): () => void {
	setFlagsFromString('--expose-gc');
	const gc = runInNewContext('gc') as () => void;
	return gc;
}

/** Real handles and requests of the process by type (timers, sockets, …), counted. */
function activeResources(): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const type of process.getActiveResourcesInfo()) counts[type] = (counts[type] ?? 0) + 1;
	return counts;
}

let poller: Poller<WatchData> | undefined;
afterEach(() => {
	poller?.dispose();
	poller = undefined;
	vi.useRealTimers();
});

describe('a watch left open for 10,000 polls', () => {
	it('keeps its heap, timers and handles flat once the timeline is full', async () => {
		const gc = collector();
		vi.useFakeTimers({toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date']});
		vi.setSystemTime(T0);
		const world = createSoakWorld();
		let fetches = 0;
		const fetch = async (signal: AbortSignal): Promise<TaskPollResult> => {
			fetches++;
			signal.throwIfAborted();
			if (fetches % FAIL_EVERY === 0) throw awsError('ThrottlingException', 'Rate exceeded');
			return world(Date.now());
		};

		poller = createPoller({fetch, accept: acceptTaskPoll, intervalMs: 1000, backoff: {jitter: () => 0, maxMs: 4000}});
		let publishes = 0;
		poller.subscribe(() => publishes++);
		const resourcesAtStart = activeResources();
		poller.start();
		await vi.advanceTimersByTimeAsync(0);
		const timersAtStart = vi.getTimerCount();
		expect(timersAtStart).toBe(1);

		const heap: Array<{polls: number; heapUsed: number; marks: number; timeline: number}> = [];
		const sample = () => {
			expect(poller!.getSnapshot().pollStartedAt).toBeNull();
			gc();
			const data = poller!.getSnapshot().data!;
			heap.push({polls: fetches, heapUsed: process.memoryUsage().heapUsed, marks: data.marks.size, timeline: data.timeline.length});
		};

		let mostTimers = 0;
		while (fetches < POLLS) {
			await vi.advanceTimersToNextTimerAsync();
			mostTimers = Math.max(mostTimers, vi.getTimerCount());
			if (fetches % SAMPLE_EVERY === 0) sample();
		}

		// One timer at a time: the next poll (or retry) is scheduled, never a second one.
		expect(mostTimers).toBe(1);

		const snapshot = poller.getSnapshot();
		const data = snapshot.data!;
		expect(snapshot.state).toBe('idle');
		expect(publishes).toBeGreaterThan(POLLS);
		// The world kept moving to the end: about 20 running and 20 stopped tasks, the newest event seen.
		expect(data.tasks).toHaveLength(40);
		const lastEvent = `(task soak${POLLS - Math.floor(POLLS / FAIL_EVERY)})`;
		expect(data.timeline.slice(0, 10).some(entry => entry.text.includes(lastEvent))).toBe(true);
		expect(data.timeline).toHaveLength(TIMELINE_CAP);
		expect(data.timelineDropped).toBeGreaterThan(POLLS);

		const [warm, ...later] = heap;
		expect(warm).toMatchObject({timeline: TIMELINE_CAP});
		expect(warm!.polls).toBe(WARM);
		const last = later.at(-1)!;
		const figures = heap.map(({polls, heapUsed, marks}) => `poll ${polls}: heap ${(heapUsed / 1048576).toFixed(1)} MB, ${marks} marks`).join('; ');
		expect(last.heapUsed - warm!.heapUsed, figures).toBeLessThan(MAX_GROWTH_BYTES);
		expect(Math.max(...heap.map(point => point.marks))).toBeLessThan(60);

		// No real handle was left behind (the runner's own may come and go, so none more than at the start).
		const resourcesAtEnd = activeResources();
		for (const [type, count] of Object.entries(resourcesAtEnd)) expect(count, type).toBeLessThanOrEqual(resourcesAtStart[type] ?? 0);
		poller.dispose();
		expect(vi.getTimerCount()).toBe(0);
	}, 60_000);
});
