import {describe, expect, it} from 'vitest';
import {isHighlighted, nextHighlightExpiry, withMissingMarks} from '../../source/model/change-marks.js';
import {foldMissingTasks, MISSING_KEEP_MS} from '../../source/model/task-diff-missing.js';
import type {ChangeMark} from '../../source/model/task-diff-types.js';
import {transitionId} from '../../source/model/timeline.js';
import {makeTaskRow} from '../helpers/task-row.js';

const web = makeTaskRow({taskId: 'a1b2c3d4e5f6', service: 'web', lastStatus: 'RUNNING', desiredStatus: 'RUNNING', privateIpv4: '10.0.1.7'});
const api = makeTaskRow({taskId: 'b2c3d4e5f6a7', service: 'api', lastStatus: 'RUNNING', desiredStatus: 'RUNNING'});
const T0 = 1_000_000;

describe('foldMissingTasks', () => {
	it('keeps the last row of a task seen before and now answered MISSING, and says so in ECS\'s terms', () => {
		const fold = foldMissingTasks({tasks: [web, api]}, {tasks: [api], missing: [web.taskArn]}, T0);
		expect(fold.tasks).toEqual([api, web]);
		expect([...fold.missing]).toEqual([[web.taskArn, {since: T0}]]);
		expect(fold.entries.map(entry => [entry.text, entry.tone, entry.service])).toEqual([
			['a1b2c3d4 DescribeTasks answered MISSING; last seen RUNNING', 'warning', 'web'],
		]);
		expect(fold.replaced.size).toBe(0);
	});

	it('shows nothing of a task never seen, and keeps nothing on the first poll', () => {
		expect(foldMissingTasks({tasks: [api]}, {tasks: [api], missing: [web.taskArn]}, T0).tasks).toEqual([api]);
		const first = foldMissingTasks(null, {tasks: [api], missing: [web.taskArn]}, T0);
		expect(first.tasks).toEqual([api]);
		expect(first.entries).toEqual([]);
	});

	it('keeps the row poll after poll, from the first MISSING, without saying it again', () => {
		const first = foldMissingTasks({tasks: [web]}, {tasks: [], missing: [web.taskArn]}, T0);
		const second = foldMissingTasks(first, {tasks: [], missing: [web.taskArn]}, T0 + 5000);
		expect(second.tasks).toEqual([web]);
		expect(second.missing.get(web.taskArn)).toEqual({since: T0});
		expect(second.entries).toEqual([]);
	});

	it('makes a task described again an ordinary row, and says how long it was MISSING', () => {
		const missing = foldMissingTasks({tasks: [web]}, {tasks: [], missing: [web.taskArn]}, T0);
		const back = {...web, healthStatus: 'HEALTHY'};
		const described = foldMissingTasks(missing, {tasks: [back], missing: []}, T0 + 30_000);
		expect(described.tasks).toEqual([back]);
		expect(described.missing.size).toBe(0);
		expect(described.entries.map(entry => entry.text)).toEqual(['a1b2c3d4 described again after MISSING for 30s']);
	});

	it('drops a task MISSING for MISSING_KEEP_MS, with an entry that replaces the diff\'s "no longer listed"', () => {
		let fold = foldMissingTasks({tasks: [web]}, {tasks: [], missing: [web.taskArn]}, T0);
		fold = foldMissingTasks(fold, {tasks: [], missing: [web.taskArn]}, T0 + MISSING_KEEP_MS - 1);
		expect(fold.tasks).toEqual([web]);
		const at = T0 + MISSING_KEEP_MS;
		fold = foldMissingTasks(fold, {tasks: [], missing: [web.taskArn]}, at);
		expect(fold.tasks).toEqual([]);
		expect(fold.missing.size).toBe(0);
		expect(fold.entries.map(entry => [entry.text, entry.tone])).toEqual([
			['a1b2c3d4 dropped: DescribeTasks answered MISSING for 10m; last seen RUNNING', 'warning'],
		]);
		expect([...fold.replaced]).toEqual([transitionId(web.taskArn, 'vanished', at)]);
	});

	it('lets a MISSING task that is no longer listed go, as any task that is gone', () => {
		const missing = foldMissingTasks({tasks: [web, api]}, {tasks: [api], missing: [web.taskArn]}, T0);
		const gone = foldMissingTasks(missing, {tasks: [api]}, T0 + 5000);
		expect(gone.tasks).toEqual([api]);
		expect(gone.missing.size).toBe(0);
		expect(gone.entries).toEqual([]);
	});

	it('tells a stopped task expiring between list and describe calmly', () => {
		const stopped = makeTaskRow({taskId: 'c3d4e5f6a7b8', lastStatus: 'STOPPED', desiredStatus: 'STOPPED'});
		const fold = foldMissingTasks({tasks: [stopped]}, {tasks: [], missing: [stopped.taskArn]}, T0);
		expect(fold.entries.map(entry => [entry.text, entry.tone])).toEqual([['c3d4e5f6 DescribeTasks answered MISSING; last seen STOPPED', 'info']]);
	});
});

describe('withMissingMarks', () => {
	const missing = new Map([[web.taskArn, {since: T0}]]);

	it('marks a MISSING task, for good: the mark does not fade and sets no timer', () => {
		const marks = withMissingMarks(new Map(), missing);
		const mark = marks.get(web.taskArn);
		expect(mark).toEqual({kind: 'missing', fields: [], at: T0});
		expect(isHighlighted(mark, T0 + 3_600_000, 6000)).toBe(true);
		expect(nextHighlightExpiry(marks, T0 + 1000)).toBeNull();
	});

	it('takes the mark off a task no longer MISSING, but leaves a fresh mark of the diff', () => {
		const marked = withMissingMarks(new Map(), missing);
		expect(withMissingMarks(marked, new Map()).size).toBe(0);
		const changed: ChangeMark = {kind: 'changed', fields: ['healthStatus'], at: T0 + 5000};
		expect(withMissingMarks(new Map([[web.taskArn, changed]]), new Map()).get(web.taskArn)).toBe(changed);
	});

	it('returns the marks themselves when nothing changes', () => {
		const marked = withMissingMarks(new Map(), missing);
		expect(withMissingMarks(marked, missing)).toBe(marked);
	});
});
