import type {ECSClient} from '@aws-sdk/client-ecs';
import type {EcsContainerDefinition} from '../model/logs/container-definition.js';
import type {LogLine} from '../model/logs/log-line.js';
import {mergeByTime} from '../model/logs/log-ring.js';
import type {LogsScope} from '../model/logs/log-scope.js';
import type {LogSource, LogSourceState} from '../model/logs/log-source.js';
import type {LogsPollResult, LogsTask} from '../model/logs/logs-poll.js';
import {pickContainer, resolveLogSources} from '../model/logs/resolve-log-sources.js';
import {NO_SEEN_EVENTS, type SeenEvents, takeUnseen} from '../model/logs/seen-events.js';
import type {TaskRow} from '../model/task-row.js';
import {countFetchRequests} from './call-counter.js';
import type {LogEvent} from './filter-log-events.js';
import {countLogsRequests} from './logs-call-counter.js';
import type {LogsClient} from './logs-client.js';
import {createScopeTasks} from './log-scope-tasks.js';
import {createTaskDefinitionCache} from './log-task-definitions.js';
import {readLogStreams} from './read-log-streams.js';

/**
 * How far back each poll reads again. CloudWatch Logs is eventually consistent, and the awslogs
 * driver sends a container's lines in batches every few seconds: a line can become readable after
 * newer ones. The events of the overlap already returned are recognised by eventId.
 */
export const LOGS_OVERLAP_MS = 15_000;
/** Pages of one FilterLogEvents read per poll (up to 10,000 events or 1 MB each); more waits for the next poll. */
export const LOGS_MAX_PAGES = 5;
/** A task seen STOPPED is read this long still: its last lines (the crash) may be ingested late. */
export const STOPPED_TASK_GRACE_MS = 60_000;

export interface LogsClients {
	ecs: ECSClient;
	/**
	 * The Logs client of a Region (a container's `awslogs-region`; null when none is known), made
	 * on first use if it likes (ecs/logs-client.ts `createLogsClientsByRegion`).
	 */
	logs: (region: string | null) => LogsClient | Promise<LogsClient>;
}

export interface FetchLogsOptions {
	/** Epoch ms clock; defaults to `Date.now`. */
	now?: () => number;
	/** FilterLogEvents' `filterPattern`: only matching lines. */
	filterPattern?: string | undefined;
	/** How often a service scope's task list is refreshed (ecs/log-scope-tasks.ts). */
	serviceRefreshMs?: number;
	/**
	 * A stream's first read takes only its newest `newestFirst` lines since `since` (the logs screen:
	 * what its buffer keeps); by default every line since `since`, {@link LOGS_MAX_PAGES} pages a poll.
	 */
	newestFirst?: number;
	/** Pages a read takes at most in one poll (default {@link LOGS_MAX_PAGES}); `ecswatch logs` reads its window whole. */
	maxPages?: number;
}

export type FetchLogs = (signal?: AbortSignal) => Promise<LogsPollResult>;

/** What a tail remembers of one log group between polls. */
interface GroupState {
	seen: SeenEvents;
	/** Streams read before: they are read on from the group's newest line less the overlap. */
	joined: Set<string>;
	/** Streams whose first read was cut: where it resumes. */
	resumeAt: Map<string, number>;
	/** The last read of the joined streams was cut by the page bound: resume at the newest line, no overlap. */
	behind: boolean;
}

interface Wanted {
	source: Extract<LogSource, {kind: 'cloudwatch'}>;
	task: TaskRow;
}

const groupKey = (source: {group: string; region: string | null}) => `${source.region ?? ''}\u0000${source.group}`;
const streamKey = (source: {group: string; region: string | null; stream: string}) => `${groupKey(source)}\u0000${source.stream}`;

/** The container's stream surely does not exist yet: ECS has not started it. */
function notStarted(task: TaskRow, container: string): boolean {
	if (task.lastStatus === 'PROVISIONING' || task.lastStatus === 'PENDING') return true;
	return task.containers.find((each) => each.name === container)?.lastStatus === 'PENDING';
}

/**
 * When the task of a task scope stopped, if it has: its lines are read up to then, so a task that
 * stopped an hour ago shows its last minutes rather than nothing.
 */
