import {describe, it, expect} from 'vitest';
import {sortTasks} from '../../source/model/sort-tasks.js';
import {makeTaskRow} from '../helpers/task-row.js';

const ids = (rows: ReadonlyArray<{taskId: string}>) => rows.map(row => row.taskId);

describe('sortTasks', () => {
	it('puts stopped tasks after all others, whatever their service', () => {
		const rows = [
			makeTaskRow({taskId: 'a-stopped', service: 'api', lastStatus: 'STOPPED', desiredStatus: 'STOPPED'}),
			makeTaskRow({taskId: 'z-running', service: 'zeta', lastStatus: 'RUNNING', desiredStatus: 'RUNNING', createdAt: '2024-01-01T00:00:00.000Z'}),
			makeTaskRow({taskId: 'deleted', service: 'api', lastStatus: 'DELETED', desiredStatus: 'STOPPED'}),
			makeTaskRow({taskId: 'stopping', service: 'zeta', lastStatus: 'STOPPING', desiredStatus: 'STOPPED', createdAt: '2024-01-02T00:00:00.000Z'}),
		];
		expect(ids(sortTasks(rows))).toEqual(['z-running', 'stopping', 'a-stopped', 'deleted']);
	});

	it('groups by service name with standalone tasks last, then oldest first', () => {
		const rows = [
			makeTaskRow({taskId: 'standalone', service: null, createdAt: '2024-01-01T00:00:00.000Z'}),
			makeTaskRow({taskId: 'web-new', service: 'web', createdAt: '2024-01-03T00:00:00.000Z'}),
			makeTaskRow({taskId: 'api', service: 'api', createdAt: '2024-01-05T00:00:00.000Z'}),
			makeTaskRow({taskId: 'web-undated', service: 'web', createdAt: null}),
			makeTaskRow({taskId: 'web-old', service: 'web', createdAt: '2024-01-02T00:00:00.000Z'}),
		];
		expect(ids(sortTasks(rows))).toEqual(['api', 'web-old', 'web-new', 'web-undated', 'standalone']);
	});

	it('compares creation times as instants, not as text', () => {
		const rows = [
			makeTaskRow({taskId: 'later', service: 'web', createdAt: '2024-01-01T10:00:00+02:00'}),
			makeTaskRow({taskId: 'earlier', service: 'web', createdAt: '2024-01-01T09:00:00.000Z'}),
		];
		expect(ids(sortTasks(rows))).toEqual(['later', 'earlier']);
	});

	it('breaks ties by task ARN so the order never depends on the input order', () => {
		const created = '2024-01-01T00:00:00.000Z';
		const a = makeTaskRow({taskArn: 'arn:aws:ecs:us-east-1:1:task/c/aaa', service: 'web', createdAt: created});
		const b = makeTaskRow({taskArn: 'arn:aws:ecs:us-east-1:1:task/c/bbb', service: 'web', createdAt: created});
		const c = makeTaskRow({taskArn: 'arn:aws:ecs:us-east-1:1:task/c/ccc', service: 'web', createdAt: created});
		expect(ids(sortTasks([c, a, b]))).toEqual(['aaa', 'bbb', 'ccc']);
		expect(ids(sortTasks([b, c, a]))).toEqual(['aaa', 'bbb', 'ccc']);
	});

	it('keeps a row in place when it moves from pending to running to stopping', () => {
		const others = [
			makeTaskRow({taskId: 'w1', service: 'web', createdAt: '2024-01-01T00:00:00.000Z', lastStatus: 'RUNNING', desiredStatus: 'RUNNING'}),
			makeTaskRow({taskId: 'w3', service: 'web', createdAt: '2024-01-03T00:00:00.000Z', lastStatus: 'RUNNING', desiredStatus: 'RUNNING'}),
		];
		const positions = (['PENDING', 'RUNNING', 'STOPPING'] as const).map(lastStatus => {
			const moving = makeTaskRow({taskId: 'w2', service: 'web', createdAt: '2024-01-02T00:00:00.000Z', lastStatus, desiredStatus: 'RUNNING'});
			return ids(sortTasks([moving, ...others])).indexOf('w2');
		});
		expect(positions).toEqual([1, 1, 1]);
	});

	it('returns a new array and leaves the input alone', () => {
		const rows = [makeTaskRow({service: 'b'}), makeTaskRow({service: 'a'})];
		const before = [...rows];
		const sorted = sortTasks(rows);
		expect(sorted).not.toBe(rows);
		expect(rows).toEqual(before);
	});
});
