import {lastArnSegment} from './arn.js';
import {cellText, GRID_COLUMNS, type ColumnId} from './columns.js';
import {clean, formatHostPorts} from './format.js';
import {sanitize} from './sanitize.js';
import type {TaskRow} from './task-row.js';

/** A column of the snapshot output: the grid's columns, then fields only scripts need. */
export type TaskColumnId = ColumnId | 'task-arn' | 'cluster' | 'ipv6' | 'subnet' | 'host-ports' | 'created' | 'started' | 'stopped-reason';

export interface TaskColumn {
	id: TaskColumnId;
	/** What `--columns` and `--sort` call it: the header in lower case, `-` for spaces. */
	name: string;
	/** The table's header. */
	title: string;
	align: 'left' | 'right';
	/** The table cell, sanitised; null for a missing value (`-`). */
	text: (row: TaskRow, nowMs: number) => string | null;
	/** The CSV cell where it differs from the table's: raw data rather than what the grid shows. */
	csv?: (row: TaskRow) => string | null;
}

type Extra = Omit<TaskColumn, 'name' | 'align'>;

const EXTRAS: readonly Extra[] = [
	{id: 'task-arn', title: 'TASK ARN', text: row => sanitize(row.taskArn)},
	{id: 'cluster', title: 'CLUSTER', text: row => clean(row.clusterArn === null ? null : lastArnSegment(row.clusterArn))},
	{id: 'ipv6', title: 'IPV6', text: row => clean(row.ipv6)},
	{id: 'subnet', title: 'SUBNET', text: row => clean(row.subnetId)},
	{
		id: 'host-ports', title: 'HOST PORTS', text: row => formatHostPorts(row.hostPorts),
		// As the default CSV's hostPorts: ASCII, space-separated.
		csv: row => (row.hostPorts.length === 0 ? null : row.hostPorts.map(port => `${port.containerPort ?? ''}->${port.hostPort ?? ''}/${port.protocol ?? ''}`).join(' ')),
	},
	{id: 'created', title: 'CREATED', text: row => clean(row.createdAt)},
	{id: 'started', title: 'STARTED', text: row => clean(row.startedAt)},
	{id: 'stopped-reason', title: 'STOPPED REASON', text: row => clean(row.stoppedReason)},
];

const nameOf = (title: string) => title.toLowerCase().replaceAll(' ', '-');

/**
 * Every column a snapshot can show, in this order: the grid's (task, service, rev, status, health,
 * target, az, eni, private-ip, launch, age), then task-arn, cluster, ipv6, subnet, host-ports, created,
 * started, stopped-reason. The table shows the full task id in `task`; in CSV, `eni` is the ENI id
 * alone (the grid shows a bridge-mode task's host ports there) and `host-ports` is `80->32768/tcp`.
 */
export const TASK_COLUMNS: readonly TaskColumn[] = [
	...GRID_COLUMNS.map((column): TaskColumn => ({
		...column,
		name: nameOf(column.title),
		text: column.id === 'task' ? row => sanitize(row.taskId) : (row, nowMs) => cellText(row, column.id, nowMs),
		...(column.id === 'eni' ? {csv: (row: TaskRow) => clean(row.eniId)} : {}),
	})),
	...EXTRAS.map((extra): TaskColumn => ({...extra, align: 'left', name: nameOf(extra.title)})),
];

/** The grid's columns: what `--output table` shows without `--columns` (TARGET only with load balancing). */
export const GRID_COLUMN_IDS: readonly TaskColumnId[] = GRID_COLUMNS.map(column => column.id);

const GRID_COLUMN_IDS_WITHOUT_TARGET = GRID_COLUMN_IDS.filter(id => id !== 'target');

/** The grid's columns for these tasks: TARGET only when some task's targets were read, as in the grid. */
export function gridColumnIds(rows: ReadonlyArray<Pick<TaskRow, 'targets'>>): readonly TaskColumnId[] {
	return rows.some(row => row.targets !== undefined) ? GRID_COLUMN_IDS : GRID_COLUMN_IDS_WITHOUT_TARGET;
}

const BY_NAME = new Map(TASK_COLUMNS.map(column => [column.name, column]));
const BY_ID = new Map(TASK_COLUMNS.map(column => [column.id, column]));

/** The column `--columns` or `--sort` names, or undefined for a name that is not one. */
export function columnNamed(name: string): TaskColumn | undefined {
	return BY_NAME.get(name);
}

export function taskColumn(id: TaskColumnId): TaskColumn {
	const column = BY_ID.get(id);
	if (column === undefined) throw new Error(`no task column ${id}`);
	return column;
}
