import {describe, expect, it} from 'vitest';
import {acceptTaskPoll} from '../../source/watch/task-poller.js';
import {makeServiceRow} from '../helpers/service-row.js';
import {makeTaskRow} from '../helpers/task-row.js';

const denied = Object.assign(new Error('User: arn:aws:sts::1:assumed-role/ro/me is not authorized to perform: elasticloadbalancing:DescribeTargetHealth'), {name: 'AccessDenied'});
const target = {targetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:1:targetgroup/web/1', targetId: '10.0.1.5', port: 80, state: 'healthy', reason: null, description: null, drainingEndsAt: null};
const tasks = [makeTaskRow({service: 'web', targets: [target]})];

describe('a poll whose load-balancer targets could not be read', () => {
	it('shows the tasks as the fetch kept them, says why, and counts ELB\'s calls apart', () => {
		const first = acceptTaskPoll(null, {tasks, services: [makeServiceRow()], apiCalls: 4, elbApiCalls: 1}, 1_000);
		const second = acceptTaskPoll(first, {tasks, services: [makeServiceRow()], apiCalls: 4, elbApiCalls: 3, targetsError: denied}, 6_000);

		expect(first.targetsUnavailable).toBeUndefined();
		expect(first.elbApiCalls).toBe(1);
		expect(second.targetsUnavailable).toEqual({name: 'AccessDenied', message: denied.message});
		expect(second.tasks[0]?.targets).toEqual([target]);
		expect(second.apiCalls).toBe(4);
		expect(second.elbApiCalls).toBe(3);

		const recovered = acceptTaskPoll(second, {tasks, services: [makeServiceRow()], apiCalls: 4, elbApiCalls: 1}, 11_000);
		expect(recovered.targetsUnavailable).toBeUndefined();
	});

	it('has no ELB count when the fetch reads no targets', () => {
		expect('elbApiCalls' in acceptTaskPoll(null, {tasks, services: []}, 1_000)).toBe(false);
	});
});
