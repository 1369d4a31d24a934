import {describe, expect, it} from 'vitest';
import {acceptTaskPoll} from '../../source/watch/task-poller.js';
import {makeServiceRow} from '../helpers/service-row.js';
import {makeTaskRow} from '../helpers/task-row.js';

const denied = Object.assign(new Error('User: arn:aws:sts::1:assumed-role/ro/me is not authorized to perform: ecs:DescribeServices'), {name: 'AccessDeniedException'});
const tasks = [makeTaskRow({service: 'web'}), makeTaskRow({service: 'web'})];

describe('a poll whose services could not be read', () => {
	it('shows this poll\'s tasks, keeps the last services read, marked stale since that poll, and says why', () => {
		const first = acceptTaskPoll(null, {tasks, services: [makeServiceRow()]}, 1_000);
		const second = acceptTaskPoll(first, {tasks: tasks.slice(0, 1), services: [], servicesError: denied}, 6_000);
		const third = acceptTaskPoll(second, {tasks, services: [], servicesError: denied}, 11_000);

		expect(second.tasks).toHaveLength(1);
		expect(second.services.map((service) => service.serviceName)).toEqual(['web']);
		expect(second.servicesUnavailable).toEqual({name: 'AccessDeniedException', message: denied.message});
		expect(third.servicesStaleSince).toBe(1_000);
	});

	it('has no services and no stale mark when none were ever read; recovers on the next good poll', () => {
		const deniedFirst = acceptTaskPoll(null, {tasks, services: [], servicesError: denied}, 1_000);
		expect(deniedFirst.services).toEqual([]);
		expect(deniedFirst.servicesStaleSince).toBeUndefined();
		const recovered = acceptTaskPoll(deniedFirst, {tasks, services: [makeServiceRow()]}, 6_000);
		expect(recovered.servicesUnavailable).toBeUndefined();
		expect(recovered.services).toHaveLength(1);
	});
});
