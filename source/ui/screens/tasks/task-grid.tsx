import {Box, Text} from 'ink';
import {memo} from 'react';
import {MARKER_WIDTH, type Column} from '../../../model/columns.js';
import {fitToWidth} from '../../../model/text-width.js';
import {HIGHLIGHT_MS, isHighlighted} from '../../../model/change-marks.js';
import type {ChangeMark} from '../../../model/task-diff-types.js';
import type {GridLine} from './grid-lines.js';
import {GAP_TEXT, TaskLine} from './task-line.js';
import type {Theme} from '../../theme.js';

export interface TaskGridProps {
	/** The grid's lines (sorted, filtered, maybe grouped); only the window on screen is rendered. */
	lines: readonly GridLine[];
	columns: readonly Column[];
	cursor: number;
	scrollOffset: number;
	/** Lines that fit below the column titles. */
	viewport: number;
	/** Epoch ms the ages are computed at (the time of the data). */
	nowMs: number;
	/** Recent changes by task ARN, highlighted until they are {@link HIGHLIGHT_MS} old at `highlightNow`. */
	marks: ReadonlyMap<string, ChangeMark>;
	highlightNow: number;
	theme: Theme;
	/** Shown instead of rows when there are none. */
	emptyText: string;
	sortMark: SortMark | null;
}

/** Which column is sorted, and the glyph after its title. */
export interface SortMark {
	column: string;
	glyph: string;
}

/** The column titles: dropped columns are already gone from `columns`. Not drawn again for a key press. */
const TitleLine = memo(function TitleLine({columns, theme, sortColumn, sortGlyph}: {columns: readonly Column[]; theme: Theme; sortColumn: string | null; sortGlyph: string}) {
	const title = (column: Column) => (sortColumn === column.id ? `${column.title}${sortGlyph}` : column.title);
	const titles = columns.map(column => fitToWidth(title(column), column.width, column.align)).join(GAP_TEXT);
	return <Text wrap="truncate" {...theme.title}>{' '.repeat(MARKER_WIDTH)}{titles}</Text>;
});

/** The task table: column titles, then the window of lines from `scrollOffset`. */
export function TaskGrid({lines, columns, cursor, scrollOffset, viewport, nowMs, marks, highlightNow, theme, emptyText, sortMark}: TaskGridProps) {
	const window = lines.slice(scrollOffset, scrollOffset + viewport);
	return (
		<Box flexDirection="column" flexGrow={1}>
			<TitleLine columns={columns} theme={theme} sortColumn={sortMark?.column ?? null} sortGlyph={sortMark?.glyph ?? ''} />
			{window.length === 0 && <Text wrap="truncate" {...theme.muted}>{' '.repeat(MARKER_WIDTH)}{emptyText}</Text>}
			{window.map((line, index) => {
				if (line.kind === 'group') {
					return <Text key={line.key} wrap="truncate" {...theme.title}>{' '.repeat(MARKER_WIDTH)}{line.text}</Text>;
				}

				const mark = marks.get(line.key);
				return (
					<TaskLine
						key={line.key}
						row={line.row}
						columns={columns}
						selected={scrollOffset + index === cursor}
						mark={mark !== undefined && isHighlighted(mark, highlightNow, HIGHLIGHT_MS) ? mark : null}
						nowMs={nowMs}
						theme={theme}
					/>
				);
			})}
		</Box>
	);
}
