import {lastArnSegment} from '../../../model/arn.js';
import {clean, formatAge} from '../../../model/format.js';
import {firstLine, sanitize} from '../../../model/sanitize.js';
import type {ServiceDeploymentRow, ServiceRevisionRef} from '../../../model/service-deployment-row.js';
import type {TableColumn} from '../../table/table-columns.js';
import type {Tone} from '../../theme.js';

/** A service deployment's status as a person says it, and its colour. */
export interface Outcome {
	text: string;
	tone: Tone | undefined;
	/** Still moving: its duration runs on. */
	inFlight: boolean;
}

/**
 * ECS's status in words (API reference, ServiceDeployment). A STOPPED deployment is one a user
 * stopped, or one that failed where no rollback was configured: the circuit breaker's TRIGGERED
 * status tells the failure apart.
 */
export function outcomeOf(row: ServiceDeploymentRow): Outcome | null {
	const is = (text: string, tone: Tone | undefined, inFlight = false): Outcome => ({text, tone, inFlight});
	switch (row.status) {
		case null: return null;
		case 'SUCCESSFUL': return is('succeeded', 'good');
		case 'PENDING': return is('pending', 'pending', true);
		case 'IN_PROGRESS': return is('in progress', 'warning', true);
		case 'STOP_REQUESTED': return is('stopping', 'warning', true);
		case 'STOPPED': return row.circuitBreaker?.status === 'TRIGGERED' ? is('failed', 'bad') : is('stopped', 'muted');
		case 'ROLLBACK_REQUESTED':
		case 'ROLLBACK_IN_PROGRESS': return is('rolling back', 'bad', true);
		case 'ROLLBACK_SUCCESSFUL': return is('rolled back', 'bad');
		case 'ROLLBACK_FAILED': return is('rollback failed', 'bad');
		default: return is(sanitize(row.status).toLowerCase().replaceAll('_', ' '), undefined);
	}
}

/** `SCALE_UP` → `scale up`. */
export function stageText(stage: string | null): string | null {
	return stage === null ? null : sanitize(stage).toLowerCase().replaceAll('_', ' ');
}

/** A revision by its task definition (`web:42`), else by the last part of its ARN. */
export function revisionName(ref: ServiceRevisionRef): string {
	return sanitize(ref.taskDefinition ?? lastArnSegment(ref.arn));
}

/** `web:41 → web:42`; a first deployment has nothing to come from. */
export function revisionsText(row: ServiceDeploymentRow): string {
	const from = row.source.map(revisionName).join(', ');
	const to = row.target === null ? '-' : revisionName(row.target);
	return `${from === '' ? '-' : from} → ${to}`;
}

const toMs = (iso: string | null) => (iso === null ? Number.NaN : Date.parse(iso));

/** When the deployment started (created, when it has not started yet); NaN when ECS gave neither. */
export function startedAt(row: ServiceDeploymentRow): number {
	const started = toMs(row.startedAt);
	return Number.isNaN(started) ? toMs(row.createdAt) : started;
}

/** `42s`, `4m12s`, `2h05m`, `3d04h`. */
export function formatDuration(ms: number): string {
	const seconds = Math.max(0, Math.floor(ms / 1000));
	const two = (n: number) => String(n).padStart(2, '0');
	if (seconds < 60) return `${seconds}s`;
	const minutes = Math.floor(seconds / 60);
	if (minutes < 60) return `${minutes}m${two(seconds % 60)}s`;
	const hours = Math.floor(minutes / 60);
	if (hours < 24) return `${hours}h${two(minutes % 60)}m`;
	return `${Math.floor(hours / 24)}d${two(hours % 24)}h`;
}

/** How long it took (finished or stopped), or has taken so far (`3m10s…`); null when unknown. */
export function durationText(row: ServiceDeploymentRow, now: number): string | null {
	const start = startedAt(row);
	if (Number.isNaN(start)) return null;
	const end = toMs(row.finishedAt ?? row.stoppedAt);
	if (!Number.isNaN(end)) return formatDuration(end - start);
	return outcomeOf(row)?.inFlight === true ? `${formatDuration(now - start)}…` : null;
}

/** Local `2026-01-15 11:57`. */
export function formatDateTime(epochMs: number): string {
	const date = new Date(epochMs);
	const two = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** Why it ended as it did: the rollback's reason, else ECS's status reason; a moving one's stage. First line only. */
export function reasonText(row: ServiceDeploymentRow): string | null {
	const reason = row.rollback?.reason ?? row.statusReason;
	if (reason !== null && reason.trim() !== '') return firstLine(reason);
	const stage = stageText(row.lifecycleStage);
	return outcomeOf(row)?.inFlight === true && stage !== null ? `stage: ${stage}` : null;
}

const whenOf = (row: ServiceDeploymentRow, show: (at: number) => string) => {
	const at = startedAt(row);
	return Number.isNaN(at) ? null : show(at);
};

/** The history's columns, most important first; narrow terminals drop STARTED (the absolute time), then DURATION. */
export const HISTORY_COLUMNS: ReadonlyArray<TableColumn<ServiceDeploymentRow>> = [
	{title: 'AGE', width: 4, align: 'right', cell: (row, now) => whenOf(row, at => formatAge(now - at))},
	{title: 'STARTED', width: 16, drop: 1, cell: row => whenOf(row, formatDateTime), tone: () => 'muted'},
	{title: 'REVISION', width: 20, cell: revisionsText},
	{title: 'OUTCOME', width: 15, cell: row => outcomeOf(row)?.text ?? null, tone: row => outcomeOf(row)?.tone},
	{title: 'DURATION', width: 8, align: 'right', drop: 2, cell: durationText},
	{title: 'REASON', width: 10, flex: true, cell: row => clean(reasonText(row)), tone: () => 'muted'},
];
