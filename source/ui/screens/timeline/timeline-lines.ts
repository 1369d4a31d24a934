import {clean, formatAge, formatClock} from '../../../model/format.js';
import {sanitize} from '../../../model/sanitize.js';
import type {TimelineEntry, TimelineTone} from '../../../model/task-diff-types.js';
import {TIMELINE_CAP} from '../../../watch/session-timeline.js';
import type {TableColumn} from '../../table/table-columns.js';
import type {Tone} from '../../theme.js';
import {entryOrigin} from './timeline-filter.js';

/** A line of the timeline screen: an entry, or the note at the old end that the cap dropped some. */
export type TimelineLine =
	| {kind: 'entry'; entry: TimelineEntry}
	| {kind: 'dropped'; count: number};

export const DROPPED_KEY = '*dropped*';

/** The entries, newest first, then the dropped note when the session's cap has cut old entries. */
export function timelineLines(entries: readonly TimelineEntry[], dropped: number): TimelineLine[] {
	const lines: TimelineLine[] = entries.map(entry => ({kind: 'entry', entry}));
	if (dropped > 0) lines.push({kind: 'dropped', count: dropped});
	return lines;
}

export function timelineLineKey(line: TimelineLine): string {
	return line.kind === 'entry' ? line.entry.id : DROPPED_KEY;
}

/** `1,234 older entries dropped (the newest 10,000 are kept)`. */
export function droppedText(count: number): string {
	return `${count.toLocaleString('en-US')} older ${count === 1 ? 'entry' : 'entries'} dropped (the newest ${TIMELINE_CAP.toLocaleString('en-US')} are kept)`;
}

const TONES: Readonly<Record<TimelineTone, Tone | undefined>> = {info: undefined, good: 'good', bad: 'bad', warning: 'warning'};
const ofEntry = (cell: (entry: TimelineEntry, now: number) => string | null) =>
	(line: TimelineLine, now: number) => (line.kind === 'entry' ? cell(line.entry, now) : '');

/** The timeline's columns: when (clock time and age), which service, from where, and what happened. */
export const TIMELINE_COLUMNS: ReadonlyArray<TableColumn<TimelineLine>> = [
	{title: 'TIME', width: 8, cell: ofEntry(entry => formatClock(entry.at)), tone: () => 'muted'},
	{title: 'AGE', width: 4, align: 'right', cell: ofEntry((entry, now) => formatAge(now - entry.at)), tone: () => 'muted'},
	{title: 'SERVICE', width: 14, drop: 2, cell: ofEntry(entry => clean(entry.service))},
	{title: 'FROM', width: 4, drop: 1, cell: ofEntry(entryOrigin), tone: () => 'muted'},
	{
		title: 'WHAT', width: 24, flex: true,
		cell: line => (line.kind === 'entry' ? sanitize(line.entry.text) : droppedText(line.count)),
		tone: line => (line.kind === 'entry' ? TONES[line.entry.tone] : 'warning'),
	},
];
