import {describe, expect, it} from 'vitest';
import {NO_SEEN_EVENTS, takeUnseen} from '../../../source/model/logs/seen-events.js';

const event = (eventId: string, timestamp: number) => ({eventId, timestamp});

describe('takeUnseen', () => {
	it('returns only events not returned before, across reads that overlap', () => {
		const first = takeUnseen(NO_SEEN_EVENTS, [event('1', 1000), event('2', 2000)], 5000);
		expect(first.unseen.map((each) => each.eventId)).toEqual(['1', '2']);
		const second = takeUnseen(first.seen, [event('2', 2000), event('late', 1500), event('3', 3000)], 5000);
		expect(second.unseen.map((each) => each.eventId)).toEqual(['late', '3']);
		expect(second.seen.newest).toBe(3000);
	});

	it('forgets ids older than the newest timestamp less the overlap: no read reaches back there', () => {
		const {seen} = takeUnseen(NO_SEEN_EVENTS, [event('old', 1000), event('new', 20_000)], 5000);
		expect([...seen.ids.keys()]).toEqual(['new']);
	});
});
