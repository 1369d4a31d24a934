import {chunk} from './concurrency.js';
import {filterLogEvents, type LogEvent, MAX_STREAMS_PER_CALL, type StreamsRead} from './filter-log-events.js';
import type {LogsClient} from './logs-client.js';

export interface LogStreamsResult {
	events: LogEvent[];
	/** Some reads left pages for the next poll. */
	cut: boolean;
	/** Named streams that do not exist (yet): the container has not started. */
	missingStreams: string[];
	/** The group itself does not exist. */
	groupMissing: boolean;
}

/** ResourceNotFoundException, and whether it is about the group (rather than a stream). */
function notFound(error: unknown): {group: boolean} | null {
	if (!(error instanceof Error) || error.name !== 'ResourceNotFoundException') return null;
	// "The specified log group does not exist." / "The specified log stream does not exist."
	return {group: /log group/iu.test(error.message)};
}

/**
 * FilterLogEvents on many streams of one group, 100 a call. One stream that does not exist fails
 * its whole call (ResourceNotFoundException): that call's streams are split in halves and read
 * again until the missing ones are found, so k missing streams among n cost about 2·k·log₂(n)
 * more calls, and the others' lines are read all the same.
 */
export async function readLogStreams(client: LogsClient, read: StreamsRead): Promise<LogStreamsResult> {
	const result: LogStreamsResult = {events: [], cut: false, missingStreams: [], groupMissing: false};
	async function readPart(streams: readonly string[]): Promise<void> {
		try {
			const part = await filterLogEvents(client, {...read, streams});
			result.events.push(...part.events);
			result.cut ||= part.cut;
		} catch (error) {
			const missing = notFound(error);
			if (missing === null) throw error;
			if (missing.group) {
				result.groupMissing = true;
			} else if (streams.length === 1) {
				result.missingStreams.push(...streams);
			} else {
				const half = Math.ceil(streams.length / 2);
				// One after the other: FilterLogEvents' quota is a few calls a second for the whole account.
				await readPart(streams.slice(0, half));
				if (!result.groupMissing) await readPart(streams.slice(half));
			}
		}
	}

	for (const streams of chunk(read.streams, MAX_STREAMS_PER_CALL)) {
		if (result.groupMissing) break;
		await readPart(streams);
	}

	if (result.groupMissing) return {events: [], cut: false, missingStreams: [], groupMissing: true};
	result.events.sort((a, b) => a.timestamp - b.timestamp);
	return result;
}
