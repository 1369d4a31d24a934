import wrapAnsi from 'wrap-ansi';
import {displayWidth, truncateToWidth} from '../../../model/text-width.js';
import type {LogLine} from '../../../model/logs/log-line.js';
import {cutMessage} from '../../../model/logs/log-ring.js';
import {logMessageText} from '../../../model/logs/log-text.js';

const shown = new WeakMap<LogLine, string>();

/**
 * A message as the screen shows and searches it: at most the ring's bound of it (saying how much
 * more was cut; lines read through the tail are cut already), made terminal-safe by
 * logMessageText. Computed once per line.
 */
export function messageText(line: LogLine): string {
	const known = shown.get(line);
	if (known !== undefined) return known;
	const text = logMessageText(cutMessage(line.message).message);
	shown.set(line, text);
	return text;
}

// The characters with a meaning in a regular expression (in `u` mode nothing else may be escaped).
const SPECIAL = /[\\^$.*+?()[\]{}|/]/gu;

/**
 * The search for a typed text: the text itself, not a pattern; ignoring case unless it has a
 * capital letter (smart case, as in less and vim). Null for an empty search.
 */
export function searchPattern(text: string): RegExp | null {
	const query = text.trim();
	if (query === '') return null;
	return new RegExp(query.replace(SPECIAL, '\\$&'), query === query.toLowerCase() ? 'giu' : 'gu');
}

/** The indices of the lines whose shown message matches, oldest first. */
export function matchingLines(lines: readonly LogLine[], pattern: RegExp | null): number[] {
	if (pattern === null) return [];
	const test = new RegExp(pattern.source, pattern.flags.replace('g', ''));
	const found: number[] = [];
	for (const [index, line] of lines.entries()) {
		if (test.test(messageText(line))) found.push(index);
	}

	return found;
}

/** Where `pattern` matches in `text`, as [start, end) ranges. */
export function matchRanges(text: string, pattern: RegExp | null): Array<[number, number]> {
	if (pattern === null) return [];
	return [...text.matchAll(pattern)].map(match => [match.index, match.index + match[0].length]);
}

/** A message cut to `width` columns, ending in `…` when cut. */
export function cutText(text: string, width: number): string {
	return truncateToWidth(text, Math.max(1, width));
}

/**
 * A message as rows of at most `width` columns, broken at spaces where it can; its leading
 * indentation (a stack trace's) repeated on every row, up to half the width.
 */
export function wrapMessage(text: string, width: number): string[] {
	const room = Math.max(1, width);
	const indent = /^ */u.exec(text)![0].slice(0, Math.floor(room / 2));
	const rest = text.slice(indent.length);
	const rows = wrapAnsi(rest, Math.max(1, room - indent.length), {hard: true}).split('\n');
	return rows.map(row => indent + row).filter((row, index) => index === 0 || displayWidth(row) > indent.length);
}
