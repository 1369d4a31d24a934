import type {TaskColumnId} from '../model/column-names.js';
import type {TaskRow} from '../model/task-row.js';
import {formatCsv} from './format-csv.js';
import {formatJson} from './format-json.js';
import {formatIds, formatIps} from './format-lines.js';
import {formatTable} from './format-table.js';
import type {OutputFormat} from './output-format.js';

export interface TaskOutput {
	output: OutputFormat;
	/** `--columns`, for table and csv; json, ids and ips ignore them. */
	columns: readonly TaskColumnId[] | undefined;
	/** When ages are measured from. */
	nowMs: number;
}

/** A snapshot's tasks, in their order, as `--output` asks. */
export function formatTasks(rows: readonly TaskRow[], {output, columns, nowMs}: TaskOutput): string {
	switch (output) {
		case 'table': return formatTable(rows, nowMs, columns);
		case 'csv': return formatCsv(rows, columns === undefined ? undefined : {fields: columns, nowMs});
		case 'json': return formatJson(rows);
		case 'ids': return formatIds(rows);
		case 'ips': return formatIps(rows);
	}
}
