import {describe, it, expect} from 'vitest';
import {statusGroup} from '../../source/model/status-group.js';

describe('statusGroup', () => {
	it.each([
		['PROVISIONING', 'RUNNING', 'pending'],
		['PENDING', 'RUNNING', 'pending'],
		['ACTIVATING', 'RUNNING', 'pending'],
		['RUNNING', 'RUNNING', 'running'],
		['RUNNING', null, 'running'],
		['RUNNING', 'STOPPED', 'stopping'],
		['DEACTIVATING', 'STOPPED', 'stopping'],
		['STOPPING', 'STOPPED', 'stopping'],
		['DEPROVISIONING', 'STOPPED', 'stopping'],
		['STOPPED', 'STOPPED', 'stopped'],
		['DELETED', 'STOPPED', 'stopped'],
		['HIBERNATING', 'RUNNING', 'unknown'],
		['running', 'RUNNING', 'unknown'],
		[null, 'RUNNING', 'unknown'],
		[null, null, 'unknown'],
	] as const)('lastStatus %s with desired %s is %s', (lastStatus, desiredStatus, expected) => {
		expect(statusGroup({lastStatus, desiredStatus})).toBe(expected);
	});

	it('a pending task that is already asked to stop still shows as pending until it moves on', () => {
		expect(statusGroup({lastStatus: 'PENDING', desiredStatus: 'STOPPED'})).toBe('pending');
	});
});
