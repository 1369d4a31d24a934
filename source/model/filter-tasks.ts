import {statusGroup} from './status-group.js';
import type {TaskRow} from './task-row.js';

export interface FilterOptions {
	/** Free text; whitespace-separated terms must all match (AND), case-insensitively. */
	query: string;
	/** Drop tasks whose status group is `stopped` (tasks still stopping stay). */
	hideStopped: boolean;
}

// Terms are split on whitespace, so they can never span this separator: no match across fields.
const SEPARATOR = '\n';

/**
 * The rows a user asked for, in their original order. Each term of the query must occur in at
 * least one of: task id and ARN, service, task definition, last/desired/health status,
 * availability zone, ENI id, private IPv4, IPv6, subnet, private DNS name, launch type,
 * capacity provider, container names, host ports. So `10.0.4.128` finds its task and
 * `web unhealthy` narrows to the unhealthy tasks of `web`.
 */
export function filterTasks(rows: readonly TaskRow[], options: FilterOptions): TaskRow[] {
	const terms = options.query.toLowerCase().split(/\s+/u).filter(term => term.length > 0);
	const result: TaskRow[] = [];
	for (const row of rows) {
		if (options.hideStopped && statusGroup(row) === 'stopped') {
			continue;
		}

		if (terms.length > 0) {
			const haystack = searchText(row);
			if (!terms.every(term => haystack.includes(term))) {
				continue;
			}
		}

		result.push(row);
	}

	return result;
}

// Built once per row, not on every key typed into the filter (5,000 rows per key press).
const searchTexts = new WeakMap<TaskRow, string>();

function searchText(row: TaskRow): string {
	let text = searchTexts.get(row);
	if (text === undefined) {
		text = buildSearchText(row);
		searchTexts.set(row, text);
	}

	return text;
}

function buildSearchText(row: TaskRow): string {
	const parts: Array<string | null> = [
		row.taskId,
		row.taskArn,
		row.service,
		row.taskDefinition,
		row.lastStatus,
		row.desiredStatus,
		row.healthStatus,
		row.availabilityZone,
		row.eniId,
		row.privateIpv4,
		row.ipv6,
		row.subnetId,
		row.privateDnsName,
		row.launchType,
		row.capacityProviderName,
	];
	for (const container of row.containers) {
		parts.push(container.name);
	}

	for (const port of row.hostPorts) {
		parts.push(port.hostPort === null ? null : String(port.hostPort));
	}

	return parts.filter(part => part !== null).join(SEPARATOR).toLowerCase();
}
