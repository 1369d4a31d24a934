import {formatClock, shortTaskId} from '../../../model/format.js';
import type {LogLine} from '../../../model/logs/log-line.js';
import type {LogSourceState} from '../../../model/logs/log-source.js';
import {sanitize} from '../../../model/sanitize.js';
import type {LogsData} from '../../../watch/screen-data.js';
import {activeFilter} from '../../list/list-state.js';
import {memoLast} from '../../memo-last.js';
import type {BodySize, ScreenInput} from '../../stack/screen-logic.js';
import {containerColumn, lineRows, rowCount, type BodyRow, type LinePrefix} from './log-rows.js';
import {matchingLines, searchPattern} from './log-text.js';
import {containerChoices, readSources, whyLines, type ContainerChoice} from './log-why.js';
import {logWindow, type LogWindow} from './log-window.js';
import type {LogsParams, LogsState} from './logs-request.js';

/** Everything the logs screen derives for drawing and for its keys. */
export interface LogsFrame extends LogWindow {
	lines: readonly LogLine[];
	/** Lines let go at the old end to bound the memory. */
	dropped: number;
	indexOf(id: string): number | undefined;
	/** Rows each line takes (1, or its wrapped rows), for paging. */
	rowsOf(index: number): number;
	/** Rows for log lines. */
	room: number;
	following: boolean;
	/** Lines after the newest line when following stopped. */
	newLines: number;
	/** Lines matching the search (being typed, or kept), oldest first. */
	matches: readonly number[];
	/** The current match's position in `matches`; null when none is current. */
	current: number | null;
	choices: readonly ContainerChoice[];
	/** The container read now (the picker's mark), when known. */
	container: string | null;
	/** Everything the body draws, top to bottom: picker, why-lines, log rows, the marker. */
	rows: readonly BodyRow[];
}

type Input = ScreenInput<LogsParams, LogsState, LogsData>;

const NO_LINES: readonly LogLine[] = [];
const NO_SOURCES: readonly LogSourceState[] = [];
/** Why-lines shown above the lines at most; the rest are counted. */
const MAX_WHY = 3;

const indexMapOf = memoLast((lines: readonly LogLine[]) => new Map(lines.map((line, index) => [line.id, index])));
const patternOf = memoLast(searchPattern);
const matchesOf = memoLast(matchingLines);
const readOf = memoLast((sources: readonly LogSourceState[], container: string | null) => readSources(sources, {container}));
const whyOf = memoLast(whyLines);
const choicesOf = memoLast(containerChoices);
const containersOf = memoLast((read: readonly LogSourceState[]) => [...new Set(read.filter(state => state.source.kind === 'cloudwatch').map(state => state.source.container))]);

/** The position of `value` in the ascending `sorted`, or -1. */
function positionOf(sorted: readonly number[], value: number): number {
	let low = 0;
	let high = sorted.length - 1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		if (sorted[middle] === value) return middle;
		if (sorted[middle]! < value) low = middle + 1;
		else high = middle - 1;
	}

	return -1;
}

/** The task of a task scope, when it has stopped: no line will come after the last. */
function stoppedTask(params: LogsParams, data: LogsData | null): string | null {
	const {target} = params.scope;
	if (target.kind !== 'task' || data === null) return null;
	const status = data.tasks.find(task => task.taskArn === target.taskArn)?.lastStatus ?? null;
	return status === 'STOPPED' ? target.taskId : null;
}

function pickerRows(choices: readonly ContainerChoice[], cursor: number, current: string | null, limit: number): BodyRow[] {
	const rows: BodyRow[] = [{key: '*picker*', parts: [{text: 'containers', tone: 'title'}, {text: '  ↑↓ move · Enter reads · Esc closes', tone: 'muted'}]}];
	const first = Math.min(Math.max(0, cursor - limit + 1), Math.max(0, choices.length - limit));
	for (const [offset, choice] of choices.slice(first, first + limit).entries()) {
		const index = first + offset;
		rows.push({key: `*picker:${index}*`, parts: [
			{text: `${index === cursor ? '>' : ' '} ${sanitize(choice.name)}`, ...(index === cursor ? {tone: 'selected' as const} : {})},
			{text: choice.name === current ? '  (reading)' : '', tone: 'muted'},
			...(choice.why === null ? [] : [{text: `  ${choice.why}`, tone: 'warning' as const}]),
		]});
	}

	return rows;
}

