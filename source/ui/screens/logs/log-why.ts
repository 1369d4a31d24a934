import type {LogsScope} from '../../../model/logs/log-scope.js';
import type {LogSourceState} from '../../../model/logs/log-source.js';
import {shortTaskId} from '../../../model/format.js';
import {logSourceProblem as whyNot} from '../../../output/log-source-sentence.js';

/**
 * The sources the scope reads: those the data says it reads (`read`, one container a task), else
 * (data without the flag) each task's `scope.container`, or its first source in CloudWatch Logs.
 */
export function readSources(sources: readonly LogSourceState[], scope: Pick<LogsScope, 'container'>): LogSourceState[] {
	if (sources.some(state => state.read !== undefined)) return sources.filter(state => state.read === true);
	if (scope.container !== null) return sources.filter(state => state.source.container === scope.container);
	const picked = new Map<string, LogSourceState>();
	for (const state of sources) {
		const before = picked.get(state.source.taskId);
		if (before === undefined || (before.source.kind !== 'cloudwatch' && state.source.kind === 'cloudwatch')) picked.set(state.source.taskId, state);
	}

	return [...picked.values()];
}

/**
 * The lines saying why the read sources give nothing: one per reason. In a service scope the
 * same reason for several tasks is said once with their count, a reason of one task names it.
 */
export function whyLines(read: readonly LogSourceState[], service: boolean): string[] {
	const reasons = new Map<string, string[]>();
	for (const state of read) {
		const why = whyNot(state);
		if (why !== null) reasons.set(why, [...(reasons.get(why) ?? []), state.source.taskId]);
	}

	return [...reasons].map(([why, tasks]) => {
		if (!service) return why;
		return tasks.length === 1 ? `task ${shortTaskId(tasks[0]!)}: ${why}` : `${why} (${tasks.length} tasks)`;
	});
}

/** A container of the scope's tasks, for the picker: its name, and why it cannot be read (null when it can). */
export interface ContainerChoice {
	name: string;
	why: string | null;
}

/** The containers of the scope's tasks in the order listed; one that some task can read counts as readable. */
export function containerChoices(sources: readonly LogSourceState[]): ContainerChoice[] {
	const choices = new Map<string, string | null>();
	for (const state of sources) {
		const why = state.source.kind === 'cloudwatch' ? null : whyNot(state);
		const before = choices.get(state.source.container);
		choices.set(state.source.container, before === undefined ? why : (before === null || why === null ? null : before));
	}

	return [...choices].map(([name, why]) => ({name, why}));
}
