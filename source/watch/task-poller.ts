import type {DescribeFailure} from '../model/describe-failure.js';
import {holdChangeMarks, withMissingMarks} from '../model/change-marks.js';
import {foldMissingTasks} from '../model/task-diff-missing.js';
import {advanceHistory, EMPTY_HISTORY} from '../model/watch-history.js';
import {serviceEventEntries} from '../model/timeline.js';
import {advanceRollouts} from './rollout-tracking.js';
import {keepTimeline} from './session-timeline.js';
import {toPollError} from './to-poll-error.js';
import {createPoller, DEFAULT_API_CALLS_PER_SECOND, type Poller, type PollerOptions} from './poller.js';
import type {FetchWatchData, PollBudget, TaskPollResult, WatchData, WatchLanes} from './snapshot.js';

const NO_FAILURES: readonly DescribeFailure[] = [];

/**
 * A moment past the next poll's data, for the highlights of this one's changes: long enough to see
 * which rows the last poll changed once the next one has landed.
 */
export const HOLD_PAST_NEXT_POLL_MS = 2000;

export interface AcceptOptions {
	/** Epoch ms until which this poll's change highlights last at least (about when the next poll's data is in). */
	holdUntil?: number;
}

/** How fresh the parts of the tasks are after this poll: nothing to say after a full poll; `fullAt` and `lanes` while polls run in lanes. */
function freshness(previous: WatchData | null, result: TaskPollResult, fetchedAt: number): {fullAt?: number; lanes?: WatchLanes} {
	const {refresh} = result;
	if (refresh === undefined) return {};
	// The tasks the sweep has not reached yet were refreshed by the last full poll or the last sweep.
	const lastFull = previous?.fullAt ?? previous?.fetchedAt ?? fetchedAt;
	const sweepStartedAt = refresh.sweepBegan ? fetchedAt : (previous?.lanes?.sweepStartedAt ?? lastFull);
	const fullAt = refresh.sweepCompleted ? sweepStartedAt : lastFull;
	return {fullAt, lanes: {services: refresh.services, fastTasks: refresh.fastTasks, fullEveryMs: refresh.fullEveryMs, sweepStartedAt}};
}

/** Folds one task-watch poll into the data shown, remembering what changed since the one before. */
export function acceptTaskPoll(previous: WatchData | null, result: TaskPollResult, fetchedAt: number, options: AcceptOptions = {}): WatchData {
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
	const targetsUnavailable = result.targetsError === undefined ? undefined : toPollError(result.targetsError);
	// Services that could not be read this time: keep the last ones read, marked stale.
	const services = unavailable === undefined ? result.services : (previous?.services ?? []);
	const staleSince = unavailable === undefined || services.length === 0 ? undefined : (previous?.servicesStaleSince ?? previous?.fetchedAt);
	const rollouts = advanceRollouts(previous === null ? null : (previous.rollouts ?? new Map()), services, tasks, fetchedAt);
	const notFound = result.servicesNotFound ?? [];
	const held = options.holdUntil === undefined ? history.marks : holdChangeMarks(history.marks, fetchedAt, options.holdUntil);
	const fresh = freshness(previous, result, fetchedAt);
	return Object.freeze({
		tasks,
		services,
		...(unavailable === undefined ? {} : {servicesUnavailable: unavailable}),
		...(targetsUnavailable === undefined ? {} : {targetsUnavailable}),
		...(result.elbApiCalls === undefined ? {} : {elbApiCalls: result.elbApiCalls}),
		...(notFound.length === 0 ? {} : {servicesNotFound: notFound}),
		...(kept.missing.size === 0 ? {} : {missingTasks: kept.missing}),
		...(staleSince === undefined ? {} : {servicesStaleSince: staleSince}),
		failures: result.failures ?? NO_FAILURES,
		fetchedAt,
		apiCalls: result.apiCalls ?? null,
		marks: withMissingMarks(held, kept.missing),
		timeline: session.timeline,
		...(session.dropped === 0 ? {} : {timelineDropped: session.dropped}),
		rollouts: rollouts.rollouts,
		rolloutChanges: rollouts.changes,
		...fresh,
	});
}

export type TaskPollerOptions = Omit<PollerOptions<TaskPollResult, WatchData>, 'accept' | 'fetch'> & {fetch: FetchWatchData};

/**
 * A poller of a task watch: tasks, services, highlights and the timeline. The fetch is told the
 * budget (to plan its polls: ecs/poll-plan.ts), and a poll's change highlights last until the
 * next poll's data is expected (the pause the poller will take, as it works it out from the poll's
 * calls, plus this poll's own duration) and {@link HOLD_PAST_NEXT_POLL_MS} more — 6 s at least.
 */
export function createTaskPoller(options: TaskPollerOptions): Poller<WatchData> {
	const {fetch, ...rest} = options;
	const now = options.now ?? Date.now;
	const budget: PollBudget = {intervalMs: options.intervalMs, apiCallsPerSecond: options.apiCallsPerSecond ?? DEFAULT_API_CALLS_PER_SECOND};
	let startedAt: number | null = null;
	return createPoller({
		...rest,
		fetch(signal) {
			startedAt = now();
			return fetch(signal, budget);
		},
		accept(previous, result, fetchedAt) {
			const pause = Math.max(budget.intervalMs, Math.ceil(((result.apiCalls ?? 0) / budget.apiCallsPerSecond) * 1000));
			const took = startedAt === null ? 0 : Math.max(0, fetchedAt - startedAt);
			return acceptTaskPoll(previous, result, fetchedAt, {holdUntil: fetchedAt + pause + took + HOLD_PAST_NEXT_POLL_MS});
		},
	});
}
