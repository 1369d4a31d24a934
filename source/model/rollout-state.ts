import {parseTaskDefinition} from './arn.js';
import {deploymentViews, taskSetViews, type DeploymentView, type TaskSetView} from './deployment-view.js';
import {clean} from './format.js';
import {firstLine, sanitize} from './sanitize.js';
import type {ServiceDeploymentRow, ServiceRevisionRef} from './service-deployment-row.js';
import type {DeploymentRow, ServiceRow} from './service-row.js';
import type {TaskRow} from './task-row.js';

/** Task counts of the deployment a rollout is moving to. */
export interface RolloutCounts {
	/** RUNNING and HEALTHY tasks of the deployment; null when the service's tasks were not loaded. */
	healthy: number | null;
	running: number;
	desired: number;
	pending: number;
	failed: number;
}

/**
 * What a service's rollout is doing. `target` is the `family:revision` the rollout moves to (its id
 * when ECS gave no task definition): the PRIMARY deployment's, a blue/green shift's newest task set
 * that is not DRAINING, or the service deployment's target revision; for a rollback that is the revision
 * being rolled back to. `from` is the revision the rollout moves away from (for a rollback: the
 * failed one), null when nothing tells it.
 */
export type RolloutState =
	| {kind: 'steady'}
	| {kind: 'scaling'; from: number; to: number}
	| ({kind: 'deploying'; target: string; from: string | null} & RolloutCounts)
	| {kind: 'failed'; target: string; reason: string | null}
	| ({kind: 'rolling-back'; target: string; from: string | null} & RolloutCounts)
	| {kind: 'rolled-back'; target: string; from: string | null}
	/** The service is being deleted (status DRAINING): its tasks stop, `running` of them left. */
	| {kind: 'draining'; running: number};

export type RolloutKind = RolloutState['kind'];

/** One word per service for a services list; a completed rollback still counts as `failed`. */
export type RolloutPhase = 'steady' | 'scaling' | 'deploying' | 'rolling-back' | 'failed' | 'draining';

const ROLLBACK = /roll(?:ing|ed)?[ -]?back/iu;
const COMPLETED_EVENT = /deployment completed/iu;

/**
 * One line a rollout moves tasks between: a deployment (rolling services) or a task set
 * (CODE_DEPLOY and EXTERNAL services). Strings are sanitised, as in the views they come from.
 */
interface Lane {
	id: string;
	status: string | null;
	taskDefinition: string | null;
	rolloutState: string | null;
	rolloutStateReason: string | null;
	stabilityStatus: string | null;
	desired: number;
	running: number;
	pending: number;
	failed: number;
	healthy: number;
	createdAt: string | null;
}

/**
 * The state of a service's rollout. In order:
 * - a service being deleted (status DRAINING) is `draining`;
 * - with `service.latestDeployment` (the service-deployment APIs), its status names the state:
 *   PENDING/IN_PROGRESS deploying, ROLLBACK_REQUESTED/ROLLBACK_IN_PROGRESS rolling back,
 *   ROLLBACK_SUCCESSFUL rolled back, ROLLBACK_FAILED failed, STOPPED failed when its circuit breaker
 *   TRIGGERED (or a deployment is FAILED), SUCCESSFUL steady or scaling by counts; anything else
 *   (a STOPPED one that was replaced, STOP_REQUESTED, values ECS adds later) is read as below;
 * - CODE_DEPLOY/EXTERNAL services (task sets, no deployments) are deploying while there is more than
 *   one task set or the PRIMARY is not STEADY_STATE, else steady or scaling;
 * - rolling services are read from their deployments (PRIMARY first) and, once ECS has dropped a
 *   failed deployment, from their events.
 * With `tasks` null (a services list that did not fetch them) healthy counts are null and everything
 * else comes from the deployments' (or task sets') counts.
 */
export function rolloutState(service: ServiceRow, tasks: readonly TaskRow[] | null): RolloutState {
	if (service.status === 'DRAINING') {
		const lanes = service.taskSets.length > 0 ? service.taskSets.map(set => set.runningCount ?? 0) : service.deployments.map(d => d.runningCount ?? 0);
		return {kind: 'draining', running: service.runningCount ?? lanes.reduce((sum, running) => sum + running, 0)};
	}

	const tasksLoaded = tasks !== null;
	const usesTaskSets = service.deployments.length === 0 && service.taskSets.length > 0;
	const lanes = usesTaskSets ? taskSetViews(service, tasks ?? []).map(taskSetLane) : deploymentViews(service, tasks ?? []).map(deploymentLane);
	const latest = service.latestDeployment;
	if (latest !== undefined && latest !== null) {
		const mover = usesTaskSets ? shiftTarget(lanes) : primaryOf(lanes);
		const named = namedByServiceDeployment(service, latest, lanes, mover, tasksLoaded);
		if (named !== null) return named;
	}

	return usesTaskSets ? taskSetState(lanes, tasksLoaded) : deploymentState(service, lanes, tasksLoaded);
}

