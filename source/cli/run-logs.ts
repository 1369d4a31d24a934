import {setTimeout as sleep} from 'node:timers/promises';
import {isRetryableLater} from '../ecs/transient-error.js';
import {lastArnSegment} from '../model/arn.js';
import {normaliseError} from '../model/error-report.js';
import type {LogLine} from '../model/logs/log-line.js';
import type {LogsScope} from '../model/logs/log-scope.js';
import type {LogSourceState} from '../model/logs/log-source.js';
import type {LogsPollResult} from '../model/logs/logs-poll.js';
import {errorSentence} from '../output/error-sentence.js';
import {logLineJson, logLineText} from '../output/format-log-lines.js';
import {logSourceProblem, noTaskSentence} from '../output/log-source-sentence.js';
import {durationText} from '../output/wait-lines.js';
import {backoffDelay} from '../watch/backoff.js';
import type {LogsCommand} from './command.js';
import type {OpenTarget} from './open-target.js';

/** One poll of a logs tail: the lines not returned before, the scope's tasks, and where each container's logs are. */
export type LogsPoll = Pick<LogsPollResult, 'tasks' | 'sources' | 'lines'>;

export type LogsFetch = (signal: AbortSignal) => Promise<LogsPoll>;

export interface LogsStreams {
	stdout: {write(text: string): unknown; on?(event: 'error', listener: (error: unknown) => void): unknown};
	stderr: {write(text: string): unknown};
}

export interface RunLogsOptions {
	/** Makes the tail's fetch (tests pass their own); by default the data layer's, loaded on first use. */
	openFetch?: (target: OpenTarget, scope: LogsScope) => Promise<LogsFetch>;
	/** Between polls with --follow: a tail asks CloudWatch Logs every 2 s, as the logs screen does. */
	intervalMs?: number;
	/** Ends --follow (Ctrl+C ends the process anyway). */
	signal?: AbortSignal;
}

const FOLLOW_INTERVAL_MS = 2000;
const MAX_BACKOFF_MS = 60_000;

async function dataLayerFetch(target: OpenTarget, scope: LogsScope): Promise<LogsFetch> {
	const {createFetchLogs} = await import('../ecs/fetch-logs.js');
	// A pipe gets every line of the window, as aws logs tail prints them, however many pages that takes.
	return createFetchLogs({ecs: target.client, logs: async region => target.logsClient(region)}, scope, {now: target.now, maxPages: Number.POSITIVE_INFINITY});
}

/** The scope of a command line: a task id or ARN as given (DescribeTasks takes either), or a service. */
export function logsScopeOf(command: Pick<LogsCommand, 'target' | 'container' | 'sinceMs'>, cluster: string): LogsScope {
	const target: LogsScope['target'] = command.target.kind === 'task'
		? {kind: 'task', taskArn: command.target.task, taskId: lastArnSegment(command.target.task)}
		: {kind: 'service', service: command.target.service};
	return {cluster, target, container: command.container, sinceMs: command.sinceMs};
}

/**
 * `ecswatch logs`: prints the scope's lines since `--since`, then with `--follow` the new ones
 * every 2 s until interrupted, retrying what a later poll can cure (a dropped connection,
 * throttling) with a line on stderr. Returns the exit code: 1 when the first poll fails or no
 * container of the scope can be read (saying why), 0 otherwise, also when the reader of a pipe
 * goes away.
 */
export async function runLogs(target: OpenTarget, command: LogsCommand, streams: LogsStreams, options: RunLogsOptions = {}): Promise<number> {
	const cluster = target.cluster ?? '';
	const scope = logsScopeOf(command, cluster);
	const fetch = await (options.openFetch ?? dataLayerFetch)(target, scope);
	const closed = new AbortController();
	// EPIPE: the reader of the pipe went away (every later write errs too, and is ignored).
	streams.stdout.on?.('error', () => closed.abort());
	const signal = options.signal === undefined ? closed.signal : AbortSignal.any([closed.signal, options.signal]);
	const explain = (error: unknown) => errorSentence(normaliseError(error), {...target.signIn, target: target.description, cluster, medium: 'command-line'});
	const needle = command.filter?.toLowerCase();
	const print = (lines: readonly LogLine[]) => {
		for (const line of lines) {
			if (needle !== undefined && !line.message.toLowerCase().includes(needle)) continue;
			streams.stdout.write(command.output === 'json' ? logLineJson(line) : logLineText(line));
		}
	};

	const first = await fetch(signal);
	// A service with no task may get some (a tail waits for them); a task ECS does not know will not come back.
	if (first.tasks.length === 0) {
		streams.stderr.write(`ecswatch: ${noTaskSentence(scope)}\n`);
		if (scope.target.kind === 'task' || !command.follow) return scope.target.kind === 'task' ? 1 : 0;
	}

	// The containers read (one a task); the others are only listed, for the screen's picker.
	const read = (sources: readonly LogSourceState[]) => sources.filter(source => source.read !== false);
	const problems = read(first.sources).map(logSourceProblem).filter(problem => problem !== null);
	if (first.tasks.length > 0 && problems.length === read(first.sources).length) {
		streams.stderr.write(`ecswatch: ${problems[0] ?? noTaskSentence(scope)}\n`);
		return 1;
	}

	for (const problem of new Set(problems)) streams.stderr.write(`ecswatch: ${problem}\n`);
	print(first.lines);
	if (!command.follow) return 0;

	const intervalMs = options.intervalMs ?? FOLLOW_INTERVAL_MS;
	const told = new Set(problems);
	let failures = 0;
	let delay = intervalMs;
	while (!signal.aborted) {
		try {
			await sleep(delay, undefined, {signal});
		} catch {
			break;
		}

		try {
			const poll = await fetch(signal);
			failures = 0;
			delay = intervalMs;
			for (const problem of read(poll.sources).map(logSourceProblem)) {
				if (problem !== null && !told.has(problem)) streams.stderr.write(`ecswatch: ${problem}\n`);
				if (problem !== null) told.add(problem);
			}

			print(poll.lines);
		} catch (error) {
			if (signal.aborted) break;
			if (!isRetryableLater(error)) {
				streams.stderr.write(`ecswatch: ${explain(error)}\n`);
				return 1;
			}

			failures++;
			delay = backoffDelay(failures, {baseMs: intervalMs, maxMs: MAX_BACKOFF_MS, jitter: Math.random});
			streams.stderr.write(`ecswatch: ${explain(error)}; retrying in ${durationText(delay)}\n`);
		}
	}

	return 0;
}
