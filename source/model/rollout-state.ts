import {parseTaskDefinition} from './arn.js';
import {deploymentViews, type DeploymentView} from './deployment-view.js';
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
 * What a service's rollout is doing. `target` is the PRIMARY deployment's (or task set's)
 * `family:revision` (its id when ECS gave no task definition); for a rollback that is the revision
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
 * The state of a service's rollout, read from its deployments (PRIMARY first) and, once ECS has
 * dropped a failed deployment, from its events. With `tasks` null (a services list that did not
 * fetch them) healthy counts are null and everything else comes from the deployments' counts.
 */
export function rolloutState(service: ServiceRow, tasks: readonly TaskRow[] | null): RolloutState {
	const views = deploymentViews(service, tasks ?? []);
	const primary = views.find(view => view.status === 'PRIMARY') ?? views[0];
	if (primary === undefined) {
		return atCount(service.runningCount ?? 0, service.desiredCount ?? 0);
	}

	const target = primary.taskDefinition ?? primary.id;
	const counts = countsOf(primary, tasks !== null);
	// An INACTIVE failed deployment still explains a rollback, so look at every deployment here.
	const failed = service.deployments.find(deployment => deployment.rolloutState === 'FAILED' && deployment.id !== primary.id);
	if (failed !== undefined && isRollback(primary, failed)) {
		return primary.rolloutState === 'IN_PROGRESS' ? {kind: 'rolling-back', target, from: null, ...counts} : {kind: 'rolled-back', target, from: null};
	}

	if (primary.rolloutState === 'FAILED') {
		return {kind: 'failed', target, reason: primary.rolloutStateReason};
	}

	const settled = primary.rolloutState === 'COMPLETED' || primary.rolloutState === null;
	// ECS drops the failed deployment once its tasks are gone; the events still tell the story.
	const rollback = rollbackInEvents(service);
	if (rollback === 'in progress' && !settled) {
		return {kind: 'rolling-back', target, from: null, ...counts};
	}

	if (rollback !== null && settled && views.length === 1) {
		return {kind: 'rolled-back', target, from: null};
	}

	if (primary.rolloutState === 'IN_PROGRESS' || !settled || views.length > 1) {
		return {kind: 'deploying', target, from: null, ...counts};
	}

	return atCount(primary.running, primary.desired);
}

/** The one-word classification of a rollout state, for a services list. */
export function rolloutPhase(state: RolloutState): RolloutPhase {
	switch (state.kind) {
		case 'rolled-back': return 'failed';
		default: return state.kind;
	}
}

function atCount(running: number, desired: number): RolloutState {
	return running === desired ? {kind: 'steady'} : {kind: 'scaling', from: running, to: desired};
}

function countsOf(view: DeploymentView, tasksLoaded: boolean): RolloutCounts {
	return {healthy: tasksLoaded ? view.healthy : null, running: view.running, desired: view.desired, pending: view.pending, failed: view.failed};
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
function isRollback(primary: DeploymentView, failed: DeploymentRow): boolean {
	if (primary.rolloutStateReason !== null && ROLLBACK.test(primary.rolloutStateReason)) {
		return true;
	}

	const mine = parseTaskDefinition(primary.taskDefinition ?? undefined);
	const theirs = parseTaskDefinition(failed.taskDefinition ?? undefined);
	return mine !== null && theirs !== null && mine.family === theirs.family
		&& mine.revision !== null && theirs.revision !== null && mine.revision < theirs.revision;
}
