import {createFetchWatchData} from '../ecs/fetch-watch-data.js';
import {sortTasks} from '../model/sort-tasks.js';
import type {TaskRow} from '../model/task-row.js';
import {formatCsv} from '../output/format-csv.js';
import {formatJson} from '../output/format-json.js';
import {formatTable} from '../output/format-table.js';
import type {OpenTarget} from './open-target.js';
import type {OutputFormat} from './parse-command-line.js';

export interface SnapshotScope {
	cluster: string;
	services: readonly string[];
}

/** Fetches one snapshot of the scope's tasks and renders it in the chosen format. Rejects on any API error. */
export async function snapshotText(target: OpenTarget, scope: SnapshotScope, output: OutputFormat): Promise<string> {
	const fetch = createFetchWatchData(target.client, {cluster: scope.cluster, ...(scope.services.length > 0 ? {services: scope.services} : {})});
	const {tasks} = await fetch(new AbortController().signal);
	return render(sortTasks(tasks), output, target.now());
}

function render(rows: readonly TaskRow[], output: OutputFormat, nowMs: number): string {
	switch (output) {
		case 'json': return formatJson(rows);
		case 'csv': return formatCsv(rows);
		case 'table': return formatTable(rows, nowMs);
	}
}
