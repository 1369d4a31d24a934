import {describe, it, expect} from 'vitest';
import {countTasks} from '../../source/model/task-counts.js';
import {makeTaskRow} from '../helpers/task-row.js';

describe('countTasks', () => {
	it('is all zeros for no tasks', () => {
		expect(countTasks([])).toEqual({
			total: 0, running: 0, pending: 0, stopping: 0, stopped: 0, unknown: 0, healthy: 0, unhealthy: 0, unknownHealth: 0,
		});
	});

	it('counts status groups, and health over tasks that are not stopped', () => {
		const rows = [
			makeTaskRow({lastStatus: 'RUNNING', desiredStatus: 'RUNNING', healthStatus: 'HEALTHY'}),
			makeTaskRow({lastStatus: 'RUNNING', desiredStatus: 'RUNNING', healthStatus: 'UNHEALTHY'}),
			makeTaskRow({lastStatus: 'RUNNING', desiredStatus: 'STOPPED', healthStatus: 'HEALTHY'}),
			makeTaskRow({lastStatus: 'PENDING', desiredStatus: 'RUNNING', healthStatus: 'UNKNOWN'}),
			makeTaskRow({lastStatus: 'PROVISIONING', desiredStatus: 'RUNNING', healthStatus: null}),
			makeTaskRow({lastStatus: 'STOPPED', desiredStatus: 'STOPPED', healthStatus: 'UNHEALTHY'}),
			makeTaskRow({lastStatus: 'STOPPED', desiredStatus: 'STOPPED', healthStatus: 'HEALTHY'}),
			makeTaskRow({lastStatus: 'SOMETHING_NEW', desiredStatus: 'RUNNING', healthStatus: 'DEGRADED'}),
		];
		expect(countTasks(rows)).toEqual({
			total: 8,
			running: 2,
			pending: 2,
			stopping: 1,
			stopped: 2,
			unknown: 1,
			healthy: 2,
			unhealthy: 1,
			unknownHealth: 3,
		});
	});
});
