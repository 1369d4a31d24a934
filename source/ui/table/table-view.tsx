import {Box, Text} from 'ink';
import {MISSING} from '../../model/format.js';
import {fitToWidth} from '../../model/text-width.js';
import type {Theme} from '../theme.js';
import {TABLE_GAP, TABLE_MARKER, type TableColumn} from './table-columns.js';

export interface TableViewProps<R> {
	columns: ReadonlyArray<TableColumn<R>>;
	rows: ReadonlyArray<{key: string; row: R}>;
	cursor: number;
	scrollOffset: number;
	/** Rows that fit below the titles. */
	viewport: number;
	now: number;
	theme: Theme;
	emptyText: string;
}

const GAP = ' '.repeat(TABLE_GAP);

/** A list screen's table: column titles, then the window of rows, the selected one marked `>`. */
export function TableView<R>({columns, rows, cursor, scrollOffset, viewport, now, theme, emptyText}: TableViewProps<R>) {
	const titles = columns.map(column => fitToWidth(column.title, column.width, column.align)).join(GAP);
	const shown = rows.slice(scrollOffset, scrollOffset + viewport);
	return (
		<Box flexDirection="column" flexGrow={1}>
			<Text wrap="truncate" {...theme.title}>{' '.repeat(TABLE_MARKER)}{titles}</Text>
			{shown.length === 0 && <Text wrap="truncate" {...theme.muted}>{' '.repeat(TABLE_MARKER)}{emptyText}</Text>}
			{shown.map(({key, row}, index) => {
				const selected = scrollOffset + index === cursor;
				return (
					<Text key={key} wrap="truncate" {...(selected ? theme.selected : {})}>
						{selected ? '> ' : '  '}
						{columns.map((column, at) => {
							const text = column.cell(row, now);
							const tone = text === null ? 'muted' : column.tone?.(row);
							return (
								<Text key={column.title} {...(tone === undefined ? {} : theme[tone])}>
									{at === 0 ? '' : GAP}{fitToWidth(text ?? MISSING, column.width, column.align)}
								</Text>
							);
						})}
					</Text>
				);
			})}
		</Box>
	);
}
