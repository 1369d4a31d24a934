import {clean, formatHostPorts, formatLaunch, formatStatus, shortTaskId, taskAge} from './format.js';
import {targetCell, targetCellText} from './targets/target-cell.js';
import type {TaskRow} from './task-row.js';

export type ColumnId = 'task' | 'service' | 'rev' | 'status' | 'health' | 'target' | 'az' | 'eni' | 'ip' | 'launch' | 'age';

export interface Column {
	id: ColumnId;
	title: string;
	width: number;
	align: 'left' | 'right';
}

interface ColumnSpec {
	id: ColumnId;
	title: string;
	min: number;
	/** Width it grows to when there is room; equal to min for fixed-width columns. */
	ideal: number;
	align: 'left' | 'right';
}

/** All columns, in display order. */
const SPECS: readonly ColumnSpec[] = [
	{id: 'task', title: 'TASK', min: 8, ideal: 8, align: 'left'},
	{id: 'service', title: 'SERVICE', min: 8, ideal: 20, align: 'left'},
	{id: 'rev', title: 'REV', min: 6, ideal: 16, align: 'left'},
	{id: 'status', title: 'STATUS', min: 10, ideal: 24, align: 'left'},
	{id: 'health', title: 'HEALTH', min: 9, ideal: 9, align: 'left'},
	// `draining 59m` whole; grows to show the reason of `unhealthy (ResponseCodeMismatch)`.
	{id: 'target', title: 'TARGET', min: 12, ideal: 32, align: 'left'},
	{id: 'az', title: 'AZ', min: 10, ideal: 13, align: 'left'},
	{id: 'eni', title: 'ENI', min: 21, ideal: 21, align: 'left'},
	{id: 'ip', title: 'PRIVATE IP', min: 15, ideal: 15, align: 'left'},
	{id: 'launch', title: 'LAUNCH', min: 12, ideal: 12, align: 'left'},
	{id: 'age', title: 'AGE', min: 4, ideal: 4, align: 'right'},
];

/** The grid's columns in display order, with their headers: shared with the snapshot output. */
export const GRID_COLUMNS: ReadonlyArray<Pick<Column, 'id' | 'title' | 'align'>> = SPECS.map(({id, title, align}) => ({id, title, align}));

/**
 * The order in which columns are dropped when the terminal is too narrow: LAUNCH first, then REV,
 * AZ, AGE, ENI, HEALTH, TARGET and SERVICE. TASK, STATUS and PRIVATE IP are never dropped.
 * TARGET outlasts ENI and HEALTH: during a rollout behind a load balancer, whether a task takes
 * traffic is the question, the ENI id is rarely read (PRIVATE IP stays), and a service behind a
 * load balancer often has no container health check (HEALTH then says UNKNOWN) or one that the
 * target's state already reflects.
 */
export const DROP_ORDER: readonly ColumnId[] = ['launch', 'rev', 'az', 'age', 'eni', 'health', 'target', 'service'];

/**
 * Flexible columns take spare room in these steps, each up to a width (at most the ideal): STATUS
 * first to 20 (`DEACTIVATING→STOPPED`, as a draining task reads), then TARGET to show the reason of
 * `unhealthy (ResponseCodeMismatch)`, then STATUS to its ideal and the others.
 */
const GROW_STEPS: ReadonlyArray<readonly [ColumnId, number]> = [['status', 20], ['target', 32], ['status', 24], ['service', 20], ['az', 13], ['rev', 16]];

/** Columns that share what is left once every column has its ideal width. */
const STRETCH: readonly ColumnId[] = ['status', 'service', 'rev'];

/** Width of the row marker (`> ` on the selected row) that precedes the cells. */
export const MARKER_WIDTH = 2;

/** Columns are separated by one space. */
export const GAP = 1;

function usedWidth(widths: ReadonlyMap<ColumnId, number>): number {
	let sum = MARKER_WIDTH;
	for (const width of widths.values()) sum += width;
	return sum + GAP * Math.max(0, widths.size - 1);
}

/** What the grid holds that decides its columns. */
export interface LayoutContent {
	/**
	 * Some task's service is behind a load balancer: the grid has a TARGET column. Without one it
	 * would be a column of `-`, so a grid without load balancing keeps the room for the others.
	 */
	loadBalanced: boolean;
}

/**
 * The columns that fit in `width` terminal columns (60 and up; narrower keeps the core three),
 * with their widths. Columns are dropped in {@link DROP_ORDER}; spare room widens the flexible ones.
 * The total never exceeds `width` when `width` is 60 or more.
 */
export function layoutColumns(width: number, content: LayoutContent = {loadBalanced: false}): Column[] {
	const specs = content.loadBalanced ? SPECS : SPECS.filter(spec => spec.id !== 'target');
	const widths = new Map<ColumnId, number>(specs.map(spec => [spec.id, spec.min]));
	for (const id of DROP_ORDER) {
		if (usedWidth(widths) <= width) break;
		widths.delete(id);
	}

	let spare = width - usedWidth(widths);
	for (const [id, upTo] of GROW_STEPS) {
		const current = widths.get(id);
		const spec = SPECS.find(s => s.id === id);
		if (current === undefined || spec === undefined || spare <= 0) continue;
		const grow = Math.max(0, Math.min(spare, Math.min(upTo, spec.ideal) - current));
		widths.set(id, current + grow);
		spare -= grow;
	}

	const stretch = STRETCH.filter(id => widths.has(id));
	for (let i = 0; spare > 0 && stretch.length > 0; i++, spare--) {
		const id = stretch[i % stretch.length]!;
		widths.set(id, (widths.get(id) ?? 0) + 1);
	}

	return specs.filter(spec => widths.has(spec.id)).map(spec => ({
		id: spec.id,
		title: spec.title,
		width: widths.get(spec.id) ?? spec.min,
		align: spec.align,
	}));
}

/**
 * The sanitised text of one cell, or null when the value is missing (shown as a dim `-`).
 * Tasks without an ENI (bridge/host network mode) show their host ports in the ENI column.
 */
export function cellText(row: TaskRow, id: ColumnId, nowMs: number): string | null {
	switch (id) {
		case 'task': return shortTaskId(row.taskId);
		case 'service': return clean(row.service);
		case 'rev': return clean(row.taskDefinition);
		case 'status': return formatStatus(row);
		case 'health': return clean(row.healthStatus);
		case 'target': return targetCellText(targetCell(row, nowMs));
		case 'az': return clean(row.availabilityZone);
		case 'eni': return clean(row.eniId) ?? formatHostPorts(row.hostPorts);
		case 'ip': return clean(row.privateIpv4);
		case 'launch': return formatLaunch(row);
		case 'age': return taskAge(row, nowMs);
	}
}
