import type {Json} from '../engine/world-api.js';
import {resolveGroup} from './group-reference.js';
import type {LogStream} from './log-stream.js';
import type {LogStore} from './log-store.js';
import {checkRange, invalidParameter} from './logs-errors.js';
import {decodeListToken, encodeListToken} from './list-token.js';
import {firstEvent, lastEvent} from './read-stream.js';

export interface DescribeLogStreamsInput {
	logGroupName?: string;
	logGroupIdentifier?: string;
	logStreamNamePrefix?: string;
	orderBy?: string;
	descending?: boolean;
	nextToken?: string;
	limit?: number;
}

const byName = (a: LogStream, b: LogStream) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

function describe(stream: LogStream, now: number): {[key: string]: Json} {
	const first = firstEvent(stream, now);
	const last = lastEvent(stream, now);
	const record: {[key: string]: Json} = {logStreamName: stream.name, creationTime: stream.createdAt};
	if (first && last) {
		record['firstEventTimestamp'] = first.timestamp;
		record['lastEventTimestamp'] = last.timestamp;
		record['lastIngestionTime'] = last.ingestionTime;
		record['uploadSequenceToken'] = `4960${String(stream.seed).padStart(10, '0')}${String(last.timestamp).padStart(16, '0')}`.padEnd(56, '0');
	}

	record['arn'] = stream.arn;
	record['storedBytes'] = 0;
	return record;
}

/**
 * DescribeLogStreams (API_DescribeLogStreams): a group's streams by name (ASCII order, optionally
 * a prefix) or by last event time, ascending or descending, up to `limit` (50 at most) a page.
 * A prefix cannot go with LastEventTime ordering.
 */
export function describeLogStreams(store: LogStore, input: DescribeLogStreamsInput, now: number): {[key: string]: Json} {
	const orderBy = input.orderBy ?? 'LogStreamName';
	if (orderBy !== 'LogStreamName' && orderBy !== 'LastEventTime') {
		throw invalidParameter(`1 validation error detected: Value '${orderBy}' at 'orderBy' failed to satisfy constraint: Member must satisfy enum value set: [LogStreamName, LastEventTime]`);
	}

	checkRange('limit', input.limit, 1, 50);
	if (orderBy === 'LastEventTime' && input.logStreamNamePrefix !== undefined) {
		throw invalidParameter('Cannot order by LastEventTime with a logStreamNamePrefix.');
	}

	const group = resolveGroup(store, input);
	const prefix = input.logStreamNamePrefix ?? '';
	const kind = `streams:${group.name}:${orderBy}:${input.descending === true}:${prefix}`;
	const limit = input.limit ?? 50;
	let streams = [...group.streams.values()].filter(s => s.name.startsWith(prefix));
	if (orderBy === 'LogStreamName') {
		streams.sort(byName);
		if (input.descending) streams.reverse();
		const afterName = input.nextToken === undefined ? undefined : decodeListToken(kind, input.nextToken);
		if (typeof afterName === 'string') streams = streams.filter(s => (input.descending ? s.name < afterName : s.name > afterName));
		const pageStreams = streams.slice(0, limit);
		const more = streams.length > limit;
		return {
			logStreams: pageStreams.map(s => describe(s, now)),
			...(more ? {nextToken: encodeListToken(kind, pageStreams.at(-1)!.name)} : {}),
		};
	}

	// By last event time: streams without events yet count as oldest; ties by name.
	const keyed = streams.map(s => ({stream: s, last: lastEvent(s, now)?.timestamp ?? 0}));
	keyed.sort((a, b) => a.last - b.last || byName(a.stream, b.stream));
	if (input.descending) keyed.reverse();
	const offset = input.nextToken === undefined ? 0 : decodeListToken(kind, input.nextToken);
	const start = typeof offset === 'number' ? offset : 0;
	const pageStreams = keyed.slice(start, start + limit);
	return {
		logStreams: pageStreams.map(k => describe(k.stream, now)),
		...(start + limit < keyed.length ? {nextToken: encodeListToken(kind, start + limit)} : {}),
	};
}
