import {sanitize} from '../model/sanitize.js';
import type {TaskRow} from '../model/task-row.js';

const lines = (values: readonly string[]) => values.map((value) => `${sanitize(value)}\n`).join('');

/** `--output ids`: each task's id on a line of its own, for xargs. Nothing at all for no tasks. */
export function formatIds(rows: readonly TaskRow[]): string {
	return lines(rows.map((row) => row.taskId));
}

/**
 * `--output ips`: the tasks' private IPv4 addresses, one a line, each once (a stopped task's
 * address may be a running one's again); tasks without one (bridge mode, not yet attached) are
 * left out.
 */
export function formatIps(rows: readonly TaskRow[]): string {
	const ips = new Set<string>();
	for (const row of rows) {
		if (row.privateIpv4 !== null && row.privateIpv4 !== '') ips.add(row.privateIpv4);
	}

	return lines([...ips]);
}
