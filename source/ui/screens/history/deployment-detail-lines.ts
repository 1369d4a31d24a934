import {lastArnSegment} from '../../../model/arn.js';
import {formatClock} from '../../../model/format.js';
import {firstLine, sanitize} from '../../../model/sanitize.js';
import type {ServiceDeploymentRow, ServiceRevisionRef} from '../../../model/service-deployment-row.js';
import type {Tone} from '../../theme.js';
import {durationText, formatDateTime, outcomeOf, revisionName, stageText} from './history-lines.js';

/** A line of a deployment's details: a label and its value (sanitised), or a section title. */
export type DeploymentDetailLine =
	| {kind: 'section'; title: string}
	| {kind: 'field'; label: string; value: string; tone?: Tone | undefined};

const counts = (ref: ServiceRevisionRef) => [
	ref.requestedTaskCount === null ? null : `${ref.requestedTaskCount} requested`,
	ref.runningTaskCount === null ? null : `${ref.runningTaskCount} running`,
	ref.pendingTaskCount === null ? null : `${ref.pendingTaskCount} pending`,
].filter(part => part !== null).join(', ');

const revisionLine = (label: string, ref: ServiceRevisionRef): DeploymentDetailLine => {
	const tally = counts(ref);
	return {kind: 'field', label, value: `${revisionName(ref)}${tally === '' ? '' : `  (${tally})`}`};
};

function time(iso: string | null): string | null {
	if (iso === null) return null;
	const at = Date.parse(iso);
	return Number.isNaN(at) ? sanitize(iso) : `${formatDateTime(at)}:${formatClock(at).slice(6)}`;
}

/** Every field of a service deployment worth reading, in the order one reads a deployment's story. */
export function deploymentDetailLines(row: ServiceDeploymentRow, now: number): DeploymentDetailLine[] {
	const lines: DeploymentDetailLine[] = [];
	const field = (label: string, value: string | null, tone?: Tone) => {
		if (value !== null && value !== '') lines.push({kind: 'field', label, value, tone});
	};

	const outcome = outcomeOf(row);
	field('outcome', outcome === null ? null : `${outcome.text}  (${sanitize(row.status ?? '')})`, outcome?.tone);
	field('stage', stageText(row.lifecycleStage));
	field('reason', row.statusReason === null ? null : firstLine(row.statusReason));
	field('duration', durationText(row, now));
	lines.push({kind: 'section', title: 'Revisions'});
	if (row.source.length === 0) field('from', '-');
	for (const ref of row.source) lines.push(revisionLine('from', ref));
	if (row.target !== null) lines.push(revisionLine('to', row.target));
	if (row.rollback !== null) {
		lines.push({kind: 'section', title: 'Rollback'});
		const back = row.rollback.serviceRevisionArn;
		const ref = [...row.source, ...(row.target === null ? [] : [row.target])].find(revision => revision.arn === back);
		field('reason', row.rollback.reason === null ? null : firstLine(row.rollback.reason), 'bad');
		field('started', time(row.rollback.startedAt));
		field('back to', back === null ? null : (ref === undefined ? sanitize(lastArnSegment(back)) : revisionName(ref)));
	}

	if (row.circuitBreaker !== null) {
		const {status, failureCount, threshold} = row.circuitBreaker;
		lines.push({kind: 'section', title: 'Circuit breaker'});
		field('status', status === null ? null : sanitize(status), status === 'TRIGGERED' ? 'bad' : undefined);
		field('failures', failureCount === null ? null : `${failureCount}${threshold === null ? '' : ` of ${threshold}`}`);
	}

	lines.push({kind: 'section', title: 'Times'});
	field('created', time(row.createdAt));
	field('started', time(row.startedAt));
	field('finished', time(row.finishedAt));
	field('stopped', time(row.stoppedAt));
	field('updated', time(row.updatedAt));
	field('ARN', sanitize(row.arn));
	return lines;
}
