import {lastArnSegment} from './arn.js';
import type {TaskColumnId} from './column-names.js';
import {formatLaunch} from './format.js';
import {ipSortKey} from './ip-address.js';
import {calmKey, compareCalm, compareStrings, instantMs} from './sort-tasks.js';
import {targetSortKey} from './targets/target-cell.js';
import type {TaskRow} from './task-row.js';

/** `--sort COLUMN[:desc]`: the column the rows are ordered by, and which way. */
export interface TaskSort {
	column: TaskColumnId;
	descending: boolean;
}

/** A sort key, compared item by item (same-position items always have the same type); null is missing. */
type Key = ReadonlyArray<string | number> | null;

const text = (value: string | null): Key => (value === null || value === '' ? null : [value]);
const time = (iso: string | null): Key => {
	const ms = instantMs(iso);
	return ms === null ? null : [ms];
};

/** ECS's lifecycle, in order; statuses ECS adds later sort after these, by name. */
const LIFECYCLE = ['PROVISIONING', 'PENDING', 'ACTIVATING', 'RUNNING', 'DEACTIVATING', 'STOPPING', 'DEPROVISIONING', 'STOPPED', 'DELETED'];

function statusKey(row: TaskRow): Key {
	if (row.lastStatus === null) return null;
	const rank = LIFECYCLE.indexOf(row.lastStatus);
	// RUNNING→STOPPED is further along than RUNNING.
	const leaving = row.desiredStatus === 'STOPPED' && row.lastStatus !== 'STOPPED' ? 1 : 0;
	return [rank === -1 ? LIFECYCLE.length : rank, row.lastStatus, leaving];
}

/** IPv4 before IPv6, each by value; text that is no address after both, by text. */
function ipKey(value: string | null): Key {
	if (value === null || value === '') return null;
	const address = ipSortKey(value);
	return address === null ? [7, value] : address;
}

const KEYS: Readonly<Record<TaskColumnId, (row: TaskRow) => Key>> = {
	'task': row => [row.taskId],
	'service': row => text(row.service),
	'rev': row => (row.family === null ? text(row.taskDefinition) : [row.family, row.revision ?? Number.MAX_SAFE_INTEGER]),
	'status': statusKey,
	'health': row => text(row.healthStatus),
	'target': targetSortKey,
	'az': row => text(row.availabilityZone),
	'eni': row => text(row.eniId),
	'ip': row => ipKey(row.privateIpv4),
	'launch': row => text(formatLaunch(row)),
	// Youngest first, as ages go up: the later the creation, the smaller the age.
	'age': (row) => {
		const key = time(row.createdAt ?? row.startedAt);
		return key === null ? null : [-key[0]!];
	},
	'task-arn': row => [row.taskArn],
	'cluster': row => text(row.clusterArn === null ? null : lastArnSegment(row.clusterArn)),
	'ipv6': row => ipKey(row.ipv6),
	'subnet': row => text(row.subnetId),
	'host-ports': (row) => {
		const ports = row.hostPorts.flatMap(port => (port.hostPort === null ? [] : [port.hostPort]));
		return ports.length === 0 ? null : [Math.min(...ports)];
	},
	'created': row => time(row.createdAt),
	'started': row => time(row.startedAt),
	'stopped-reason': row => text(row.stoppedReason),
};

function compareKeys(a: NonNullable<Key>, b: NonNullable<Key>): number {
	for (let index = 0; index < Math.min(a.length, b.length); index++) {
		const x = a[index]!;
		const y = b[index]!;
		const order = typeof x === 'number' && typeof y === 'number' ? Math.sign(x - y) : compareStrings(String(x), String(y));
		if (order !== 0) return order;
	}

	return a.length - b.length;
}

/**
 * The rows ordered by one column: IPs by value (10.0.2.9 before 10.0.10.1, IPv4 before IPv6),
 * ages and times by time, revisions by family then number, status along ECS's lifecycle
 * (PROVISIONING … RUNNING … STOPPED), load-balancer targets worst first (unhealthy … healthy),
 * text by code unit. Missing values come last either way.
 * Rows equal in that column keep the calm order of {@link sortTasks} (stopped last, service,
 * creation time, task ARN), so they never swap between refreshes; `descending` reverses only
 * the column's order, not the ties'. Without a sort, the calm order. Returns a new array.
 */
export function sortTasksBy(rows: readonly TaskRow[], sort: TaskSort | undefined): TaskRow[] {
	if (sort === undefined) return rows.map(calmKey).sort(compareCalm).map(key => key.row);
	const keyOf = KEYS[sort.column];
	const direction = sort.descending ? -1 : 1;
	const keyed = rows.map(row => ({calm: calmKey(row), key: keyOf(row)}));
	keyed.sort((a, b) => {
		if (a.key === null || b.key === null) {
			if (a.key !== b.key) return a.key === null ? 1 : -1;
		} else {
			const order = compareKeys(a.key, b.key);
			if (order !== 0) return order * direction;
		}

		return compareCalm(a.calm, b.calm);
	});
	return keyed.map(entry => entry.calm.row);
}
