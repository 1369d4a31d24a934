import {describe, expect, it} from 'vitest';
import type {ServiceRow} from '../../source/model/service-row.js';
import type {TaskRow} from '../../source/model/task-row.js';
import {acceptTaskPoll} from '../../source/watch/task-poller.js';
import type {WatchData} from '../../source/watch/snapshot.js';
import {trackEta} from '../../source/watch/rollout-tracking.js';
import {makeDeployment, makeServiceRow} from '../helpers/service-row.js';
import {makeTaskRow} from '../helpers/task-row.js';
import {rollingBackWeb, webTasks} from '../ui/rollout-world.js';

const TD = 'arn:aws:ecs:us-east-1:123456789012:task-definition/';

/** web rolling to web:42 with `healthy` of its 4 tasks up; `rolloutState` of the PRIMARY as given. */
function poll(healthy: number, rolloutState = 'IN_PROGRESS'): {services: ServiceRow[]; tasks: TaskRow[]} {
	const web = makeServiceRow({
		serviceName: 'web', desiredCount: 4, runningCount: 4,
		deployments: [makeDeployment({id: 'ecs-svc/42', status: 'PRIMARY', taskDefinition: `${TD}web:42`, rolloutState, desiredCount: 4, runningCount: 4})],
	});
	const tasks = Array.from({length: 4}, (_, index) => makeTaskRow({
		service: 'web', startedBy: 'ecs-svc/42', taskDefinition: 'web:42', lastStatus: index < healthy ? 'RUNNING' : 'PENDING', desiredStatus: 'RUNNING',
		healthStatus: index < healthy ? 'HEALTHY' : 'UNKNOWN',
	}));
	return {services: [web], tasks};
}

function accept(results: Array<ReturnType<typeof poll>>, start = 0): WatchData {
	let data: WatchData | null = null;
	for (const [index, result] of results.entries()) data = acceptTaskPoll(data, result, start + index * 10_000);
	return data!;
}

const ARN = 'arn:aws:ecs:us-east-1:123456789012:service/test/web';

describe('rollouts tracked by a task watch', () => {
	it('keeps the healthy counts of the rollout, once per change', () => {
		const data = accept([poll(0), poll(1), poll(1), poll(2)]);
		expect(data.rollouts?.get(ARN)?.samples).toEqual([{at: 0, healthy: 0}, {at: 10_000, healthy: 1}, {at: 30_000, healthy: 2}]);
		// Two tasks in 30 s, two more to go.
		expect(trackEta(data.rollouts?.get(ARN), data.fetchedAt)).toBe(30_000);
	});

	it('reports nothing on the first poll, even of a completed rollout', () => {
		expect(accept([poll(4, 'COMPLETED')]).rolloutChanges).toEqual([]);
	});

	it('reports a rollout that completed between two polls, once', () => {
		const completed = accept([poll(3), poll(4, 'COMPLETED')]);
		expect(completed.rolloutChanges).toHaveLength(1);
		expect(completed.rolloutChanges![0]).toMatchObject({service: 'web', from: {kind: 'deploying', target: 'web:42'}, to: {kind: 'steady'}});
		const after = acceptTaskPoll(completed, poll(4, 'COMPLETED'), 30_000);
		expect(after.rolloutChanges).toEqual([]);
	});

	it('reports a rollout that failed, and nothing while one is still in flight', () => {
		expect(accept([poll(1), poll(2)]).rolloutChanges).toEqual([]);
		const failed = accept([poll(1), poll(1, 'FAILED')]);
		expect(failed.rolloutChanges?.map(change => change.to.kind)).toEqual(['failed']);
	});
});

describe('a rollback tracked by a task watch', () => {
	it('estimates the time left of the rollback from its own healthy tasks', () => {
		const {services} = rollingBackWeb();
		let data: WatchData | null = null;
		for (const [index, healthy] of [1, 2, 3].entries()) {
			data = acceptTaskPoll(data, {services, tasks: webTasks('r', 41, 'ecs-svc/43', healthy)}, index * 60_000);
		}

		const track = data!.rollouts?.get(services[0]!.serviceArn);
		expect(track?.state.kind).toBe('rolling-back');
		// 2 tasks in 2 minutes; 3 of 6 to go.
		expect(trackEta(track, data!.fetchedAt)).toBe(3 * 60_000);
	});
});
