import {describe, expect, it} from 'vitest';
import {diffTasks} from '../../source/model/task-diff.js';
import type {WatchedField} from '../../source/model/task-diff-types.js';
import type {TaskRow} from '../../source/model/task-row.js';
import {makeTaskRow} from '../helpers/task-row.js';

const running = (overrides: Partial<TaskRow> = {}) => makeTaskRow({lastStatus: 'RUNNING', desiredStatus: 'RUNNING', ...overrides});

describe('diffTasks', () => {
	it('reports nothing when the same tasks come back in another order', () => {
		const a = running();
		const b = running({healthStatus: 'HEALTHY'});
		const c = makeTaskRow({lastStatus: 'STOPPED', desiredStatus: 'STOPPED'});
		const diff = diffTasks([a, b, c], [{...c}, {...a}, {...b}]);
		expect(diff).toEqual({appeared: [], changed: new Map(), stopped: [], vanished: []});
	});

	it('reports tasks that appeared, in the new order', () => {
		const a = running();
		const b = makeTaskRow({lastStatus: 'PROVISIONING'});
		const c = makeTaskRow({lastStatus: 'PENDING'});
		const diff = diffTasks([a], [c, a, b]);
		expect(diff.appeared).toEqual([c.taskArn, b.taskArn]);
		expect(diff.changed.size).toBe(0);
	});

	it('lists a task that appears already stopped under appeared only', () => {
		const gone = makeTaskRow({lastStatus: 'STOPPED', desiredStatus: 'STOPPED', stopCode: 'TaskFailedToStart'});
		const diff = diffTasks([], [gone]);
		expect(diff.appeared).toEqual([gone.taskArn]);
		expect(diff.stopped).toEqual([]);
	});

	const changes: Array<[WatchedField, string | null, string | null]> = [
		['lastStatus', 'PENDING', 'ACTIVATING'],
		['desiredStatus', 'RUNNING', 'STOPPED'],
		['healthStatus', 'UNKNOWN', 'HEALTHY'],
		['privateIpv4', null, '10.0.1.5'],
		['eniId', null, 'eni-0abc'],
		['attachmentStatus', 'ATTACHING', 'ATTACHED'],
	];
	it.each(changes)('reports a change of %s', (field, from, to) => {
		const before = makeTaskRow({lastStatus: 'PENDING', desiredStatus: 'RUNNING', [field]: from});
		const after = {...before, [field]: to};
		const diff = diffTasks([before], [after]);
		expect(diff.changed).toEqual(new Map([[before.taskArn, [field]]]));
		expect(diff.appeared).toEqual([]);
		expect(diff.stopped).toEqual([]);
	});

	it('ignores changes of fields it does not watch', () => {
		const before = running({version: 3, startedAt: null});
		const after = {...before, version: 4, startedAt: '2026-01-01T00:00:00.000Z'};
		expect(diffTasks([before], [after]).changed.size).toBe(0);
	});

	it('reports every changed field of one task together', () => {
		const before = makeTaskRow({lastStatus: 'PENDING', attachmentStatus: 'ATTACHING', privateIpv4: null});
		const after = {...before, lastStatus: 'RUNNING', attachmentStatus: 'ATTACHED', privateIpv4: '10.0.0.9'};
		expect(diffTasks([before], [after]).changed.get(before.taskArn)).toEqual(['lastStatus', 'privateIpv4', 'attachmentStatus']);
	});

	it('reports a task reaching STOPPED as stopped (and changed), but only once', () => {
		const before = running({desiredStatus: 'STOPPED'});
		const stopped = {...before, lastStatus: 'STOPPED'};
		const first = diffTasks([before], [stopped]);
		expect(first.stopped).toEqual([before.taskArn]);
		expect(first.changed.get(before.taskArn)).toEqual(['lastStatus']);

		const later = {...stopped, attachmentStatus: 'DELETED'};
		const second = diffTasks([stopped], [later]);
		expect(second.stopped).toEqual([]);
		expect(second.changed.get(before.taskArn)).toEqual(['attachmentStatus']);
	});

	it('counts DELETED as stopped, and STOPPED→DELETED as no new stop', () => {
		const before = makeTaskRow({lastStatus: 'DEPROVISIONING'});
		const deleted = {...before, lastStatus: 'DELETED'};
		expect(diffTasks([before], [deleted]).stopped).toEqual([before.taskArn]);
		const stopped = {...before, lastStatus: 'STOPPED'};
		expect(diffTasks([stopped], [deleted]).stopped).toEqual([]);
	});

	it('reports a task gone without being seen stopped as vanished, but not a stopped task ageing out', () => {
		const live = running();
		const old = makeTaskRow({lastStatus: 'STOPPED', desiredStatus: 'STOPPED'});
		const stays = running();
		const diff = diffTasks([live, old, stays], [stays]);
		expect(diff.vanished).toEqual([live.taskArn]);
		expect(diff.stopped).toEqual([]);
	});

	it('handles 5,000 tasks, matching by ARN', () => {
		const before = Array.from({length: 5000}, (_, i) => running({healthStatus: 'HEALTHY', privateIpv4: `10.0.${i >> 8}.${i & 255}`}));
		const after = before.map((row, i) => (i % 1000 === 0 ? {...row, healthStatus: 'UNHEALTHY'} : row)).reverse();
		const added = running();
		const diff = diffTasks(before, [...after.slice(1), added]);
		expect(diff.appeared).toEqual([added.taskArn]);
		expect([...diff.changed.keys()].sort()).toEqual([0, 1000, 2000, 3000, 4000].map(i => before[i]?.taskArn).sort());
		expect(diff.vanished).toEqual([before[4999]?.taskArn]);
	});
});
