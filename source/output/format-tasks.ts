import type {TaskColumnId} from '../model/column-names.js';
import type {TaskRow} from '../model/task-row.js';
import type {OutputFormat} from './output-format.js';

export interface TaskOutput {
	/** `--columns`, for table and csv; json, ids and ips ignore them. */
	columns: readonly TaskColumnId[] | undefined;
	/** When ages are measured from. */
	nowMs: number;
}

/** A snapshot's tasks, in their order, in one `--output` format. */
export type FormatTasks = (rows: readonly TaskRow[], output: TaskOutput) => string;

/**
 * The formatter of one `--output` format, loading only its own code: JSON, ids and ips measure no
 * text, so a snapshot printed in them never loads string-width (tens of milliseconds at start-up).
 */
export async function loadTaskFormatter(output: OutputFormat): Promise<FormatTasks> {
	switch (output) {
		case 'table': {
			const {formatTable} = await import('./format-table.js');
			return (rows, {columns, nowMs}) => formatTable(rows, nowMs, columns);
		}

		case 'csv': {
			const {formatCsv} = await import('./format-csv.js');
			return (rows, {columns, nowMs}) => formatCsv(rows, columns === undefined ? undefined : {fields: columns, nowMs});
		}

		case 'json': return (await import('./format-json.js')).formatJson;
		case 'ids': return (await import('./format-lines.js')).formatIds;
		case 'ips': return (await import('./format-lines.js')).formatIps;
	}
}
