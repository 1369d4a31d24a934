import {clean, formatAge} from '../format.js';
import type {TaskRow} from '../task-row.js';
import {shortReason} from './target-group-name.js';
import type {TaskTarget} from './task-target.js';
import {targetStateRank, worstTarget} from './worst-target.js';

/**
 * What the TARGET column says of a task:
 * - `none`: no load balancer (or its targets were not read): `-`;
 * - `unregistered`: its service has target groups but the task is in none of them (not yet
 *   registered, or already deregistered);
 * - `target`: the worst of its targets (see worst-target.ts), with the draining time left.
 */
export type TargetCell =
	| {kind: 'none'}
	| {kind: 'unregistered'}
	| {kind: 'target'; target: TaskTarget; /** ms until the deregistration delay ends; null when not draining or unknown. */ drainingLeftMs: number | null};

const NONE: TargetCell = {kind: 'none'};
const UNREGISTERED: TargetCell = {kind: 'unregistered'};

function isDraining(state: string): boolean {
	return state === 'draining' || state === 'unhealthy.draining';
}

/** Time left at `nowMs` of a draining target's deregistration delay (0 once past); null when not draining or unknown. */
export function drainingLeftMs(target: TaskTarget, nowMs: number): number | null {
	const ends = target.drainingEndsAt === null || !isDraining(target.state) ? Number.NaN : Date.parse(target.drainingEndsAt);
	return Number.isNaN(ends) ? null : Math.max(0, ends - nowMs);
}

/** The task's TARGET cell at `nowMs`. */
export function targetCell(row: Pick<TaskRow, 'targets'>, nowMs: number): TargetCell {
	if (row.targets === undefined) return NONE;
	const target = worstTarget(row.targets);
	if (target === null) return UNREGISTERED;
	return {kind: 'target', target, drainingLeftMs: drainingLeftMs(target, nowMs)};
}

/**
 * A target's state as one short phrase, sanitised: `healthy`, `unhealthy (ResponseCodeMismatch)`,
 * `initial`, `draining 4m` (`draining` when the end is unknown), `draining 4m (unhealthy)` for
 * ELB's `unhealthy.draining`, `unused`, `unavailable`, or a state ELB added later as it is.
 */
export function targetStateText(target: TaskTarget, drainingLeftMs: number | null): string {
	const draining = drainingLeftMs === null ? 'draining' : `draining ${formatAge(drainingLeftMs)}`;
	const reason = clean(target.reason === null ? null : shortReason(target.reason));
	switch (target.state) {
		case 'unhealthy': return reason === null ? 'unhealthy' : `unhealthy (${reason})`;
		case 'draining': return draining;
		case 'unhealthy.draining': return `${draining} (unhealthy)`;
		default: return clean(target.state) ?? 'unknown';
	}
}

/** The TARGET cell's text; null for `-` (no load balancer). */
export function targetCellText(cell: TargetCell): string | null {
	switch (cell.kind) {
		case 'none': return null;
		case 'unregistered': return 'unregistered';
		case 'target': return targetStateText(cell.target, cell.drainingLeftMs);
	}
}

/**
 * What `target:` matches (raw, the filter sanitises): the state the cell shows, each part of a
 * dotted one (`unhealthy.draining` is found by `target:draining` too), and the reason with and
 * without `Target.`; `unregistered`; nothing for no load balancer.
 */
export function targetFilterValues(row: Pick<TaskRow, 'targets'>): string[] {
	const cell = targetCell(row, 0);
	if (cell.kind === 'none') return [];
	if (cell.kind === 'unregistered') return ['unregistered'];
	const {state, reason} = cell.target;
	const parts = state.includes('.') ? state.split('.') : [];
	return [state, ...parts, ...(reason === null ? [] : [reason, shortReason(reason)])];
}

/**
 * The TARGET column's sort key: worst first (unhealthy … healthy), unregistered just after `unused`,
 * draining ones by when they end; null (sorted last) for no load balancer.
 */
export function targetSortKey(row: Pick<TaskRow, 'targets'>): [number, number] | null {
	const cell = targetCell(row, 0);
	if (cell.kind === 'none') return null;
	if (cell.kind === 'unregistered') return [targetStateRank('unused') + 0.25, 0];
	const ends = cell.target.drainingEndsAt === null ? Number.NaN : Date.parse(cell.target.drainingEndsAt);
	return [targetStateRank(cell.target.state), Number.isNaN(ends) ? Number.MAX_SAFE_INTEGER : ends];
}
