import type {DeploymentView, TaskSetView} from './deployment-view.js';
import type {RolloutCounts, RolloutState} from './rollout-state.js';

/**
 * One line a rollout moves tasks between: a deployment (rolling services) or a task set
 * (CODE_DEPLOY and EXTERNAL services). Strings are sanitised, as in the views they come from.
 */
export type Lane = Pick<DeploymentView, 'id' | 'status' | 'taskDefinition' | 'rolloutState' | 'rolloutStateReason' | 'desired' | 'running' | 'pending' | 'failed' | 'healthy' | 'createdAt'>
	& Pick<TaskSetView, 'stabilityStatus'>;

/**
 * A deployment's lane. A new PRIMARY starts at desiredCount 0 and rises as ECS starts its tasks, so
 * while it is in progress its goal is the service's desired count, not its own.
 */
export function deploymentLane(view: DeploymentView, serviceDesired: number | null = null): Lane {
	const rising = view.status === 'PRIMARY' && view.rolloutState === 'IN_PROGRESS' && serviceDesired !== null;
	return {...view, desired: rising ? Math.max(view.desired, serviceDesired) : view.desired, stabilityStatus: null};
}

export function taskSetLane(view: TaskSetView): Lane {
	return {...view, rolloutState: null, rolloutStateReason: null, failed: 0};
}

export function primaryOf(lanes: readonly Lane[]): Lane | undefined {
	return lanes.find(lane => lane.status === 'PRIMARY') ?? lanes[0];
}

export const nameOf = (lane: Lane): string => lane.taskDefinition ?? lane.id;

/** The revision the rollout moves away from: the newest other lane's (ACTIVE before DRAINING). */
export function replacedBy(lanes: readonly Lane[], target: Lane): string | null {
	const others = lanes.filter(lane => lane !== target);
	const other = others.find(lane => lane.status !== 'DRAINING') ?? others[0];
	return other === undefined ? null : nameOf(other);
}

/** The lane running `definition`: the PRIMARY when it does, else the newest that does. */
export function laneRunning(lanes: readonly Lane[], definition: string | null): Lane | undefined {
	if (definition === null) return undefined;
	const running = lanes.filter(lane => lane.taskDefinition === definition);
	return running.find(lane => lane.status === 'PRIMARY') ?? running[0];
}

export function countsOf(lane: Lane, tasksLoaded: boolean): RolloutCounts {
	return {healthy: tasksLoaded ? lane.healthy : null, running: lane.running, desired: lane.desired, pending: lane.pending, failed: lane.failed};
}

export function atCount(running: number, desired: number): RolloutState {
	return running === desired ? {kind: 'steady'} : {kind: 'scaling', from: running, to: desired};
}
