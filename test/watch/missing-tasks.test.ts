import {describe, expect, it} from 'vitest';
import {MISSING_KEEP_MS} from '../../source/model/task-diff-missing.js';
import {acceptTaskPoll} from '../../source/watch/task-poller.js';
import type {WatchData} from '../../source/watch/snapshot.js';
import {makeTaskRow} from '../helpers/task-row.js';

const a = makeTaskRow({taskId: 'aaaa1111bbbb', service: 'web', lastStatus: 'RUNNING', desiredStatus: 'RUNNING', healthStatus: 'HEALTHY'});
const b = makeTaskRow({taskId: 'bbbb2222cccc', service: 'web', lastStatus: 'RUNNING', desiredStatus: 'RUNNING', healthStatus: 'HEALTHY'});
const texts = (data: WatchData) => data.timeline.filter(entry => entry.source === 'observed').map(entry => entry.text);

describe('a watch through DescribeTasks answering MISSING', () => {
	it('keeps the row, marked, says MISSING, and returns it to normal without an "appeared" or "no longer listed"', () => {
		const first = acceptTaskPoll(null, {tasks: [a, b], services: []}, 1_000);
		const missing = acceptTaskPoll(first, {tasks: [b], missing: [a.taskArn], services: []}, 6_000);
		expect(missing.tasks).toEqual([b, a]);
		expect(missing.marks.get(a.taskArn)?.kind).toBe('missing');
		expect(missing.missingTasks?.get(a.taskArn)).toEqual({since: 6_000});
		expect(texts(missing)).toEqual(['aaaa1111 DescribeTasks answered MISSING; last seen RUNNING']);

		const still = acceptTaskPoll(missing, {tasks: [b], missing: [a.taskArn], services: []}, 20_000);
		expect(still.tasks).toEqual([b, a]);
		expect(still.marks.get(a.taskArn)?.kind).toBe('missing');

		const back = acceptTaskPoll(still, {tasks: [b, a], missing: [], services: []}, 25_000);
		expect(back.tasks).toEqual([b, a]);
		expect(back.marks.has(a.taskArn)).toBe(false);
		expect(back.missingTasks).toBeUndefined();
		expect(texts(back)).toEqual(['aaaa1111 described again after MISSING for 19s', 'aaaa1111 DescribeTasks answered MISSING; last seen RUNNING']);
	});

	it('drops the row after MISSING_KEEP_MS with its own entry, not "no longer listed"', () => {
		let data = acceptTaskPoll(null, {tasks: [a, b], services: []}, 0);
		for (let at = 5_000; at <= MISSING_KEEP_MS + 5_000; at += 60_000) {
			data = acceptTaskPoll(data, {tasks: [b], missing: [a.taskArn], services: []}, at);
		}

		expect(data.tasks).toEqual([b]);
		expect(data.marks.has(a.taskArn)).toBe(false);
		expect(texts(data)).toEqual([
			'aaaa1111 dropped: DescribeTasks answered MISSING for 10m; last seen RUNNING',
			'aaaa1111 DescribeTasks answered MISSING; last seen RUNNING',
		]);
	});

	it('lets a task that is no longer listed at all go, as before', () => {
		const first = acceptTaskPoll(null, {tasks: [a, b], services: []}, 1_000);
		const gone = acceptTaskPoll(first, {tasks: [b], missing: [], services: []}, 6_000);
		expect(gone.tasks).toEqual([b]);
		expect(texts(gone)).toEqual(['aaaa1111 no longer listed']);
	});
});
