import type {LogLine} from './log-line.js';

/** Lines a logs tail keeps: at 200 bytes a line, about a megabyte. */
export const DEFAULT_LOG_CAPACITY = 5000;
/** Longest message kept whole; CloudWatch takes events of up to 1 MB, which no screen needs. */
export const MAX_MESSAGE_LENGTH = 8192;

/** The lines of a tail, oldest first, and how many older ones were let go to stay within the bound. */
export interface LogRing {
	lines: readonly LogLine[];
	dropped: number;
}

export const EMPTY_LOG_RING: LogRing = Object.freeze({lines: Object.freeze([]) as readonly LogLine[], dropped: 0});

/**
 * `message` cut to at most `max` characters, the cut part replaced by a visible `…[+N chars]`
 * (the marker counts within `max`, so cutting again changes nothing). Never splits a surrogate pair.
 */
/** What stands for the cut part: ` … 91,808 more characters cut`. */
const marker = (cut: number) => ` … ${cut.toLocaleString('en-US')} more characters cut`;

export function cutMessage(message: string, max = MAX_MESSAGE_LENGTH): {message: string; cut: number} {
	if (message.length <= max) return {message, cut: 0};
	// The marker's own length depends on the count it shows: at most two tries settle it.
	let keep = max - marker(message.length).length;
	const code = message.charCodeAt(keep - 1);
	if (code >= 0xD8_00 && code <= 0xDB_FF) keep--;
	keep = Math.max(0, keep);
	const cut = message.length - keep;
	return {message: `${message.slice(0, keep)}${marker(cut)}`, cut};
}

function compareTime(a: LogLine, b: LogLine): number {
	return a.timestamp - b.timestamp;
}

/**
 * Merges lines of several streams, each already in time order, into one time-ordered list.
 * Stable: equal timestamps keep the order of `streams`, then their order within a stream.
 */
export function mergeByTime(streams: ReadonlyArray<readonly LogLine[]>): LogLine[] {
	const tagged = streams.flatMap((lines) => lines);
	// Array.prototype.sort is stable (ES2019): a concatenation sorted by time is the stable merge.
	return tagged.sort(compareTime);
}

/**
 * `ring` with `lines` added in time order (a late line CloudWatch ingested after newer ones goes
 * where its timestamp says; equal timestamps keep arrival order), each message cut to
 * `maxMessageLength`, then the oldest let go beyond `capacity` and counted in `dropped`.
 */
export function appendLines(
	ring: LogRing,
	lines: readonly LogLine[],
	options: {capacity?: number; maxMessageLength?: number} = {},
): LogRing {
	if (lines.length === 0) return ring;
	const capacity = options.capacity ?? DEFAULT_LOG_CAPACITY;
	const added = mergeByTime([lines]).map((line) => boundLine(line, options.maxMessageLength));
	// Most new lines are newer than every kept one: only the kept tail they overlap is re-sorted.
	const first = added[0]!.timestamp;
	let split = ring.lines.length;
	while (split > 0 && ring.lines[split - 1]!.timestamp > first) split--;
	const merged = [...ring.lines.slice(0, split), ...mergeByTime([ring.lines.slice(split), added])];
	const overflow = Math.max(0, merged.length - capacity);
	return Object.freeze({lines: Object.freeze(overflow === 0 ? merged : merged.slice(overflow)), dropped: ring.dropped + overflow});
}

function boundLine(line: LogLine, max: number | undefined): LogLine {
	const {message, cut} = cutMessage(line.message, max);
	return cut === 0 ? line : {...line, message};
}
