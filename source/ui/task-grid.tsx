import {Box, Text} from 'ink';
import {memo} from 'react';
import {cellText, GAP, MARKER_WIDTH, type Column} from '../model/columns.js';
import {fitToWidth, MISSING} from '../model/format.js';
import {statusGroup} from '../model/status-group.js';
import type {TaskRow} from '../model/task-row.js';
import {healthTone, statusTone, type Theme, type Tone} from './theme.js';

export interface TaskGridProps {
	/** The visible rows (sorted and filtered); only the window on screen is rendered. */
	rows: readonly TaskRow[];
	columns: readonly Column[];
	cursor: number;
	scrollOffset: number;
	/** Rows that fit below the column titles. */
	viewport: number;
	/** Epoch ms the ages are computed at (the time of the data). */
	nowMs: number;
	theme: Theme;
	/** Shown instead of rows when there are none. */
	emptyText: string;
}

const GAP_TEXT = ' '.repeat(GAP);

function cellTone(row: TaskRow, column: Column): Tone | undefined {
	if (column.id === 'status') return statusTone(statusGroup(row));
	if (column.id === 'health') return healthTone(row.healthStatus);
	return undefined;
}

interface TaskLineProps {
	row: TaskRow;
	columns: readonly Column[];
	selected: boolean;
	nowMs: number;
	theme: Theme;
}

/** One task on one line: `> ` marks the selected row (visible without colour), which is also inverse. */
const TaskLine = memo(function TaskLine({row, columns, selected, nowMs, theme}: TaskLineProps) {
	const stopped = statusGroup(row) === 'stopped';
	const lineStyle = {...(stopped ? theme.stopped : {}), ...(selected ? theme.selected : {})};
	return (
		<Text wrap="truncate" {...lineStyle}>
			{selected ? '> ' : ' '.repeat(MARKER_WIDTH)}
			{columns.map((column, index) => {
				const text = cellText(row, column.id, nowMs);
				const gap = index === 0 ? '' : GAP_TEXT;
				if (text === null) {
					return <Text key={column.id}>{gap}<Text {...theme.muted}>{fitToWidth(MISSING, column.width, column.align)}</Text></Text>;
				}

				const tone = stopped ? undefined : cellTone(row, column);
				return (
					<Text key={column.id}>
						{gap}
						<Text {...(tone === undefined ? {} : theme[tone])}>{fitToWidth(text, column.width, column.align)}</Text>
					</Text>
				);
			})}
		</Text>
	);
});

/** The column titles: dropped columns are already gone from `columns`. */
function TitleLine({columns, theme}: {columns: readonly Column[]; theme: Theme}) {
	const titles = columns.map(column => fitToWidth(column.title, column.width, column.align)).join(GAP_TEXT);
	return <Text wrap="truncate" {...theme.title}>{' '.repeat(MARKER_WIDTH)}{titles}</Text>;
}

/** The task table: column titles, then the window of rows from `scrollOffset`. */
export function TaskGrid({rows, columns, cursor, scrollOffset, viewport, nowMs, theme, emptyText}: TaskGridProps) {
	const window = rows.slice(scrollOffset, scrollOffset + viewport);
	return (
		<Box flexDirection="column" flexGrow={1}>
			<TitleLine columns={columns} theme={theme} />
			{window.length === 0 && <Text wrap="truncate" {...theme.muted}>{' '.repeat(MARKER_WIDTH)}{emptyText}</Text>}
			{window.map((row, index) => (
				<TaskLine
					key={row.taskArn}
					row={row}
					columns={columns}
					selected={scrollOffset + index === cursor}
					nowMs={nowMs}
					theme={theme}
				/>
			))}
		</Box>
	);
}
