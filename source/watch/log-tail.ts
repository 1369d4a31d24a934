import {appendLines, DEFAULT_LOG_CAPACITY, EMPTY_LOG_RING} from '../model/logs/log-ring.js';
import type {LogsPollResult} from '../model/logs/logs-poll.js';
import {createPoller, type Poller, type PollerOptions} from './poller.js';
import type {LogsData} from './screen-data.js';
import type {Fetch} from './snapshot.js';

/**
 * FilterLogEvents is limited to 5 transactions per second per account and Region by default,
 * shared with the console, `aws logs tail` and every other tool of the account
 * (https://repost.aws/knowledge-center/cloudwatch-logs-throttling; the quota table is at
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/cloudwatch_limits_cwl.html). A tail takes
 * a fifth of it at most: one call a second, one read per log group every 2 s for one or two
 * groups, longer pauses beyond (the poller stretches the interval by the calls a poll made).
 */
export const LOGS_API_CALLS_PER_SECOND = 1;
/** A new line shows within about 2 s of CloudWatch having it; `aws logs tail --follow` waits longer. */
export const LOGS_INTERVAL_MS = 2000;

export interface LogTailOptions {
	/** One poll: the lines no earlier poll returned (ecs/fetch-logs.ts `createFetchLogs`). */
	fetch: Fetch<LogsPollResult>;
	intervalMs?: number;
	now?: () => number;
	/** Lines kept; the oldest beyond it are dropped and counted. */
	capacity?: number;
	retryable?: PollerOptions<LogsPollResult, LogsData>['retryable'];
}

/**
 * A logs tail as a poller: each poll's new lines go into a bounded ring (model/logs/log-ring.ts),
 * published with the sources and tasks of the last poll.
 */
export function createLogTail(options: LogTailOptions): Poller<LogsData> {
	const capacity = options.capacity ?? DEFAULT_LOG_CAPACITY;
	return createPoller<LogsPollResult, LogsData>({
		fetch: options.fetch,
		intervalMs: options.intervalMs ?? LOGS_INTERVAL_MS,
		apiCallsPerSecond: LOGS_API_CALLS_PER_SECOND,
		...(options.now === undefined ? {} : {now: options.now}),
		...(options.retryable === undefined ? {} : {retryable: options.retryable}),
		accept(previous, result, fetchedAt) {
			const ring = appendLines(previous ?? EMPTY_LOG_RING, result.lines, {capacity});
			return Object.freeze({
				sources: result.sources, tasks: result.tasks, lines: ring.lines, dropped: ring.dropped, since: result.since, fetchedAt,
			});
		},
	});
}
