import {deploymentViews, progressBar, taskSetViews, type DeploymentView, type TaskSetView} from '../../../model/deployment-view.js';
import {formatAge} from '../../../model/format.js';
import {displayWidth, truncateToWidth} from '../../../model/text-width.js';
import {rolloutState, type RolloutState} from '../../../model/rollout-state.js';
import {sanitize} from '../../../model/sanitize.js';
import type {LaneTargets} from '../../../model/rollout-targets.js';
import type {ServiceRow} from '../../../model/service-row.js';
import {drainingText} from '../../../output/rollout-sentence.js';
import type {TaskRow} from '../../../model/task-row.js';
import {trackEta, type RolloutTrack} from '../../../watch/rollout-tracking.js';
import {etaText, rolloutSentence} from '../../rollout-summary.js';
import type {Part} from '../../styled-text.js';
import {rolloutTone, type Tone} from '../../theme.js';

export interface PanelLine {
	key: string;
	parts: Part[];
}

const NAME_CAP = 24;

function pad(text: string, width: number): string {
	const cut = truncateToWidth(text, width);
	return cut + ' '.repeat(Math.max(0, width - displayWidth(cut)));
}

/** One line of a moving service: a deployment (rolling services) or a task set (blue/green, external). */
type Entry =
	| {kind: 'deployment'; view: DeploymentView; eta: number | null}
	| {kind: 'task-set'; view: TaskSetView};

interface Widths {
	service: number;
	definition: number;
	status: number;
	state: number;
	bar: number;
	short: boolean;
}

/** Reasons are left out rather than cut to fewer columns than this. */
const MIN_REASON = 12;

/** Controllers whose services report progress in task sets rather than deployments. */
const TASK_SET_CONTROLLERS = new Set(['CODE_DEPLOY', 'EXTERNAL']);

/** `web:42`, or `web:42 819917` when another line runs the same revision. */
function definitionText(view: DeploymentView | TaskSetView): string {
	const definition = view.taskDefinition ?? view.id;
	return view.shortId === null ? definition : `${definition} ${view.shortId}`;
}

function definitionParts(view: DeploymentView | TaskSetView, width: number): Part[] {
	const definition = view.taskDefinition ?? view.id;
	if (view.shortId === null || displayWidth(definitionText(view)) > width) return [{text: pad(definitionText(view), width)}];
	return [{text: `${definition} `}, {text: pad(view.shortId, width - displayWidth(definition) - 1), tone: 'muted'}];
}

function statusPart(status: string | null, width: number): Part {
	return {text: pad(status ?? '-', width), tone: status === 'PRIMARY' ? 'title' : 'muted'};
}

function counts(view: DeploymentView, short: boolean): Part[] {
	const failed: Part = {text: short ? `${view.failed} fail` : `${view.failed} failed`, ...(view.failed > 0 ? {tone: 'bad' as const} : {})};
	// Short lines behind a load balancer leave the desired count to the bar, to make room for the targets.
	const desired = short ? (view.targets === undefined ? `${view.desired} des ` : '') : `${view.desired} desired `;
	const text = short
		? `${desired}${view.running} run ${view.pending} pend `
		: `${desired}${view.running} running ${view.pending} pending `;
	return [{text}, failed, ...targetParts(view.targets, short)];
}

/**
 * Tasks whose targets are all healthy, of the line's tasks: `targets 4/6 healthy, 2 unhealthy,
 * 1 draining`. Short lines say the one that matters most: `tg 2 unhealthy`, else `tg 1 draining`,
 * else `tg 4/6 ok` (the bar already counts healthy targets). Nothing without targets.
 */
function targetParts(targets: LaneTargets | undefined, short: boolean): Part[] {
	if (targets === undefined) return [];
	const ok: Part = {text: short ? `tg ${targets.healthy}/${targets.tasks} ok` : `targets ${targets.healthy}/${targets.tasks} healthy`, tone: targets.healthy === targets.tasks && targets.tasks > 0 ? 'good' : 'warning'};
	const unhealthy: Part = {text: short ? `tg ${targets.unhealthy} unhealthy` : `, ${targets.unhealthy} unhealthy`, tone: 'bad'};
	const draining: Part = {text: short ? `tg ${targets.draining} draining` : `, ${targets.draining} draining`, tone: 'muted'};
	if (short) return [{text: '  '}, targets.unhealthy > 0 ? unhealthy : (targets.draining > 0 ? draining : ok)];
	return [{text: '  '}, ok, ...(targets.unhealthy > 0 ? [unhealthy] : []), ...(targets.draining > 0 ? [draining] : [])];
}

/** A FAILED deployment ECS still lists while its tasks stop: what explains a rollback. */
function isFailedDraining(view: DeploymentView): boolean {
	return view.rolloutState === 'FAILED' && view.status !== 'PRIMARY' && view.running + view.pending > 0;
}

