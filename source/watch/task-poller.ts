import type {DescribeFailure} from '../model/describe-failure.js';
import {withMissingMarks} from '../model/change-marks.js';
import {foldMissingTasks} from '../model/task-diff-missing.js';
import {advanceHistory, EMPTY_HISTORY} from '../model/watch-history.js';
import {serviceEventEntries} from '../model/timeline.js';
import {advanceRollouts} from './rollout-tracking.js';
import {keepTimeline} from './session-timeline.js';
import {toPollError} from './to-poll-error.js';
import {createPoller, type Poller, type PollerOptions} from './poller.js';
import type {FetchWatchData, TaskPollResult, WatchData} from './snapshot.js';

const NO_FAILURES: readonly DescribeFailure[] = [];

/** Folds one task-watch poll into the data shown, remembering what changed since the one before. */
export function acceptTaskPoll(previous: WatchData | null, result: TaskPollResult, fetchedAt: number): WatchData {
	// Tasks answered MISSING keep their last rows: the diff below sees them unchanged.
	const kept = foldMissingTasks(previous === null ? null : {tasks: previous.tasks, missing: previous.missingTasks}, result, fetchedAt);
	const tasks = kept.tasks;
	// The model's history merges this poll alone (its own cap is for one poll); the session's
	// timeline keeps what every poll brought, ECS's older events included, up to its own cap.
	const history = advanceHistory({marks: previous?.marks ?? EMPTY_HISTORY.marks, timeline: []}, previous, {tasks, services: result.services}, fetchedAt);
	const transitions = kept.replaced.size === 0 ? history.timeline : history.timeline.filter(entry => !kept.replaced.has(entry.id));
	const session = keepTimeline(
		{timeline: previous?.timeline ?? EMPTY_HISTORY.timeline, dropped: previous?.timelineDropped ?? 0},
		[...kept.entries, ...transitions, ...serviceEventEntries(result.services)],
	);
	const unavailable = result.servicesError === undefined ? undefined : toPollError(result.servicesError);
	// Services that could not be read this time: keep the last ones read, marked stale.
	const services = unavailable === undefined ? result.services : (previous?.services ?? []);
	const staleSince = unavailable === undefined || services.length === 0 ? undefined : (previous?.servicesStaleSince ?? previous?.fetchedAt);
	const rollouts = advanceRollouts(previous === null ? null : (previous.rollouts ?? new Map()), services, tasks, fetchedAt);
	const notFound = result.servicesNotFound ?? [];
	return Object.freeze({
		tasks,
		services,
		...(unavailable === undefined ? {} : {servicesUnavailable: unavailable}),
		...(notFound.length === 0 ? {} : {servicesNotFound: notFound}),
		...(kept.missing.size === 0 ? {} : {missingTasks: kept.missing}),
		...(staleSince === undefined ? {} : {servicesStaleSince: staleSince}),
		failures: result.failures ?? NO_FAILURES,
		fetchedAt,
		apiCalls: result.apiCalls ?? null,
		marks: withMissingMarks(history.marks, kept.missing),
		timeline: session.timeline,
		...(session.dropped === 0 ? {} : {timelineDropped: session.dropped}),
		rollouts: rollouts.rollouts,
		rolloutChanges: rollouts.changes,
	});
}

export type TaskPollerOptions = Omit<PollerOptions<TaskPollResult, WatchData>, 'accept' | 'fetch'> & {fetch: FetchWatchData};

/** A poller of a task watch: tasks, services, highlights and the timeline. */
export function createTaskPoller(options: TaskPollerOptions): Poller<WatchData> {
	const {fetch, ...rest} = options;
	return createPoller({...rest, fetch: signal => fetch(signal), accept: acceptTaskPoll});
}
