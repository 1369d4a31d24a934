import {scanTerms} from './filter/filter-grammar.js';
import {matchesFilter} from './filter/filter-match.js';
import type {Filter} from './filter/filter-types.js';
import {TASK_FIELDS} from './filter/task-filter.js';
import {statusGroup} from './status-group.js';
import type {TaskRow} from './task-row.js';

export interface FilterOptions {
	/**
	 * The filter (see filter/task-filter.ts for its grammar): its text, or what parseTaskFilter
	 * made of it. Text with an error narrows by the terms before the error, so a half-typed
	 * `web status:` still shows web's tasks; to show the error and keep the last valid filter
	 * instead, parse the text and pass the filter.
	 */
	query: string | Filter<TaskRow>;
	/** Drop tasks whose status group is `stopped` (tasks still stopping stay). */
	hideStopped: boolean;
}

/**
 * The rows a user asked for, in their original order. Plain words must each occur in one of the
 * task's id, ARN, service, task definition, statuses, health, AZ, ENI, IPs, subnet, DNS name,
 * launch type, capacity provider, container names or host ports; `field:value` narrows one field;
 * `!` negates. So `10.0.4.128` finds its task and `web !health:healthy` web's other tasks.
 */
export function filterTasks(rows: readonly TaskRow[], options: FilterOptions): TaskRow[] {
	const filter = typeof options.query === 'string' ? {terms: scanTerms(TASK_FIELDS, options.query).terms} : options.query;
	return rows.filter(row => (!options.hideStopped || statusGroup(row) !== 'stopped') && matchesFilter(TASK_FIELDS, filter, row));
}