function deploymentCore(view: DeploymentView, widths: Widths): Part[] {
	const tone = rolloutTone(view.rolloutState);
	const head: Part[] = [
		{text: pad(view.service, widths.service), tone: 'title'}, {text: '  '},
		...definitionParts(view, widths.definition), {text: '  '},
		statusPart(view.status, widths.status), {text: ' '},
		{text: pad(view.rolloutState ?? '-', widths.state), tone}, {text: '  '},
	];
	if (isFailedDraining(view)) {
		const left = view.running + view.pending;
		return [...head, {text: `draining ${left} task${left === 1 ? '' : 's'}`, tone: 'bad'}, {text: '  '}, {text: `${view.failed} failed`, ...(view.failed > 0 ? {tone: 'bad' as const} : {})}];
	}

	return [...head, {text: progressBar(view.healthy, view.desired, widths.bar), tone}, {text: ` ${view.healthy}/${view.desired}  `}, ...counts(view, widths.short)];
}

function stabilityTone(stability: string | null): Tone {
	if (stability === 'STEADY_STATE') return 'good';
	return stability === 'STABILIZING' ? 'warning' : 'muted';
}

/** `100%` of a task set's scale (other units as ECS names them), `-` when absent. */
function scaleText(view: TaskSetView): string {
	const value = view.scale?.value;
	if (value === null || value === undefined) return '-';
	const unit = view.scale?.unit ?? 'PERCENT';
	return unit === 'PERCENT' ? `${value}%` : `${value} ${unit}`;
}

function taskSetCore(view: TaskSetView, widths: Widths): Part[] {
	const tone = stabilityTone(view.stabilityStatus);
	// The bar already says the desired count: short lines leave it out.
	const text = widths.short
		? `${view.running} run ${view.pending} pend`
		: `${view.desired} desired ${view.running} running ${view.pending} pending`;
	const head: Part[] = [
		{text: pad(view.service, widths.service), tone: 'title'}, {text: '  '},
		...definitionParts(view, widths.definition), {text: '  '},
		statusPart(view.status, widths.status), {text: ' '},
		{text: pad(view.stabilityStatus ?? '-', widths.state), tone}, {text: '  '},
	];
	// A deleted (DRAINING) task set is scaled to 0: what matters is how many of its tasks are left.
	if (view.status === 'DRAINING') {
		const left = widths.short ? `${view.running} run ${view.pending} pend` : `${view.running} running ${view.pending} pending`;
		return [...head, {text: 'draining', tone: 'muted'}, {text: `  ${left}`}, ...targetParts(view.targets, widths.short)];
	}

	return [
		...head,
		{text: progressBar(view.healthy, view.desired, widths.bar), tone}, {text: ` ${view.healthy}/${view.desired}  `},
		{text: widths.short ? scaleText(view) : `scale ${scaleText(view)}`}, {text: '  '}, {text}, ...targetParts(view.targets, widths.short),
	];
}

function coreParts(entry: Entry, widths: Widths): Part[] {
	return entry.kind === 'deployment' ? deploymentCore(entry.view, widths) : taskSetCore(entry.view, widths);
}

function circuitBreaker(entry: Entry): string | null {
	if (entry.kind !== 'deployment' || entry.view.circuitBreaker?.enable !== true) return null;
	return entry.view.circuitBreaker.rollback ? 'cb rollback' : 'cb on';
}

function ageText(view: DeploymentView | TaskSetView, now: number): string | null {
	const created = view.createdAt === null ? Number.NaN : Date.parse(view.createdAt);
	return Number.isNaN(created) ? null : formatAge(now - created);
}

function reasonOf(entry: Entry): string | null {
	return entry.kind === 'deployment' ? entry.view.rolloutStateReason : null;
}

/**
 * The core of the line, then (as far as they fit whole) the time left, age and circuit breaker,
 * then the reason, cut. A FAILED deployment that still drains says why before its age.
 */
function entryLine(entry: Entry, now: number, widths: Widths, width: number): PanelLine {
	const parts = coreParts(entry, widths);
	let used = partsWidth(parts);
	const add = (text: string | null, tone: Tone) => {
		if (text === null || used + 2 + displayWidth(text) > width) return;
		parts.push({text: '  '}, {text, tone});
		used += 2 + displayWidth(text);
	};

	const reason = reasonOf(entry);
	const addReason = () => {
		const room = width - used - 2;
		if (reason !== null && room >= Math.min(MIN_REASON, displayWidth(reason))) {
			parts.push({text: '  '}, {text: truncateToWidth(reason, room), tone: 'muted'});
			used += 2 + displayWidth(truncateToWidth(reason, room));
		}
	};

	const failedDraining = entry.kind === 'deployment' && isFailedDraining(entry.view);
	if (failedDraining) addReason();
	if (entry.kind === 'deployment' && entry.eta !== null) add(etaText(entry.eta), 'warning');
	add(ageText(entry.view, now), 'muted');
	add(circuitBreaker(entry), 'muted');
	if (!failedDraining) addReason();
	return {key: `${entry.kind}:${entry.view.service}:${entry.view.id}`, parts};
}

function partsWidth(parts: readonly Part[]): number {
	return parts.reduce((sum, part) => sum + displayWidth(part.text), 0);
}