/** The container the scope reads: the one named, or the only one its sources read; null when unknown or several. */
export function containerRead(params: LogsParams, data: LogsData | null): string | null {
	const containers = containersOf(readOf(data?.sources ?? NO_SOURCES, params.scope.container));
	return params.scope.container ?? (containers.length === 1 ? containers[0]! : null);
}

/** The line (counted from the first ever read, dropped ones too) at the top of a held view. */
export function pausedLine(state: LogsState, data: LogsData | null): number | null {
	if (state.pause === null) return null;
	return (data?.dropped ?? 0) + (indexMapOf(data?.lines ?? NO_LINES).get(state.pause.topId) ?? 0) + 1;
}

function derive(params: LogsParams, state: LogsState, data: LogsData | null, width: number, height: number): LogsFrame {
	const lines = data?.lines ?? NO_LINES;
	const indexMap = indexMapOf(lines);
	const indexOf = (id: string) => indexMap.get(id);
	const service = params.scope.target.kind === 'service';
	const read = readOf(data?.sources ?? NO_SOURCES, params.scope.container);
	const containers = containersOf(read);
	const container = containerRead(params, data);
	const choices = choicesOf(data?.sources ?? NO_SOURCES);
	const pattern = patternOf(activeFilter(state.search));
	const matches = matchesOf(lines, pattern);
	const currentLine = state.matchId === null ? undefined : indexOf(state.matchId);
	const position = currentLine === undefined ? -1 : positionOf(matches, currentLine);

	const rows: BodyRow[] = [];
	if (state.picker !== null) rows.push(...pickerRows(choices, state.picker, container, Math.max(1, height - 3)));
	const why = whyOf(read, service);
	for (const text of why.slice(0, MAX_WHY)) rows.push({key: `*why:${text}*`, parts: [{text, tone: 'warning'}]});
	if (why.length > MAX_WHY) rows.push({key: '*why-more*', parts: [{text: `and ${why.length - MAX_WHY} more sources that cannot be read`, tone: 'warning'}]});

	const following = state.pause === null;
	const newest = state.pause?.newestId ?? null;
	const newestIndex = newest === null ? undefined : indexOf(newest);
	const newLines = following ? 0 : lines.length - 1 - (newestIndex ?? -1);
	const stopped = stoppedTask(params, data);
	let marker: BodyRow | null = null;
	if (newLines > 0) marker = {key: '*new*', parts: [{text: `↓ ${newLines.toLocaleString('en-US')} new ${newLines === 1 ? 'line' : 'lines'} · G follows`, tone: 'warning'}]};
	else if (following && stopped !== null) marker = {key: '*stopped*', parts: [{text: `■ task ${shortTaskId(stopped)} STOPPED: no more lines will come`, tone: 'stopped'}]};

	const room = Math.max(1, height - rows.length - (marker === null ? 0 : 1));
	const prefix: LinePrefix = {timestamps: state.timestamps, task: service, containerWidth: containerColumn(containers), gutter: pattern !== null};
	const rowsOf = (index: number) => rowCount(lines[index]!, prefix, width, state.wrap);
	const window = logWindow(lines.length, rowsOf, room, state.pause === null ? null : (indexOf(state.pause.topId) ?? 0));

	if (data === null) rows.push({key: '*reading*', parts: [{text: 'Reading the logs…', tone: 'muted'}]});
	else if (lines.length === 0 && read.some(state => state.status.kind === 'reading' && state.source.kind === 'cloudwatch')) {
		rows.push({key: '*none*', parts: [{text: `No log lines since ${formatClock(data.since)} yet: new ones appear here as they come.`, tone: 'muted'}]});
	} else if (lines.length === 0 && read.length === 0) {
		rows.push({key: '*no-source*', parts: [{text: 'No container to read logs from yet.', tone: 'muted'}]});
	}

	const logRows: BodyRow[] = [];
	for (let index = window.top; index <= window.bottom && logRows.length < room + window.skip; index++) {
		const match = pattern !== null && positionOf(matches, index) !== -1;
		logRows.push(...lineRows(lines[index]!, prefix, width, state.wrap, pattern, {match, current: index === currentLine && match}));
	}

	rows.push(...logRows.slice(window.skip, window.skip + room));
	if (marker !== null) rows.push(marker);
	return {
		...window, lines, dropped: data?.dropped ?? 0, indexOf, rowsOf, room, following, newLines, matches,
		current: position === -1 ? null : position, choices, container, rows,
	};
}

const memoised = memoLast(derive);

/** The logs screen's frame; the same object again while nothing it reads changed. */
export function logsFrame({params, state, snapshot}: Input, body: BodySize): LogsFrame {
	return memoised(params, state, snapshot.data, body.width, body.height);
}