/** One word per service for a services list; a completed rollback still counts as `failed`. */
export function rolloutPhase(state: RolloutState): RolloutPhase {
	switch (state.kind) {
		case 'rolled-back': return 'failed';
		default: return state.kind;
	}
}

function deploymentLane(view: DeploymentView): Lane {
	return {...view, stabilityStatus: null};
}

function taskSetLane(view: TaskSetView): Lane {
	return {...view, rolloutState: null, rolloutStateReason: null, failed: 0};
}

function primaryOf(lanes: readonly Lane[]): Lane | undefined {
	return lanes.find(lane => lane.status === 'PRIMARY') ?? lanes[0];
}

const nameOf = (lane: Lane): string => lane.taskDefinition ?? lane.id;

/** The state from the deployments, as ECS's rolling update reports them. */
function deploymentState(service: ServiceRow, lanes: readonly Lane[], tasksLoaded: boolean): RolloutState {
	const primary = primaryOf(lanes);
	if (primary === undefined) {
		return atCount(service.runningCount ?? 0, service.desiredCount ?? 0);
	}

	const target = nameOf(primary);
	const counts = countsOf(primary, tasksLoaded);
	// An INACTIVE failed deployment still explains a rollback, so look at every deployment here.
	const failed = service.deployments.find(deployment => deployment.rolloutState === 'FAILED' && deployment.id !== primary.id);
	if (failed !== undefined && isRollback(primary, failed)) {
		const from = definitionOf(failed.taskDefinition);
		return primary.rolloutState === 'IN_PROGRESS' ? {kind: 'rolling-back', target, from, ...counts} : {kind: 'rolled-back', target, from};
	}

	if (primary.rolloutState === 'FAILED') {
		return {kind: 'failed', target, reason: primary.rolloutStateReason};
	}

	const settled = primary.rolloutState === 'COMPLETED' || primary.rolloutState === null;
	const from = replacedBy(lanes, primary);
	// ECS drops the failed deployment once its tasks are gone; the events still tell the story.
	const rollback = rollbackInEvents(service);
	if (rollback === 'in progress' && !settled) {
		return {kind: 'rolling-back', target, from, ...counts};
	}

	if (rollback !== null && settled && lanes.length === 1) {
		return {kind: 'rolled-back', target, from: null};
	}

	if (primary.rolloutState === 'IN_PROGRESS' || !settled || lanes.length > 1) {
		return {kind: 'deploying', target, from, ...counts};
	}

	return atCount(primary.running, primary.desired);
}

/** The revision the rollout moves away from: the newest other lane's (ACTIVE before DRAINING). */
function replacedBy(lanes: readonly Lane[], target: Lane): string | null {
	const others = lanes.filter(lane => lane !== target);
	const other = others.find(lane => lane.status !== 'DRAINING') ?? others[0];
	return other === undefined ? null : nameOf(other);
}

/**
 * A CODE_DEPLOY or EXTERNAL service: deploying while it has more than one task set or its PRIMARY
 * is not STEADY_STATE (an absent stabilityStatus is not taken as STABILIZING), else at its count.
 */
function taskSetState(lanes: readonly Lane[], tasksLoaded: boolean): RolloutState {
	const primary = lanes.find(lane => lane.status === 'PRIMARY');
	const target = shiftTarget(lanes);
	if (target === undefined) {
		return {kind: 'steady'};
	}

	const stabilizing = primary?.stabilityStatus !== null && primary?.stabilityStatus !== 'STEADY_STATE';
	if (lanes.length > 1 || primary === undefined || stabilizing) {
		return {kind: 'deploying', target: nameOf(target), from: replacedBy(lanes, target), ...countsOf(target, tasksLoaded)};
	}

	return atCount(primary.running, primary.desired);
}