function stoppedAt(tasks: readonly TaskRow[]): number | null {
	const [task] = tasks;
	const at = task?.lastStatus === 'STOPPED' ? Date.parse(task.stoppedAt ?? task.executionStoppedAt ?? '') : Number.NaN;
	return Number.isNaN(at) ? null : at;
}

/**
 * A logs tail's fetch: each call returns only the lines no earlier call returned, in time order,
 * so a caller can print or append them as they come.
 *
 * Per poll: the scope's tasks (ecs/log-scope-tasks.ts), each revision's task definition once, then
 * one FilterLogEvents read per log group of the read containers' streams (100 streams a call,
 * {@link LOGS_MAX_PAGES} pages at most), from the first poll's time less `scope.sinceMs`, later from
 * the group's newest line less {@link LOGS_OVERLAP_MS}. A stream not created yet, or a missing
 * group, is marked and left out until the task list is next refreshed. Access denied and throttling
 * reject (after the SDK's retries).
 */
export function createFetchLogs(clients: LogsClients, scope: LogsScope, options: FetchLogsOptions = {}): FetchLogs {
	const now = options.now ?? Date.now;
	const scopeTasks = createScopeTasks(clients.ecs, scope, {now, ...(options.serviceRefreshMs === undefined ? {} : {refreshMs: options.serviceRefreshMs})});
	const taskDefinition = createTaskDefinitionCache(clients.ecs);
	const countEcs = countFetchRequests(clients.ecs);
	const groups = new Map<string, GroupState>();
	/** Streams found not created, by stream key, with the task's lastStatus then; and groups found missing. */
	const notCreated = new Map<string, string | null>();
	const groupsMissing = new Set<string>();
	const stoppedSince = new Map<string, number>();
	let since: number | null = null;

	async function describeScope(signal: AbortSignal | undefined) {
		const {tasks, refreshed} = await scopeTasks(signal);
		const definitions = new Map<string, readonly EcsContainerDefinition[]>();
		for (const task of tasks) {
			if (task.taskDefinition !== null && !definitions.has(task.taskDefinition)) {
				definitions.set(task.taskDefinition, await taskDefinition(task.taskDefinition, signal));
			}
		}

		return {tasks, refreshed, definitions};
	}

	function stillRead(task: TaskRow, at: number): boolean {
		if (task.lastStatus !== 'STOPPED') return true;
		const first = stoppedSince.get(task.taskArn) ?? at;
		stoppedSince.set(task.taskArn, first);
		return at - first <= STOPPED_TASK_GRACE_MS;
	}

	function groupState(key: string): GroupState {
		let state = groups.get(key);
		if (state === undefined) {
			state = {seen: NO_SEEN_EVENTS, joined: new Set(), resumeAt: new Map(), behind: false};
			groups.set(key, state);
		}

		return state;
	}

	/** Reads one group's wanted streams; returns its new lines and marks what is missing. */
	async function readGroup(client: LogsClient, key: string, wanted: readonly Wanted[], from: number, signal: AbortSignal | undefined): Promise<LogLine[]> {
		const state = groupState(key);
		const {group} = wanted[0]!.source;
		const byStream = new Map(wanted.map((each) => [each.source.stream, each]));
		const joinedFrom = state.seen.newest === null ? from : Math.max(from, state.behind ? state.seen.newest : state.seen.newest - LOGS_OVERLAP_MS);
		// Reads by start time, a stream's first read (neither joined nor resumed) apart: it may go newest first.
		const reads = new Map<string, {startTime: number; fresh: boolean; streams: string[]}>();
		for (const stream of byStream.keys()) {
			const fresh = !state.joined.has(stream) && !state.resumeAt.has(stream);
			const startTime = state.joined.has(stream) ? joinedFrom : state.resumeAt.get(stream) ?? from;
			const readKey = `${startTime}:${fresh}`;
			const read = reads.get(readKey) ?? {startTime, fresh, streams: []};
			read.streams.push(stream);
			reads.set(readKey, read);
		}

		const events: LogEvent[] = [];
		for (const {startTime, fresh, streams} of reads.values()) {
			const newestFirst = fresh && options.newestFirst !== undefined ? {limit: options.newestFirst} : undefined;
			const result = await readLogStreams(client, {group, streams, startTime, filterPattern: options.filterPattern, maxPages: options.maxPages ?? LOGS_MAX_PAGES, newestFirst, signal});
			if (result.groupMissing) {
				groupsMissing.add(key);
				return [];
			}

			const missing = new Set(result.missingStreams);
			for (const stream of missing) {
				const {source, task} = byStream.get(stream)!;
				notCreated.set(streamKey(source), task.lastStatus);
			}

			const isJoinedRead = streams.some((stream) => state.joined.has(stream));
			if (isJoinedRead) state.behind = result.cut;
			const newestHere = result.events.at(-1)?.timestamp;
			for (const stream of streams) {
				if (missing.has(stream)) continue;
				if (!isJoinedRead && result.cut && newestHere !== undefined) state.resumeAt.set(stream, newestHere);
				else {
					state.joined.add(stream);
					state.resumeAt.delete(stream);
				}
			}

			events.push(...result.events);
		}

		events.sort((a, b) => a.timestamp - b.timestamp);
		const {unseen, seen} = takeUnseen(state.seen, events, LOGS_OVERLAP_MS);
		state.seen = seen;
		return unseen.flatMap((event) => {
			const owner = byStream.get(event.logStreamName);
			return owner === undefined ? [] : [{id: event.eventId, timestamp: event.timestamp, taskId: owner.task.taskId, container: owner.source.container, message: event.message}];
		});
	}

	return async (signal) => {
		const at = now();
		const {tasks, refreshed, definitions, apiCalls: ecsApiCalls} = await countEcs(async () => describeScope(signal));
		since ??= ((scope.target.kind === 'task' ? stoppedAt(tasks) : null) ?? at) - scope.sinceMs;
		const from = since;
		if (refreshed) {
			notCreated.clear();
			groupsMissing.clear();
		}

		const sources: LogSourceState[] = [];
		const wantedByGroup = new Map<string, Wanted[]>();
		for (const task of tasks) {
			const containerDefinitions = task.taskDefinition === null ? [] : definitions.get(task.taskDefinition) ?? [];
			const logTask = {taskArn: task.taskArn, taskId: task.taskId, containers: task.containers};
			const taskSources = resolveLogSources(containerDefinitions, logTask);
			const picked = pickContainer(containerDefinitions, taskSources, scope.container);
			const reading = stillRead(task, at);
			for (const source of taskSources) {
				const read = source.container === picked;
				if (source.kind !== 'cloudwatch') {
					sources.push({source, status: {kind: 'unreadable'}, read});
					continue;
				}

				if (read && !groupsMissing.has(groupKey(source)) && !notCreated.has(streamKey(source)) && notStarted(task, source.container)) {
					notCreated.set(streamKey(source), task.lastStatus);
				}

				if (read && reading && !groupsMissing.has(groupKey(source)) && !notCreated.has(streamKey(source))) {
					const key = groupKey(source);
					wantedByGroup.set(key, [...(wantedByGroup.get(key) ?? []), {source, task}]);
				}

				sources.push({source, status: {kind: 'reading'}, read});
			}
		}

		const {value: perGroup, requests: apiCalls} = await countLogsRequests(async (track) => {
			const lines: LogLine[][] = [];
			for (const [key, wanted] of wantedByGroup) {
				lines.push(await readGroup(track(await clients.logs(wanted[0]!.source.region)), key, wanted, from, signal));
			}

			return lines;
		});

		const statuses = sources.map((state): LogSourceState => {
			const {source} = state;
			if (source.kind !== 'cloudwatch' || !state.read) return state;
			if (groupsMissing.has(groupKey(source))) return {...state, status: {kind: 'group-not-found'}};
			const created = notCreated.get(streamKey(source));
			return created === undefined && !notCreated.has(streamKey(source)) ? state : {...state, status: {kind: 'stream-not-created', taskStatus: created ?? null}};
		});

		const taskList: LogsTask[] = tasks.map((task) => ({taskArn: task.taskArn, taskId: task.taskId, lastStatus: task.lastStatus}));
		return {sources: statuses, tasks: taskList, lines: mergeByTime(perGroup), since: from, apiCalls, ecsApiCalls};
	};
}