/** The lines of a service that is not steady: its task sets or deployments, or its rollout in words. */
function serviceEntries(service: ServiceRow, state: RolloutState, tasks: readonly TaskRow[], eta: number | null): Entry[] {
	if (state.kind === 'draining') return [];
	if (service.taskSets.length > 0 && (service.deployments.length === 0 || TASK_SET_CONTROLLERS.has(service.controller ?? ''))) {
		return taskSetViews(service, tasks).map(view => ({kind: 'task-set', view}));
	}

	return deploymentViews(service, tasks).map(view => ({kind: 'deployment', view, eta: view.status === 'PRIMARY' ? eta : null}));
}

function sentenceLine(service: ServiceRow, state: RolloutState, now: number, serviceWidth: number): PanelLine {
	return {key: service.serviceArn, parts: [{text: pad(sanitize(service.serviceName), serviceWidth), tone: 'title'}, {text: '  '}, rolloutSentence(state, now)]};
}

/**
 * `web  draining web:41 (2 targets, ≈40s)` when an older revision's targets drain and no line of
 * the service counts them (ECS no longer lists their deployment).
 */
function drainingLine(service: ServiceRow, state: RolloutState, entries: readonly Entry[], now: number, serviceWidth: number): PanelLine[] {
	if ((state.kind !== 'deploying' && state.kind !== 'rolling-back') || state.draining === undefined) return [];
	if (entries.some(entry => (entry.view.targets?.draining ?? 0) > 0)) return [];
	return [{key: `draining:${service.serviceArn}`, parts: [
		{text: pad(sanitize(service.serviceName), serviceWidth), tone: 'title'}, {text: '  '}, {text: drainingText(state.draining, now), tone: 'muted'},
	]}];
}

/**
 * The deployments panel: for each service that is not steady, one line per deployment (PRIMARY
 * first) — revision (with a short deployment id when two lines share it), status, rolloutState, a
 * bar of healthy tasks against desired, counts, time left, age, circuit breaker and reason. A
 * blue/green or external service gets one line per task set instead (status, STABILIZING or
 * STEADY_STATE, bar, scale, counts); a service being deleted one line in words. Then one line for
 * all steady services (`steady: api 4/4, …`). Behind a load balancer each line also counts its
 * tasks whose targets are healthy (see {@link targetParts}), and an older revision whose targets
 * drain outside every line gets one of its own. Counts are abbreviated when the lines would not fit
 * `width` otherwise. `rollouts` (the session's samples, by service ARN) give the time left.
 */
export function deploymentPanelLines(
	services: readonly ServiceRow[],
	tasks: readonly TaskRow[],
	now: number,
	width: number,
	rollouts?: ReadonlyMap<string, RolloutTrack>,
): PanelLine[] {
	const moving: Array<{service: ServiceRow; state: RolloutState; entries: Entry[]}> = [];
	const steady: ServiceRow[] = [];
	for (const service of services) {
		const state = rolloutState(service, tasks);
		if (state.kind === 'steady') {
			steady.push(service);
			continue;
		}

		moving.push({service, state, entries: serviceEntries(service, state, tasks, trackEta(rollouts?.get(service.serviceArn), now))});
	}

	const all = moving.flatMap(entry => entry.entries);
	const widest = (texts: string[], floor: number) => Math.min(NAME_CAP, Math.max(floor, ...texts.map(text => displayWidth(text))));
	const widths: Widths = {
		service: widest(all.map(entry => entry.view.service), 0),
		definition: widest(all.map(entry => definitionText(entry.view)), 0),
		status: widest(all.map(entry => entry.view.status ?? '-'), 7),
		state: widest(all.map(entry => (entry.kind === 'deployment' ? entry.view.rolloutState : entry.view.stabilityStatus) ?? '-'), 11),
		bar: width >= 120 ? 10 : 6,
		short: false,
	};
	// Abbreviated counts rather than a line without its age or circuit breaker.
	const extras = (entry: Entry) => 4 + displayWidth(circuitBreaker(entry) ?? '') + (entry.view.createdAt === null ? 0 : 4);
	if (all.some(entry => partsWidth(coreParts(entry, widths)) + extras(entry) > width)) widths.short = true;
	// Short lines behind a load balancer give two cells of the bar to the targets.
	if (widths.short && all.some(entry => entry.view.targets !== undefined)) widths.bar = 4;
	const serviceWidth = Math.max(widths.service, ...moving.filter(entry => entry.entries.length === 0).map(entry => Math.min(NAME_CAP, displayWidth(sanitize(entry.service.serviceName)))));
	const lines = moving.flatMap(({service, state, entries}): PanelLine[] => [
		...(entries.length === 0
			? [sentenceLine(service, state, now, serviceWidth)]
			: entries.map(entry => entryLine(entry, now, widths, width))),
		...drainingLine(service, state, entries, now, serviceWidth),
	]);

	if (steady.length > 0) {
		const list = steady.map(service => `${sanitize(service.serviceName)} ${service.runningCount ?? 0}/${service.desiredCount ?? 0}`).join(', ');
		lines.push({key: 'steady', parts: [{text: 'steady: ', tone: 'good'}, {text: list}]});
	}

	return lines;
}