/**
 * The task set a blue/green shift moves to: the newest one that is not DRAINING. CodeDeploy creates
 * the replacement (green) task set ACTIVE — serving no production traffic — and makes it PRIMARY
 * when it reroutes traffic, while the original (blue) becomes ACTIVE and then DRAINING (API
 * reference, TaskSet.status; developer guide, "CodeDeploy blue/green deployments for Amazon ECS").
 * Without creation times, ACTIVE is taken over PRIMARY: the longest phase is the replacement
 * scaling up and taking test traffic before the reroute.
 */
function shiftTarget(lanes: readonly Lane[]): Lane | undefined {
	const live = lanes.filter(lane => lane.status !== 'DRAINING');
	const candidates = live.length > 0 ? live : [...lanes];
	return candidates.sort((a, b) => {
		const time = timeOf(b.createdAt) - timeOf(a.createdAt);
		if (time !== 0 && Number.isFinite(time)) return time;
		return Number(b.status === 'ACTIVE') - Number(a.status === 'ACTIVE');
	})[0];
}

function timeOf(iso: string | null): number {
	const ms = iso === null ? Number.NaN : Date.parse(iso);
	return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
}

/**
 * The state a service deployment's status names (developer guide, "View service history using
 * Amazon ECS service deployments"); null when its status leaves the reading to the deployments.
 * ECS creates no service revision for a rollback: it deploys the last successful one again
 * (developer guide, "Amazon ECS service revisions"), so the rollback's target is a source revision
 * and the deployment's own target is the revision that failed.
 */
function namedByServiceDeployment(service: ServiceRow, latest: ServiceDeploymentRow, lanes: readonly Lane[], mover: Lane | undefined, tasksLoaded: boolean): RolloutState | null {
	const targetDefinition = clean(latest.target?.taskDefinition);
	switch (latest.status) {
		case 'PENDING':
		case 'IN_PROGRESS': {
			const lane = laneRunning(lanes, targetDefinition) ?? mover;
			const target = targetDefinition ?? (lane === undefined ? null : nameOf(lane));
			if (target === null) return null;
			const from = sourceDefinition(latest, target) ?? (lane === undefined ? null : replacedBy(lanes, lane));
			return {kind: 'deploying', target, from, ...countsFrom(lane, latest.target, tasksLoaded)};
		}

		case 'ROLLBACK_REQUESTED':
		case 'ROLLBACK_IN_PROGRESS': {
			const failed = targetDefinition ?? failedDefinition(lanes);
			const back = rollbackDefinition(latest, lanes, failed);
			const lane = laneRunning(lanes, back) ?? primaryOf(lanes);
			const target = back ?? (lane === undefined ? null : nameOf(lane));
			if (target === null) return null;
			return {kind: 'rolling-back', target, from: failed, ...countsFrom(lane, rollbackRevision(latest), tasksLoaded)};
		}

		case 'ROLLBACK_SUCCESSFUL': {
			const primary = primaryOf(lanes);
			const failed = targetDefinition ?? failedDefinition(lanes);
			const target = rollbackDefinition(latest, lanes, failed) ?? (primary === undefined ? null : nameOf(primary));
			if (target === null || movedOn(primary, [target, failed])) return null;
			return {kind: 'rolled-back', target, from: failed};
		}

		case 'ROLLBACK_FAILED':
			return failedState(latest, targetDefinition, mover);

		case 'STOPPED': {
			const failedLane = lanes.find(lane => lane.rolloutState === 'FAILED');
			if (latest.circuitBreaker?.status !== 'TRIGGERED' && failedLane === undefined) return null;
			return failedState(latest, targetDefinition ?? (failedLane === undefined ? null : nameOf(failedLane)), failedLane ?? mover);
		}

		case 'SUCCESSFUL': {
			if (movedOn(mover, [targetDefinition])) return null;
			return mover === undefined ? atCount(service.runningCount ?? 0, service.desiredCount ?? 0) : atCount(mover.running, mover.desired);
		}

		default:
			return null;
	}
}

/** A finished service deployment is stale when the deployments already show a newer rollout of another revision. */
function movedOn(lane: Lane | undefined, known: ReadonlyArray<string | null>): boolean {
	return lane?.rolloutState === 'IN_PROGRESS' && lane.taskDefinition !== null && !known.includes(lane.taskDefinition);
}

function failedState(latest: ServiceDeploymentRow, target: string | null, lane: Lane | undefined): RolloutState | null {
	const name = target ?? (lane === undefined ? null : nameOf(lane));
	if (name === null) return null;
	const reason = latest.statusReason ?? latest.rollback?.reason ?? null;
	return {kind: 'failed', target: name, reason: reason === null ? lane?.rolloutStateReason ?? null : clean(firstLine(reason))};
}

