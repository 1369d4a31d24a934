import {HIGHLIGHT_MS, updateChangeMarks} from './change-marks.js';
import type {ServiceRow} from './service-row.js';
import {diffTasks} from './task-diff.js';
import type {ChangeMark, TimelineEntry} from './task-diff-types.js';
import type {TaskRow} from './task-row.js';
import {deploymentTransitions, mergeTimeline, serviceEventEntries, taskTransitions} from './timeline.js';

/** What a watch remembers between polls: recent changes to highlight, and the timeline. */
export interface WatchHistory {
	marks: ReadonlyMap<string, ChangeMark>;
	timeline: readonly TimelineEntry[];
}

interface PollResult {
	tasks: readonly TaskRow[];
	services: readonly ServiceRow[];
}

export const EMPTY_HISTORY: WatchHistory = {marks: new Map(), timeline: []};

/**
 * Folds one successful poll into the history. The first poll (no previous result) only brings
 * ECS's service events: what the tasks looked like before it, nobody saw.
 */
export function advanceHistory(history: WatchHistory, previous: PollResult | null, next: PollResult, at: number): WatchHistory {
	const events = serviceEventEntries(next.services);
	if (previous === null) {
		return {marks: history.marks, timeline: mergeTimeline(history.timeline, events)};
	}

	const diff = diffTasks(previous.tasks, next.tasks);
	return {
		marks: updateChangeMarks(history.marks, diff, at, HIGHLIGHT_MS),
		timeline: mergeTimeline(history.timeline, [
			...taskTransitions(previous.tasks, next.tasks, diff, at),
			...deploymentTransitions(previous.services, next.services, at),
			...events,
		]),
	};
}
