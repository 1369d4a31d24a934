import {gridColumnIds, taskColumn, type TaskColumnId} from '../model/column-names.js';
import {MISSING} from '../model/format.js';
import type {TaskRow} from '../model/task-row.js';
import {renderTextTable} from './text-table.js';

/**
 * `--output table`: the grid's columns (TARGET when some task's load-balancer targets were read),
 * or `fields` (from `--columns`), as aligned plain text with no colour, for a pipe or a log: full task ids, but a value wider than 60 columns is cut with `…`
 * (except in the last column; json and csv keep every value whole). Missing values are `-`.
 */
export function formatTable(rows: readonly TaskRow[], nowMs: number, fields: readonly TaskColumnId[] = gridColumnIds(rows)): string {
	const columns = fields.map(taskColumn);
	const cells = rows.map((row) => columns.map((column) => column.text(row, nowMs) ?? MISSING));
	return renderTextTable(columns, cells);
}
