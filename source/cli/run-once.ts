import {formatCsv} from '../output/format-csv.js';
import {formatJson} from '../output/format-json.js';
import {formatTable} from '../output/format-table.js';
import {sortTasks} from '../model/sort-tasks.js';
import type {TaskRow} from '../model/task-row.js';
import type {OutputFormat} from './parse-command-line.js';
import type {OpenTarget} from './open-target.js';

/** Fetches one snapshot and renders it in the chosen format. Rejects on any API error. */
export async function snapshotText(target: OpenTarget, output: OutputFormat, now: () => number = Date.now): Promise<string> {
	const {tasks} = await target.fetch(new AbortController().signal);
	return render(sortTasks(tasks), output, now());
}

function render(rows: readonly TaskRow[], output: OutputFormat, nowMs: number): string {
	switch (output) {
		case 'json': return formatJson(rows);
		case 'csv': return formatCsv(rows);
		case 'table': return formatTable(rows, nowMs);
	}
}
