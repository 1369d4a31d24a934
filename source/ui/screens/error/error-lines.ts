import {formatClock} from '../../../model/format.js';
import {sanitize} from '../../../model/sanitize.js';
import type {SourceSnapshot, WatchData} from '../../../watch/snapshot.js';
import {wrapText} from '../../wrap-text.js';
import type {ErrorParams} from './error-request.js';

/** One line of the error screen: a heading or text. */
export interface ErrorLine {
	kind: 'heading' | 'text' | 'good';
	text: string;
}

const INDENT = '  ';

function section(title: string, text: string, width: number): ErrorLine[] {
	// Messages keep their own line breaks (sanitize would show them as ⏎): each is wrapped alone.
	const paragraphs = text.split(/\r?\n/u).map(line => sanitize(line)).filter(line => line.trim() !== '');
	return [
		{kind: 'heading', text: title},
		...paragraphs.flatMap(paragraph => wrapText(paragraph, Math.max(10, width - INDENT.length)).map(line => ({kind: 'text' as const, text: INDENT + line}))),
	];
}

/** What the poller is doing now: still failing, or recovered since the error was opened. */
function nowLines(snapshot: SourceSnapshot<{fetchedAt: number}>): ErrorLine[] {
	// A task watch's polls succeed while the services alone cannot be read.
	const servicesUnread = (snapshot.data as Partial<WatchData> | null)?.servicesUnavailable !== undefined;
	if (snapshot.error === null && snapshot.data !== null && servicesUnread) {
		return [{kind: 'heading', text: 'Now'}, {kind: 'text', text: `${INDENT}the tasks are read (last at ${formatClock(snapshot.data.fetchedAt)}); the services still are not`}];
	}

	if (snapshot.error === null && snapshot.data !== null) {
		return [{kind: 'heading', text: 'Now'}, {kind: 'good', text: `${INDENT}recovered: the last poll succeeded at ${formatClock(snapshot.data.fetchedAt)}`}];
	}

	const since = snapshot.staleSince === null ? '' : ` since ${formatClock(snapshot.staleSince)}`;
	const failures = snapshot.consecutiveFailures;
	return [{kind: 'heading', text: 'Now'}, {kind: 'text', text: `${INDENT}failing${since}: ${failures} ${failures === 1 ? 'poll' : 'polls'} in a row`}];
}

/** The error in words, its name, its whole message wrapped to `width`, and how things stand now. */
export function errorLines(params: ErrorParams, snapshot: SourceSnapshot<{fetchedAt: number}>, width: number): ErrorLine[] {
	return [
		...section('What to do', params.sentence, width),
		...section('Error', params.error.name, width),
		...section('Message', params.error.message, width),
		...nowLines(snapshot),
	];
}
