import {deploymentViews, progressBar, type DeploymentView} from '../../../model/deployment-view.js';
import {displayWidth, formatAge, truncateToWidth} from '../../../model/format.js';
import {rolloutState, type RolloutState} from '../../../model/rollout-state.js';
import {sanitize} from '../../../model/sanitize.js';
import type {ServiceRow} from '../../../model/service-row.js';
import type {TaskRow} from '../../../model/task-row.js';
import {rolloutSentence} from '../../rollout-summary.js';
import type {Part} from '../../styled-text.js';
import {rolloutTone} from '../../theme.js';

export interface PanelLine {
	key: string;
	parts: Part[];
}

const NAME_CAP = 24;

function pad(text: string, width: number): string {
	const cut = truncateToWidth(text, width);
	return cut + ' '.repeat(Math.max(0, width - displayWidth(cut)));
}

function counts(view: DeploymentView, short: boolean): Part[] {
	const failed: Part = {text: short ? `${view.failed} fail` : `${view.failed} failed`, ...(view.failed > 0 ? {tone: 'bad' as const} : {})};
	const text = short
		? `${view.desired} des ${view.running} run ${view.pending} pend `
		: `${view.desired} desired ${view.running} running ${view.pending} pending `;
	return [{text}, failed];
}

function circuitBreaker(view: DeploymentView): string | null {
	if (view.circuitBreaker?.enable !== true) return null;
	return view.circuitBreaker.rollback ? 'cb rollback' : 'cb on';
}

interface Widths {
	service: number;
	definition: number;
	bar: number;
	short: boolean;
}

/** Reasons are left out rather than cut to fewer columns than this. */
const MIN_REASON = 12;

function coreParts(view: DeploymentView, widths: Widths): Part[] {
	const tone = rolloutTone(view.rolloutState);
	return [
		{text: pad(view.service, widths.service), tone: 'title'}, {text: '  '},
		{text: pad(view.taskDefinition ?? view.id, widths.definition)}, {text: '  '},
		{text: pad(view.status ?? '-', 7), tone: view.status === 'PRIMARY' ? 'title' : 'muted'}, {text: ' '},
		{text: pad(view.rolloutState ?? '-', 11), tone}, {text: '  '},
		{text: progressBar(view.healthy, view.desired, widths.bar), tone}, {text: ` ${view.healthy}/${view.desired}  `},
		...counts(view, widths.short),
	];
}

/** The core of the line, then age, circuit breaker and reason as far as they fit whole (the reason cut). */
function deploymentLine(view: DeploymentView, now: number, widths: Widths, width: number): PanelLine {
	const parts = coreParts(view, widths);
	let used = partsWidth(parts);
	const created = view.createdAt === null ? Number.NaN : Date.parse(view.createdAt);
	const cb = circuitBreaker(view);
	for (const text of [Number.isNaN(created) ? null : formatAge(now - created), cb]) {
		if (text === null || used + 2 + displayWidth(text) > width) continue;
		parts.push({text: '  '}, {text, tone: 'muted'});
		used += 2 + displayWidth(text);
	}

	const room = width - used - 2;
	if (view.rolloutStateReason !== null && room >= Math.min(MIN_REASON, displayWidth(view.rolloutStateReason))) {
		parts.push({text: '  '}, {text: truncateToWidth(view.rolloutStateReason, room), tone: 'muted'});
	}

	return {key: view.id, parts};
}

function partsWidth(parts: readonly Part[]): number {
	return parts.reduce((sum, part) => sum + displayWidth(part.text), 0);
}

/**
 * The deployments panel: for each service that is not steady, one line per deployment (PRIMARY
 * first) — revision, status, rolloutState, a bar of healthy tasks against desired, counts, age,
 * circuit breaker and reason; then one line for all steady services (`steady: api 4/4, …`).
 * Counts are abbreviated when the lines would not fit `width` otherwise.
 */
export function deploymentPanelLines(services: readonly ServiceRow[], tasks: readonly TaskRow[], now: number, width: number): PanelLine[] {
	const moving: Array<{service: ServiceRow; state: RolloutState; views: DeploymentView[]}> = [];
	const steady: ServiceRow[] = [];
	for (const service of services) {
		const state = rolloutState(service, tasks);
		if (state.kind === 'steady') steady.push(service);
		else moving.push({service, state, views: deploymentViews(service, tasks)});
	}

	const all = moving.flatMap(entry => entry.views);
	const widths: Widths = {
		service: Math.min(NAME_CAP, Math.max(0, ...all.map(view => displayWidth(view.service)))),
		definition: Math.min(NAME_CAP, Math.max(0, ...all.map(view => displayWidth(view.taskDefinition ?? view.id)))),
		bar: width >= 120 ? 10 : 6,
		short: false,
	};
	// Abbreviated counts rather than a line without its age or circuit breaker.
	const extras = (view: DeploymentView) => 4 + displayWidth(circuitBreaker(view) ?? '') + (view.createdAt === null ? 0 : 4);
	if (all.some(view => partsWidth(coreParts(view, widths)) + extras(view) > width)) widths.short = true;
	const lines = moving.flatMap(({service, state, views}): PanelLine[] => (views.length === 0
		? [{key: service.serviceArn, parts: [
			{text: pad(sanitize(service.serviceName), widths.service), tone: 'title'}, {text: '  '}, rolloutSentence(state),
		]}]
		: views.map(view => deploymentLine(view, now, widths, width))));

	if (steady.length > 0) {
		const list = steady.map(service => `${sanitize(service.serviceName)} ${service.runningCount ?? 0}/${service.desiredCount ?? 0}`).join(', ');
		lines.push({key: 'steady', parts: [{text: 'steady: ', tone: 'good'}, {text: list}]});
	}

	return lines;
}
