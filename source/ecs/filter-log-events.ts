import {paginateFilterLogEvents} from '@aws-sdk/client-cloudwatch-logs';
import type {LogsClient} from './logs-client.js';
import {sendOptions} from './send-options.js';

/** FilterLogEvents takes at most 100 `logStreamNames`. */
export const MAX_STREAMS_PER_CALL = 100;

export interface LogEvent {
	eventId: string;
	timestamp: number;
	logStreamName: string;
	message: string;
}

export interface StreamsRead {
	group: string;
	/** At most {@link MAX_STREAMS_PER_CALL}. */
	streams: readonly string[];
	/** Epoch ms; events before it are not returned. */
	startTime: number;
	/** FilterLogEvents' `filterPattern`; every event when absent. */
	filterPattern?: string | undefined;
	/** Pages read at most (each up to 10,000 events or 1 MB); the rest waits for the next poll. */
	maxPages: number;
	/**
	 * Read from the newest event back (`startFromHead: false`) and stop at `limit` events: a tail
	 * opening on a busy stream shows its latest lines at once, not the window's oldest pages first.
	 */
	newestFirst?: {limit: number} | undefined;
	signal?: AbortSignal | undefined;
}

/** What one paginated FilterLogEvents read found; `cut` when pages were left unread. */
export interface StreamsReadResult {
	events: LogEvent[];
	cut: boolean;
}

/**
 * FilterLogEvents on some streams of one group from `startTime` on, oldest first (or newest first,
 * up to a limit), following `nextToken` (a page may be empty while more follow) up to `maxPages`.
 */
export async function filterLogEvents(client: LogsClient, read: StreamsRead): Promise<StreamsReadResult> {
	read.signal?.throwIfAborted();
	const pages = paginateFilterLogEvents(
		{client},
		{
			logGroupName: read.group,
			logStreamNames: [...read.streams],
			startTime: read.startTime,
			...(read.newestFirst === undefined ? {} : {startFromHead: false}),
			...(read.filterPattern === undefined ? {} : {filterPattern: read.filterPattern}),
		},
		sendOptions(read.signal),
	);
	const events: LogEvent[] = [];
	let pagesRead = 0;
	for await (const page of pages) {
		for (const event of page.events ?? []) {
			const {eventId, timestamp, logStreamName, message} = event;
			if (eventId !== undefined && timestamp !== undefined && logStreamName !== undefined) {
				events.push({eventId, timestamp, logStreamName, message: message ?? ''});
			}
		}

		pagesRead++;
		// Newest first, what lies beyond the limit is older than the tail wants: nothing is left for later.
		if (read.newestFirst !== undefined && events.length >= read.newestFirst.limit) return {events: events.slice(0, read.newestFirst.limit), cut: false};
		if (pagesRead >= read.maxPages && page.nextToken !== undefined && page.nextToken !== '') {
			return {events, cut: true};
		}

		read.signal?.throwIfAborted();
	}

	return {events, cut: false};
}
