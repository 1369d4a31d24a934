import {Box, Text} from 'ink';
import {MISSING} from '../../../model/format.js';
import {sanitize} from '../../../model/sanitize.js';
import {hyperlink} from '../../terminal/osc52.js';
import type {DetailLine} from './detail-lines.js';
import type {Theme} from '../../theme.js';

export interface TaskDetailProps {
	/** The task's id, for the title (kept while the task is gone from the data). */
	taskId: string;
	/** The task's lines, or null when the task is no longer reported. */
	lines: readonly DetailLine[] | null;
	scroll: number;
	/** Lines available, including the title. */
	height: number;
	theme: Theme;
	/** The terminal shows OSC 8 links: a link line shows a short text that opens its URL. */
	hyperlinks: boolean;
}

const LABEL_WIDTH = 22;

function Line({line, theme, hyperlinks}: {line: DetailLine; theme: Theme; hyperlinks: boolean}) {
	if (line.kind === 'section') return <Text wrap="truncate" {...theme.title}>{line.text}</Text>;
	const label = `${' '.repeat(line.indent ?? 0)}${line.label}`.padEnd(LABEL_WIDTH);
	// Link values are URLs we built from a validated ARN (model/console-url.ts): safe to put in OSC 8.
	const value = line.value !== null && line.link === true && hyperlinks ? hyperlink(LINK_TEXT, line.value) : line.value;
	return (
		<Text wrap="truncate">
			<Text {...theme.muted}>{label} </Text>
			{value === null
				? <Text {...theme.muted}>{MISSING}</Text>
				: <Text {...(line.tone === undefined ? (line.link === true ? theme.key : {}) : theme[line.tone])}>{value}</Text>}
		</Text>
	);
}

const LINK_TEXT = 'open in the AWS console (o copies the URL)';

/** Every field of one task, scrollable. Lines are keyed by position: they are a fixed layout. */
export function TaskDetail({taskId, lines, scroll, height, theme, hyperlinks}: TaskDetailProps) {
	const room = Math.max(1, height - 1);
	const title = `Task ${sanitize(taskId)}`;
	if (lines === null) {
		return (
			<Box flexDirection="column" height={height}>
				<Text wrap="truncate" {...theme.title}>{title}</Text>
				<Text wrap="truncate" {...theme.warning}>This task is no longer reported by ECS. Esc goes back.</Text>
			</Box>
		);
	}

	const shown = lines.slice(scroll, scroll + room);
	const range = `lines ${lines.length === 0 ? 0 : scroll + 1}–${scroll + shown.length} of ${lines.length}`;
	return (
		<Box flexDirection="column" height={height}>
			<Text wrap="truncate"><Text {...theme.title}>{title}</Text><Text {...theme.muted}>  {range}</Text></Text>
			{shown.map((line, index) => <Line key={scroll + index} line={line} theme={theme} hyperlinks={hyperlinks} />)}
		</Box>
	);
}

/** How far the detail can scroll for a given height. */
export function maxDetailScroll(lineCount: number, height: number): number {
	return Math.max(0, lineCount - Math.max(1, height - 1));
}
