import {formatClock, shortTaskId} from '../../../model/format.js';
import {displayWidth, fitToWidth} from '../../../model/text-width.js';
import type {LogLine} from '../../../model/logs/log-line.js';
import {sanitize} from '../../../model/sanitize.js';
import type {Part} from '../../styled-text.js';
import type {Tone} from '../../theme.js';
import {cutText, matchRanges, messageText, wrapMessage} from './log-text.js';

/** A row of the logs screen's body, drawn as it is. */
export interface BodyRow {
	key: string;
	parts: Part[];
}

/** What goes before each message: which columns, and whether a search marks lines. */
export interface LinePrefix {
	timestamps: boolean;
	/** The short task id (service scopes). */
	task: boolean;
	/** The container name's column width, when several containers are read; 0 for none. */
	containerWidth: number;
	/** A search is active: a two-column gutter marks matching lines (`*`) and the current one (`>`), colour or not. */
	gutter: boolean;
}

export function prefixWidth(prefix: LinePrefix): number {
	return (prefix.gutter ? 2 : 0) + (prefix.timestamps ? 9 : 0) + (prefix.task ? 9 : 0) + (prefix.containerWidth > 0 ? prefix.containerWidth + 1 : 0);
}

const wrapped = new WeakMap<LogLine, {width: number; rows: string[]}>();

/** A line's message as rows of `width` columns (remembered per line for the last width). */
export function wrappedRows(line: LogLine, width: number): string[] {
	const known = wrapped.get(line);
	if (known?.width === width) return known.rows;
	const rows = wrapMessage(messageText(line), width);
	wrapped.set(line, {width, rows});
	return rows;
}

/** Text with the pattern's matches in the `selected` tone (inverse). */
export function highlighted(text: string, pattern: RegExp | null, tone?: Tone): Part[] {
	const parts: Part[] = [];
	let at = 0;
	for (const [start, end] of matchRanges(text, pattern)) {
		if (start > at) parts.push({text: text.slice(at, start), ...(tone === undefined ? {} : {tone})});
		parts.push({text: text.slice(start, end), tone: 'selected'});
		at = end;
	}

	if (at < text.length || parts.length === 0) parts.push({text: text.slice(at), ...(tone === undefined ? {} : {tone})});
	return parts;
}

export interface LineMarks {
	match: boolean;
	current: boolean;
}

/** The rows of one log line: its prefix, then its message cut at the width, or wrapped under the prefix. */
export function lineRows(line: LogLine, prefix: LinePrefix, width: number, wrap: boolean, pattern: RegExp | null, marks: LineMarks): BodyRow[] {
	const head: Part[] = [];
	if (prefix.gutter) head.push({text: marks.current ? '> ' : (marks.match ? '* ' : '  '), tone: 'warning'});
	if (prefix.timestamps) head.push({text: `${formatClock(line.timestamp)} `, tone: 'muted'});
	if (prefix.task) head.push({text: `${fitToWidth(shortTaskId(line.taskId), 8)} `, tone: 'key'});
	if (prefix.containerWidth > 0) head.push({text: `${fitToWidth(sanitize(line.container), prefix.containerWidth)} `, tone: 'muted'});
	const room = Math.max(1, width - prefixWidth(prefix));
	if (!wrap) return [{key: line.id, parts: [...head, ...highlighted(cutText(messageText(line), room), pattern)]}];
	const indent = ' '.repeat(Math.max(0, width - room));
	return wrappedRows(line, room).map((row, index) => ({
		key: `${line.id}:${index}`,
		parts: [...(index === 0 ? head : [{text: indent}]), ...highlighted(row, pattern)],
	}));
}

/** How many rows a line takes: one when cut, its wrapped rows otherwise. */
export function rowCount(line: LogLine, prefix: LinePrefix, width: number, wrap: boolean): number {
	return wrap ? wrappedRows(line, Math.max(1, width - prefixWidth(prefix))).length : 1;
}

/** The container column's width: the longest container name read, within reason. */
export function containerColumn(containers: readonly string[]): number {
	if (containers.length < 2) return 0;
	return Math.min(16, Math.max(...containers.map(name => displayWidth(sanitize(name)))));
}
