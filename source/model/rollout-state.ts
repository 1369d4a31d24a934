import {deploymentViews, taskSetViews} from './deployment-view.js';
import {rollingDeploymentState} from './rolling-deployment-state.js';
import {countsOf, deploymentLane, laneRunning, nameOf, primaryOf, taskSetLane, type Lane} from './rollout-lane.js';
import {drainingBefore, readsTargets, type DrainingTargets} from './rollout-targets.js';
import {namedByServiceDeployment} from './service-deployment-state.js';
import type {ServiceRow} from './service-row.js';
import type {TaskRow} from './task-row.js';
import {shiftTarget, taskSetState} from './task-set-state.js';

/** Task counts of the deployment a rollout is moving to. */
export interface RolloutCounts {
	/** RUNNING and HEALTHY tasks of the deployment; null when the service's tasks were not loaded. */
	healthy: number | null;
	running: number;
	desired: number;
	pending: number;
	failed: number;
	/**
	 * Where the service has a load balancer: targets of an older revision still draining. Present
	 * only then; the rollout is not over until they are gone.
	 */
	draining?: DrainingTargets;
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
 * Where the service has target groups and the tasks carry their targets, healthy counts need every
 * target `healthy`, and a rollout (or a steady service) whose older revision still has draining
 * targets is `deploying` (or `rolling-back`) with `draining` set: steady only once they are gone.
 */
export function rolloutState(service: ServiceRow, tasks: readonly TaskRow[] | null): RolloutState {
	if (service.status === 'DRAINING') {
		const lanes = service.taskSets.length > 0 ? service.taskSets.map(set => set.runningCount ?? 0) : service.deployments.map(d => d.runningCount ?? 0);
		return {kind: 'draining', running: service.runningCount ?? lanes.reduce((sum, running) => sum + running, 0)};
	}

	const tasksLoaded = tasks !== null;
	const usesTaskSets = service.deployments.length === 0 && service.taskSets.length > 0;
	const lanes = usesTaskSets ? taskSetViews(service, tasks ?? []).map(taskSetLane) : deploymentViews(service, tasks ?? []).map(view => deploymentLane(view, service.desiredCount));
	const latest = service.latestDeployment;
	const mover = usesTaskSets ? shiftTarget(lanes) : primaryOf(lanes);
	const named = latest === undefined || latest === null ? null : namedByServiceDeployment(service, latest, lanes, mover, tasksLoaded);
	const state = named ?? (usesTaskSets ? taskSetState(lanes, tasksLoaded) : rollingDeploymentState(service, lanes, tasksLoaded));
	return tasks === null ? state : withDraining(state, service, tasks, lanes, mover);
}

/** The state, held in flight while an older revision's targets drain (see {@link rolloutState}). */
function withDraining(state: RolloutState, service: ServiceRow, tasks: readonly TaskRow[], lanes: readonly Lane[], mover: Lane | undefined): RolloutState {
	if (state.kind !== 'steady' && state.kind !== 'deploying' && state.kind !== 'rolling-back') return state;
	const serviceTasks = tasks.filter(task => task.service === service.serviceName);
	if (!readsTargets(service, serviceTasks)) return state;
	const lane = state.kind === 'steady' ? mover : laneRunning(lanes, state.target) ?? mover;
	if (lane === undefined) return state;
	const draining = drainingBefore(serviceTasks, lane.id, lane.taskDefinition);
	if (draining === null) return state;
	if (state.kind !== 'steady') return {...state, draining};
	return {kind: 'deploying', target: nameOf(lane), from: draining.taskDefinition, ...countsOf(lane, true), draining};
}

/** One word per service for a services list; a completed rollback still counts as `failed`. */
export function rolloutPhase(state: RolloutState): RolloutPhase {
	switch (state.kind) {
		case 'rolled-back': return 'failed';
		default: return state.kind;
	}
}
