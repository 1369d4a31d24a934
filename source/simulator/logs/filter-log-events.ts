import type {Json} from '../engine/world-api.js';
import {compileFilterPattern} from './filter-pattern.js';
import {resolveGroup} from './group-reference.js';
import type {LogStream, StoredEvent} from './log-stream.js';
import type {LogStore} from './log-store.js';
import {checkRange, checkStreamName, checkTimes, invalidNextToken, invalidParameter, streamNotFound} from './logs-errors.js';
import {maxPageEvents, PageBudget} from './read-stream.js';

export interface FilterLogEventsInput {
	logGroupName?: string;
	logGroupIdentifier?: string;
	logStreamNames?: string[];
	logStreamNamePrefix?: string;
	startTime?: number;
	endTime?: number;
	filterPattern?: string;
	nextToken?: string;
	limit?: number;
	startFromHead?: boolean;
	interleaved?: boolean;
}

/** Events one call looks at before it answers with what it found (a partial or empty page and a nextToken), as the real search does. */
export const scanBudget = 200_000;

interface Keyed extends StoredEvent {
	stream: LogStream;
}

/** A place in the group's merged order (timestamp, stream name, index): a page resumes strictly after it (before it, newest first). */
interface Mark {
	t: number;
	n: string;
	i: number;
}

const compare = (a: Mark, b: Mark) => a.t - b.t || (a.n < b.n ? -1 : a.n > b.n ? 1 : 0) || a.i - b.i;
const markOf = (event: Keyed): Mark => ({t: event.timestamp, n: event.stream.name, i: event.index});

interface TokenBody {
	g: string;
	d: 'f' | 'b';
	m: Mark;
}

const encodeToken = (body: TokenBody) => Buffer.from(JSON.stringify(body)).toString('base64url');

function decodeToken(token: string, group: string): TokenBody {
	try {
		const body = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Partial<TokenBody>;
		if (body.g === group && (body.d === 'f' || body.d === 'b') && typeof body.m?.t === 'number' && typeof body.m.n === 'string' && typeof body.m.i === 'number') return body as TokenBody;
	} catch {
		// Any undecodable token is invalid.
	}

	throw invalidNextToken();
}

function chooseStreams(streams: Map<string, LogStream>, input: FilterLogEventsInput): LogStream[] {
	const {logStreamNames: names, logStreamNamePrefix: prefix} = input;
	if (names !== undefined && prefix !== undefined) throw invalidParameter('Cannot specify both logStreamNames and logStreamNamePrefix.');
	if (names !== undefined) {
		checkRange('logStreamNames', names.length, 1, 100);
		return names.map(name => {
			checkStreamName('logStreamNames', name);
			const stream = streams.get(name);
			if (!stream) throw streamNotFound();
			return stream;
		});
	}

	return [...streams.values()].filter(s => prefix === undefined || s.name.startsWith(prefix));
}

/**
 * FilterLogEvents (API_FilterLogEvents): the events of a group's streams (all, named ones, or those
 * with a prefix) in `[startTime, endTime]` matching the filter pattern, interleaved in time order
 * (oldest first, or newest first with `startFromHead: false`), up to `limit` and 1 MB a page. A
 * nextToken means there may be more; none means the search is done.
 */
export function filterLogEvents(store: LogStore, input: FilterLogEventsInput, now: number): {[key: string]: Json} {
	checkRange('limit', input.limit, 1, maxPageEvents);
	checkTimes(input.startTime, input.endTime);
	const group = resolveGroup(store, input);
	const streams = chooseStreams(group.streams, input);
	const matches = compileFilterPattern(input.filterPattern);
	const token = input.nextToken === undefined ? undefined : decodeToken(input.nextToken, group.name);
	const forward = token ? token.d === 'f' : input.startFromHead !== false;
	const startTime = input.startTime ?? 0;
	const endTime = input.endTime ?? Number.MAX_SAFE_INTEGER;

	const alive = streams.filter(s => s.lastSecond(now) >= Math.floor(startTime / 1000) && s.firstSecond() <= Math.floor(endTime / 1000));
	const firstSecond = Math.max(Math.floor(startTime / 1000), Math.min(...alive.map(s => s.firstSecond())));
	const lastSecond = Math.min(Math.floor(endTime / 1000), Math.max(...alive.map(s => s.lastSecond(now))));
	const budget = new PageBudget(input.limit ?? maxPageEvents);
	const found: Keyed[] = [];
	let scanned = 0;
	let second = forward ? Math.max(firstSecond, token ? Math.floor(token.m.t / 1000) : firstSecond) : Math.min(lastSecond, token ? Math.floor(token.m.t / 1000) : lastSecond);
	const done = () => (forward ? second > lastSecond : second < firstSecond);
	while (!done()) {
		const events: Keyed[] = [];
		for (const stream of alive) {
			if (second < stream.firstSecond() || second > stream.lastSecond(now)) continue;
			for (const event of stream.eventsOfSecond(second, now)) events.push({...event, stream});
		}

		events.sort((a, b) => compare(markOf(a), markOf(b)));
		if (!forward) events.reverse();
		for (const event of events) {
			scanned++;
			if (event.timestamp < startTime || event.timestamp > endTime) continue;
			if (token && (forward ? compare(markOf(event), token.m) <= 0 : compare(markOf(event), token.m) >= 0)) continue;
			if (!matches(event.message)) continue;
			if (!budget.take(event.message)) return page(found, {g: group.name, d: forward ? 'f' : 'b', m: markOf(found.at(-1)!)});
			found.push(event);
		}

		second += forward ? 1 : -1;
		if (scanned >= scanBudget && !done()) {
			// Resume at the next second: everything of this one has been looked at.
			const edge: Mark = forward ? {t: second * 1000 - 1, n: '\uffff', i: Number.MAX_SAFE_INTEGER} : {t: second * 1000 + 1000, n: '', i: -1};
			return page(found, {g: group.name, d: forward ? 'f' : 'b', m: edge});
		}
	}

	return page(found, undefined);
}

function page(events: Keyed[], next: TokenBody | undefined): {[key: string]: Json} {
	const out: {[key: string]: Json} = {
		events: events.map(e => ({
			logStreamName: e.stream.name,
			timestamp: e.timestamp,
			message: e.message,
			ingestionTime: e.ingestionTime,
			eventId: eventId(e),
		})),
		searchedLogStreams: [],
	};
	if (next) out['nextToken'] = encodeToken(next);
	return out;
}

/** A 56-digit id like CloudWatch's, unique in the group: the time, the stream's seed, the index in its second. */
export const eventId = (e: {timestamp: number; index: number; stream: {seed: number}}): string =>
	`${String(e.timestamp).padStart(16, '0')}${String(e.stream.seed).padStart(10, '0')}${String(e.index).padStart(8, '0')}`.padEnd(56, '0');
