import {describe, expect, it} from 'vitest';
import type {TimelineEntry} from '../../source/model/task-diff-types.js';
import {keepTimeline, TIMELINE_CAP, type SessionTimeline} from '../../source/watch/session-timeline.js';
import {acceptTaskPoll} from '../../source/watch/task-poller.js';
import type {WatchData} from '../../source/watch/snapshot.js';
import {makeServiceRow} from '../helpers/service-row.js';
import {makeTaskRow} from '../helpers/task-row.js';

const T0 = 1_800_000_000_000;
const entry = (n: number, at = T0 + n * 1000): TimelineEntry => ({
	id: `e${n}`, at, source: 'ecs', service: 'web', taskId: null, text: `event ${n}`, tone: 'info',
});
const range = (from: number, to: number) => Array.from({length: to - from}, (_, i) => entry(from + i));
const EMPTY: SessionTimeline = {timeline: [], dropped: 0};
const ids = (session: SessionTimeline) => session.timeline.map(e => e.id);

describe('keepTimeline', () => {
	it('merges new entries newest first and keeps each id once', () => {
		const first = keepTimeline(EMPTY, [entry(1), entry(3)]);
		const second = keepTimeline(first, [entry(2), entry(3), entry(4)]);
		expect(ids(second)).toEqual(['e4', 'e3', 'e2', 'e1']);
		expect(second.dropped).toBe(0);
	});

	it('returns the same session when a poll brings nothing new', () => {
		const session = keepTimeline(EMPTY, [entry(1), entry(2)]);
		expect(keepTimeline(session, [entry(2), entry(1)])).toBe(session);
	});

	it('drops the oldest past the cap and counts them', () => {
		const session = keepTimeline(keepTimeline(EMPTY, range(0, 5), 5), range(5, 8), 5);
		expect(ids(session)).toEqual(['e7', 'e6', 'e5', 'e4', 'e3']);
		expect(session.dropped).toBe(3);
	});

	it('does not count again an old event ECS reports on every poll', () => {
		// ECS answers with its last events each poll: e0..e2 were dropped once and come back every time.
		let session = keepTimeline(EMPTY, range(0, 5), 3);
		expect(session.dropped).toBe(2);
		for (let poll = 0; poll < 3; poll++) session = keepTimeline(session, range(0, 5), 3);
		expect(session.dropped).toBe(2);
		session = keepTimeline(session, [...range(0, 5), entry(9)], 3);
		expect(ids(session)).toEqual(['e9', 'e4', 'e3']);
		expect(session.dropped).toBe(3);
	});

	it('keeps far more than the 100 events ECS keeps per service', () => {
		let session = EMPTY;
		for (let poll = 0; poll < 30; poll++) session = keepTimeline(session, range(poll * 100, poll * 100 + 100));
		expect(session.timeline).toHaveLength(3000);
		expect(TIMELINE_CAP).toBeGreaterThanOrEqual(10_000);
	});
});

describe('a task watch\'s timeline across polls', () => {
	const event = (n: number) => ({id: `ev-${n}`, createdAt: new Date(T0 + n * 1000).toISOString(), message: `(service web) message ${n}`});
	/** A service as ECS reports it: its last 100 events, newest first, ending at `newest`. */
	const serviceAt = (newest: number) => makeServiceRow({events: Array.from({length: 100}, (_, i) => event(newest - i))});

	it('keeps every event seen in the session, beyond the 100 ECS reports at a time', () => {
		const task = makeTaskRow({taskId: 'a1b2c3d4e5', lastStatus: 'RUNNING'});
		let data: WatchData | null = null;
		for (let poll = 0; poll < 5; poll++) {
			data = acceptTaskPoll(data, {tasks: [task], services: [serviceAt(100 + poll * 100)]}, T0 + 1_000_000 + poll);
		}

		expect(data!.timeline).toHaveLength(500);
		expect(data!.timeline[0]!.text).toBe('(service web) message 500');
		expect(data!.timeline.at(-1)!.text).toBe('(service web) message 1');
		expect(data!.timelineDropped).toBeUndefined();
	});

	it('keeps the events of many services from the first poll, not only the newest few hundred', () => {
		const services = Array.from({length: 8}, (_, s) => makeServiceRow({
			serviceName: `svc${s}`,
			events: Array.from({length: 100}, (_, i) => ({id: `s${s}-${i}`, createdAt: new Date(T0 - (s * 100 + i) * 1000).toISOString(), message: `m${i}`})),
		}));
		const data = acceptTaskPoll(null, {tasks: [], services}, T0);
		expect(data.timeline).toHaveLength(800);
	});

	it('carries the dropped count from poll to poll', () => {
		const many = Array.from({length: TIMELINE_CAP + 50}, (_, i) => ({id: `x${i}`, createdAt: new Date(T0 - i * 1000).toISOString(), message: `m${i}`}));
		const first = acceptTaskPoll(null, {tasks: [], services: [makeServiceRow({events: many})]}, T0);
		expect(first.timeline).toHaveLength(TIMELINE_CAP);
		expect(first.timelineDropped).toBe(50);
		const second = acceptTaskPoll(first, {tasks: [], services: [makeServiceRow({events: [{id: 'new', createdAt: new Date(T0 + 1000).toISOString(), message: 'new'}, ...many]})]}, T0 + 5000);
		expect(second.timeline[0]!.text).toBe('new');
		expect(second.timelineDropped).toBe(51);
	});
});

describe('keepTimeline, folded twice from the same session', () => {
	it('gives the same answer: the ids it remembers move with the newest timeline only', () => {
		const base = {timeline: [{id: 'a', at: 2}, {id: 'b', at: 1}] as never[], dropped: 0};
		const once = keepTimeline(base, [{id: 'c', at: 3} as never]);
		const again = keepTimeline(base, [{id: 'c', at: 3} as never, {id: 'd', at: 4} as never]);
		expect(once.timeline.map(entry => (entry as {id: string}).id)).toEqual(['c', 'a', 'b']);
		expect(again.timeline.map(entry => (entry as {id: string}).id)).toEqual(['d', 'c', 'a', 'b']);
		expect(keepTimeline(once, [{id: 'c', at: 3} as never])).toBe(once);
	});
});
