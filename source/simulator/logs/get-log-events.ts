import type {Json} from '../engine/world-api.js';
import {resolveGroup} from './group-reference.js';
import type {LogStore} from './log-store.js';
import {checkRange, checkRequired, checkStreamName, checkTimes, invalidNextToken, streamNotFound} from './logs-errors.js';
import {maxPageEvents, readBackward, readForward, type Window} from './read-stream.js';
import {after, at, decodeStreamToken, encodeStreamToken, type StreamPosition} from './stream-position.js';

export interface GetLogEventsInput {
	logGroupName?: string;
	logGroupIdentifier?: string;
	logStreamName?: string;
	startTime?: number;
	endTime?: number;
	nextToken?: string;
	limit?: number;
	startFromHead?: boolean;
}

/**
 * GetLogEvents (API_GetLogEvents): one stream's events in `[startTime, endTime)`, up to `limit`
 * (10,000 at most) and 1 MB. Without a token, `startFromHead` picks the oldest events (true) or the
 * newest (false, the default); a token says its own direction. Both tokens always come back; once
 * nothing is left in a direction, the token given comes back unchanged, which is how the SDK's and
 * the CLI's paginators know to stop.
 */
export function getLogEvents(store: LogStore, input: GetLogEventsInput, now: number): {[key: string]: Json} {
	const streamName = checkRequired('logStreamName', input.logStreamName);
	checkStreamName('logStreamName', streamName);
	checkRange('limit', input.limit, 1, maxPageEvents);
	checkTimes(input.startTime, input.endTime);
	const group = resolveGroup(store, input);
	const stream = group.streams.get(streamName);
	if (!stream) throw streamNotFound();

	const window: Window = {startTime: input.startTime ?? 0, endTime: input.endTime ?? Number.MAX_SAFE_INTEGER};
	const limit = input.limit ?? maxPageEvents;
	const token = input.nextToken === undefined ? undefined : decodeStreamToken(input.nextToken, stream.seed);
	if (input.nextToken !== undefined && token === undefined) throw invalidNextToken();

	const forward = token ? token.direction === 'f' : input.startFromHead === true;
	const edge = (stream.lastSecond(now) + 1) * 1000;
	const position: StreamPosition = token?.position ?? (forward ? {timestamp: window.startTime, index: 0} : {timestamp: Math.min(window.endTime, edge), index: 0});
	const events = forward ? readForward(stream, position, window, limit, now) : readBackward(stream, position, window, limit, now);
	const first = events[0];
	const last = events.at(-1);
	const nextForwardToken = last ? encodeStreamToken('f', after(last), stream.seed) : token?.direction === 'f' ? input.nextToken! : encodeStreamToken('f', position, stream.seed);
	const nextBackwardToken = first ? encodeStreamToken('b', at(first), stream.seed) : token?.direction === 'b' ? input.nextToken! : encodeStreamToken('b', position, stream.seed);
	return {
		events: events.map(e => ({timestamp: e.timestamp, message: e.message, ingestionTime: e.ingestionTime})),
		nextForwardToken,
		nextBackwardToken,
	};
}
