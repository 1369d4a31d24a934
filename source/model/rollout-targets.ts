import {isoTimeMs} from './iso-time.js';
import {sanitize} from './sanitize.js';
import type {ServiceRow} from './service-row.js';
import {statusGroup} from './status-group.js';
import type {TaskTarget} from './targets/task-target.js';
import type {TaskRow} from './task-row.js';

/**
 * Target health as a rollout reads it. Where the service registers its tasks in target groups and
 * their targets were read, a task takes traffic only when it has a target and every one is
 * `healthy`; without targets on any task (not read), nothing here changes what ECS's counts say.
 */

/** Whether the service has target groups and any of its tasks carries its targets. */
export function readsTargets(service: Pick<ServiceRow, 'loadBalancers'>, serviceTasks: readonly TaskRow[]): boolean {
	return service.loadBalancers.some(balancer => balancer.targetGroupArn !== null) && serviceTasks.some(task => task.targets !== undefined);
}

/** ELB's draining states: deregistered, connections still being drained. */
export function isDrainingTarget(target: Pick<TaskTarget, 'state'>): boolean {
	return target.state === 'draining' || target.state === 'unhealthy.draining';
}

/** Registered in the load balancer and healthy in every target group it is in. */
export function targetsHealthy(task: TaskRow): boolean {
	const targets = task.targets ?? [];
	return targets.length > 0 && targets.every(target => target.state === 'healthy');
}

/** Target health of one deployment's (or task set's) tasks, counted in tasks. */
export interface LaneTargets {
	/** Its tasks that are not stopped. */
	tasks: number;
	/** Of those, the ones whose every target is healthy. */
	healthy: number;
	/** The ones with an `unhealthy` target. */
	unhealthy: number;
	/** The ones with a draining target. */
	draining: number;
}

export function laneTargets(tasks: readonly TaskRow[]): LaneTargets {
	const counts: LaneTargets = {tasks: 0, healthy: 0, unhealthy: 0, draining: 0};
	for (const task of tasks) {
		const targets = task.targets ?? [];
		if (statusGroup(task) === 'stopped' && !targets.some(isDrainingTarget)) continue;
		counts.tasks++;
		if (targetsHealthy(task)) counts.healthy++;
		if (targets.some(target => target.state === 'unhealthy')) counts.unhealthy++;
		if (targets.some(isDrainingTarget)) counts.draining++;
	}

	return counts;
}

/** The targets of an older revision still draining while the rollout moves on. */
export interface DrainingTargets {
	/** `family:revision` of the draining tasks (several joined with `, `), sanitised; their deployment id without one. */
	taskDefinition: string;
	/** Draining targets (a task in two target groups has two). */
	targets: number;
	/** When the last of them ends its deregistration delay, ISO 8601; null when ELB did not tell. */
	endsAt: string | null;
}

/**
 * Draining targets of the service's tasks that belong to another deployment than the one the
 * rollout moves to (`laneId`, sanitised; tasks without `startedBy` are told by `taskDefinition`).
 * A task scaled in from the current deployment drains too, but that is not a rollout's business.
 */
export function drainingBefore(serviceTasks: readonly TaskRow[], laneId: string, taskDefinition: string | null): DrainingTargets | null {
	const names = new Set<string>();
	let targets = 0;
	let endsAt: string | null = null;
	let unknownEnd = false;
	for (const task of serviceTasks) {
		const older = task.startedBy === null ? task.taskDefinition !== null && sanitize(task.taskDefinition) !== taskDefinition : sanitize(task.startedBy) !== laneId;
		const draining = older ? (task.targets ?? []).filter(isDrainingTarget) : [];
		if (draining.length === 0) continue;
		names.add(sanitize(task.taskDefinition ?? task.startedBy ?? task.taskId));
		targets += draining.length;
		for (const target of draining) {
			if (!Number.isFinite(isoTimeMs(target.drainingEndsAt))) unknownEnd = true;
			else if (isoTimeMs(target.drainingEndsAt) > isoTimeMs(endsAt)) endsAt = new Date(isoTimeMs(target.drainingEndsAt)).toISOString();
		}
	}

	if (targets === 0) return null;
	return {taskDefinition: [...names].sort().join(', '), targets, endsAt: unknownEnd ? null : endsAt};
}
