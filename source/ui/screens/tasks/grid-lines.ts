import {groupByRevision, type RevisionGroup} from '../../../model/revision-groups.js';
import {sanitize} from '../../../model/sanitize.js';
import type {TaskRow} from '../../../model/task-row.js';

/** Grid line keys of group headers start with this (task ARNs start with `arn:`). */
const HEADER_KEY_PREFIX = 'group:';

/** One line of the grid body: a task, or (when grouped) the header of a revision group. */
export type GridLine =
	| {kind: 'task'; key: string; row: TaskRow}
	| {kind: 'group'; key: string; group: RevisionGroup};

/** The grid's lines: the rows as they are, or grouped by revision (newest first) under headers. */
export function gridLines(rows: readonly TaskRow[], grouped: boolean): GridLine[] {
	if (!grouped) return rows.map(row => ({kind: 'task', key: row.taskArn, row}));
	const lines: GridLine[] = [];
	for (const group of groupByRevision(rows)) {
		lines.push({kind: 'group', key: `${HEADER_KEY_PREFIX}${group.taskDefinition ?? ''}`, group});
		for (const row of group.tasks) lines.push({kind: 'task', key: row.taskArn, row});
	}

	return lines;
}

/** A group header: `web:42  running 3  healthy 2  unhealthy 0  pending 2  stopped 0  a:2 b:2 c:1`. */
export function groupHeaderText(group: RevisionGroup): string {
	const {counts} = group;
	const parts = [
		group.taskDefinition === null ? '(no task definition)' : sanitize(group.taskDefinition),
		`running ${counts.running}`,
		`healthy ${counts.healthy}`,
		`unhealthy ${counts.unhealthy}`,
		`pending ${counts.pending}`,
		...(counts.stopping > 0 ? [`stopping ${counts.stopping}`] : []),
		`stopped ${counts.stopped}`,
	];
	if (group.azSpread !== '') parts.push(group.azSpread);
	return parts.join('  ');
}
