import {describe, expect, it, vi} from 'vitest';
import type {Sources} from '../../../source/ui/stack/sources.js';
import {sourcesFor} from '../../../source/ui/terminal/rollout-notifications.js';
import type {Notifier} from '../../../source/ui/terminal/notify.js';
import type {WatchData} from '../../../source/watch/snapshot.js';
import {acceptTaskPoll} from '../../../source/watch/task-poller.js';
import {fakeSource, loaded} from '../../helpers/fake-sources.js';
import {FETCHED_AT} from '../../helpers/fake-store.js';
import {rollingBackWeb, rollingWeb} from '../rollout-world.js';

/** web's rollout to web:42 as polls see it: in progress, then completed (the old deployment gone). */
function completedWeb() {
	const {services: [web, ...others], tasks} = rollingWeb();
	const done = {
		...web!,
		deployments: web!.deployments.filter(deployment => deployment.status === 'PRIMARY').map(deployment => ({...deployment, rolloutState: 'COMPLETED', runningCount: 6, pendingCount: 0})),
		runningCount: 6, pendingCount: 0,
	};
	return {services: [done, ...others], tasks: tasks.filter(task => task.taskDefinition === 'web:42')};
}

/** A task watch over a fake source that the test feeds polls, wrapped as `--notify` (on or off) wants it. */
function watch(notify: boolean) {
	const notifier: Notifier = {notify: vi.fn()};
	const first = acceptTaskPoll(null, rollingWeb(), FETCHED_AT);
	const source = fakeSource<WatchData>(loaded(first));
	const sources = sourcesFor({tasks: () => source} as unknown as Sources, notify, () => notifier);
	const opened = sources.tasks({cluster: 'prod'});
	opened.subscribe(() => undefined);
	let data = first;
	return {
		notifier,
		opened,
		poll(result: Parameters<typeof acceptTaskPoll>[1]) {
			data = acceptTaskPoll(data, result, data.fetchedAt + 5000);
			source.publish(loaded(data));
		},
		republish: () => source.publish({...loaded(data), state: 'refreshing'}),
	};
}

describe('--notify', () => {
	it('tells of a rollout that completed exactly once, in words naming the service and revision', () => {
		const {notifier, poll, republish} = watch(true);
		poll(rollingWeb());
		expect(notifier.notify).not.toHaveBeenCalled();
		poll(completedWeb());
		republish();
		poll(completedWeb());
		expect(notifier.notify).toHaveBeenCalledTimes(1);
		expect(notifier.notify).toHaveBeenCalledWith('ecswatch: web rollout completed', 'web: rollout to web:42 completed');
	});

	it('tells of a rollout that failed into a rollback', () => {
		const {notifier, poll} = watch(true);
		poll(rollingBackWeb());
		expect(notifier.notify).toHaveBeenCalledTimes(1);
		expect(notifier.notify).toHaveBeenCalledWith('ecswatch: web rollout FAILED', 'web: rollout to web:42 FAILED, rolling back to web:41');
	});

	it('says nothing on the first poll', () => {
		const notifier: Notifier = {notify: vi.fn()};
		const source = fakeSource<WatchData>(loaded(null as unknown as WatchData, {data: null, state: 'starting'}));
		const opened = sourcesFor({tasks: () => source} as unknown as Sources, true, () => notifier).tasks({cluster: 'prod'});
		opened.subscribe(() => undefined);
		source.publish(loaded(acceptTaskPoll(null, completedWeb(), FETCHED_AT)));
		expect(notifier.notify).not.toHaveBeenCalled();
	});

	it('says nothing without --notify', () => {
		const {notifier, poll} = watch(false);
		poll(completedWeb());
		expect(notifier.notify).not.toHaveBeenCalled();
	});
});