/** The revision of a deployment ECS marked FAILED, while it is still listed. */
function failedDefinition(lanes: readonly Lane[]): string | null {
	return lanes.find(lane => lane.rolloutState === 'FAILED')?.taskDefinition ?? null;
}

/** The lane running `definition`: the PRIMARY when it does, else the newest that does. */
function laneRunning(lanes: readonly Lane[], definition: string | null): Lane | undefined {
	if (definition === null) return undefined;
	const running = lanes.filter(lane => lane.taskDefinition === definition);
	return running.find(lane => lane.status === 'PRIMARY') ?? running[0];
}

/** The source revision a deployment moves from: one of another revision than `target` first. */
function sourceDefinition(latest: ServiceDeploymentRow, target: string): string | null {
	const named = latest.source.map(ref => clean(ref.taskDefinition)).filter((name): name is string => name !== null);
	return named.find(name => name !== target) ?? named[0] ?? null;
}

function rollbackRevision(latest: ServiceDeploymentRow): ServiceRevisionRef | null {
	const arn = latest.rollback?.serviceRevisionArn ?? null;
	const byArn = arn === null ? undefined : latest.source.find(ref => ref.arn === arn);
	return byArn ?? latest.source[0] ?? null;
}

/**
 * The revision a rollback deploys again: the rollback's revision when DescribeServiceRevisions named
 * it, else a source revision of another task definition, else the deployment (the PRIMARY first)
 * that runs another revision than the failed one.
 */
function rollbackDefinition(latest: ServiceDeploymentRow, lanes: readonly Lane[], failed: string | null): string | null {
	const named = clean(rollbackRevision(latest)?.taskDefinition);
	if (named !== null) return named;
	const source = failed === null ? null : sourceDefinition(latest, failed);
	if (source !== null && source !== failed) return source;
	if (failed === null) return null;
	const other = lanes.find(lane => lane.taskDefinition !== null && lane.taskDefinition !== failed);
	return other?.taskDefinition ?? null;
}

function countsFrom(lane: Lane | undefined, revision: ServiceRevisionRef | null, tasksLoaded: boolean): RolloutCounts {
	if (lane !== undefined) return countsOf(lane, tasksLoaded);
	return {
		healthy: null,
		running: revision?.runningTaskCount ?? 0,
		desired: revision?.requestedTaskCount ?? 0,
		pending: revision?.pendingTaskCount ?? 0,
		failed: 0,
	};
}

function atCount(running: number, desired: number): RolloutState {
	return running === desired ? {kind: 'steady'} : {kind: 'scaling', from: running, to: desired};
}

function countsOf(lane: Lane, tasksLoaded: boolean): RolloutCounts {
	return {healthy: tasksLoaded ? lane.healthy : null, running: lane.running, desired: lane.desired, pending: lane.pending, failed: lane.failed};
}

function definitionOf(taskDefinition: string | null): string | null {
	const parsed = parseTaskDefinition(taskDefinition ?? undefined);
	return parsed === null ? null : sanitize(parsed.taskDefinition);
}

/**
 * Whether the service's newest rollout is a circuit-breaker rollback, read from its events (newest
 * first): a rollback event before any `deployment completed` one is in progress; after exactly one
 * (the rollback's own completion) it is done; older ones belong to earlier rollouts.
 */
function rollbackInEvents(service: ServiceRow): 'in progress' | 'done' | null {
	let completions = 0;
	for (const event of service.events) {
		if (COMPLETED_EVENT.test(event.message)) {
			completions++;
			if (completions > 1) return null;
		} else if (ROLLBACK.test(event.message)) {
			return completions === 0 ? 'in progress' : 'done';
		}
	}

	return null;
}

/** A PRIMARY is a rollback when its reason says so, or it runs an older revision of the failed family. */
function isRollback(primary: Lane, failed: DeploymentRow): boolean {
	if (primary.rolloutStateReason !== null && ROLLBACK.test(primary.rolloutStateReason)) {
		return true;
	}

	const mine = parseTaskDefinition(primary.taskDefinition ?? undefined);
	const theirs = parseTaskDefinition(failed.taskDefinition ?? undefined);
	return mine !== null && theirs !== null && mine.family === theirs.family
		&& mine.revision !== null && theirs.revision !== null && mine.revision < theirs.revision;
}
