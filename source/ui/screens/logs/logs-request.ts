import {DEFAULT_LOGS_SINCE_MS, type LogsScope} from '../../../model/logs/log-scope.js';
import {initialList, type ListState} from '../../list/list-state.js';
import type {ScreenRequest} from '../../stack/screen-request.js';

/** A task, as the logs screen remembers it to narrow a service scope back to it. */
export interface LogsTask {
	taskArn: string;
	taskId: string;
}

/** What a logs screen reads, and what it can widen or narrow to. */
export interface LogsParams {
	scope: LogsScope;
	/** The service of the scope: its task's service in a task scope (null for a standalone task), for `a`. */
	service: string | null;
	/** The task of the scope: in a service scope, the task it was widened from (null when opened on the service). */
	task: LogsTask | null;
}

/** Where the user stopped following: the line at the top of the view and the newest line then. */
export interface LogsPause {
	topId: string;
	/** The lines after this one are new since the pause; null when there was no line. */
	newestId: string | null;
}

export interface LogsState {
	/** Null while following the newest line. */
	pause: LogsPause | null;
	wrap: boolean;
	timestamps: boolean;
	/** The search line, as a list's filter line: `filter` is the kept search, `draft` the one being typed. */
	search: ListState;
	/** The current match, by line id; null until Enter, `n` or `N` picks one. */
	matchId: string | null;
	/** The container picker's cursor while it is open, else null. */
	picker: number | null;
}

/** What a logs screen carries over to the one that replaces it (another container, another start). */
export type LogsCarried = Pick<LogsState, 'wrap' | 'timestamps'> & {search: string};

export function initialLogsState(carried: Partial<LogsCarried> = {}): LogsState {
	return {
		pause: null,
		wrap: carried.wrap ?? false,
		timestamps: carried.timestamps ?? true,
		search: {...initialList(), filter: carried.search ?? ''},
		matchId: null,
		picker: null,
	};
}

/**
 * The logs screen of `scope`, following from the start. `service` is the task's service (so `a`
 * can widen to its tasks); `task` the task a service scope was widened from (so `a` narrows back).
 */
export function logsRequest(
	scope: LogsScope,
	context: {service?: string | null; task?: LogsTask | null; carried?: Partial<LogsCarried>} = {},
): ScreenRequest {
	const {target} = scope;
	const params: LogsParams = {
		scope,
		service: target.kind === 'service' ? target.service : (context.service ?? null),
		task: target.kind === 'task' ? {taskArn: target.taskArn, taskId: target.taskId} : (context.task ?? null),
	};
	return {kind: 'logs', params, state: initialLogsState(context.carried)};
}

/** The logs of one task (its default container, the default start), from a screen showing it. */
export function taskLogsRequest(cluster: string, task: LogsTask & {service: string | null}): ScreenRequest {
	return logsRequest(
		{cluster, target: {kind: 'task', taskArn: task.taskArn, taskId: task.taskId}, container: null, sinceMs: DEFAULT_LOGS_SINCE_MS},
		{service: task.service},
	);
}

/** The logs of a service's tasks interleaved (each task's default container, the default start). */
export function serviceLogsRequest(cluster: string, service: string): ScreenRequest {
	return logsRequest({cluster, target: {kind: 'service', service}, container: null, sinceMs: DEFAULT_LOGS_SINCE_MS});
}
