import {cellText, layoutColumns} from '../model/columns.js';
import {displayWidth, MISSING} from '../model/format.js';
import {sanitize} from '../model/sanitize.js';
import type {TaskRow} from '../model/task-row.js';

/** Wide enough for every column of the grid to be laid out. */
const ALL_COLUMNS_WIDTH = 1000;

/**
 * `--output table`: the grid's columns as aligned plain text with no colour and no truncation
 * (full task ids), for a pipe or a log. Missing values are `-`.
 */
export function formatTable(rows: readonly TaskRow[], nowMs: number): string {
	const columns = layoutColumns(ALL_COLUMNS_WIDTH);
	const cells = rows.map((row) =>
		columns.map((column) => (column.id === 'task' ? sanitize(row.taskId) : cellText(row, column.id, nowMs)) ?? MISSING),
	);
	const widths = columns.map((column, index) =>
		Math.max(displayWidth(column.title), ...cells.map((line) => displayWidth(line[index] ?? ''))),
	);
	const render = (line: readonly string[]) =>
		line
			.map((text, index) => {
				const pad = ' '.repeat(Math.max(0, (widths[index] ?? 0) - displayWidth(text)));
				return columns[index]?.align === 'right' ? pad + text : text + pad;
			})
			.join('  ')
			.trimEnd();
	return [columns.map((column) => column.title), ...cells].map(render).join('\n') + '\n';
}
