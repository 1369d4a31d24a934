import {parseTaskDefinition} from './arn.js';
import {clean} from './format.js';
import {isoTimeMs} from './iso-time.js';
import {laneTargets, readsTargets, targetsHealthy, type LaneTargets} from './rollout-targets.js';
import {firstLine, sanitize} from './sanitize.js';
import type {DeploymentRow, ServiceRow, TaskSetRow} from './service-row.js';
import {statusGroup} from './status-group.js';
import type {TaskRow} from './task-row.js';

/** One line of the deployments panel. Strings are sanitised. */
export interface DeploymentView {
	service: string;
	id: string;
	status: string | null;
	/** `family:revision`, even when ECS gave a task definition ARN. */
	taskDefinition: string | null;
	rolloutState: string | null;
	rolloutStateReason: string | null;
	desired: number;
	running: number;
	pending: number;
	failed: number;
	/**
	 * Tasks of this deployment (`startedBy === id`) that are RUNNING and HEALTHY — or RUNNING when
	 * none of the service's tasks is HEALTHY or UNHEALTHY (no health checks configured). Where the
	 * service has target groups and its tasks' targets were read, only those whose targets are all `healthy`.
	 */
	healthy: number;
	/** Target health of this deployment's tasks; absent when the service has no load balancer or its targets were not read. */
	targets?: LaneTargets;
	createdAt: string | null;
	circuitBreaker: {enable: boolean; rollback: boolean} | null;
	/**
	 * The last 6 to 8 characters of the id (`819917` for `ecs-svc/4201323268728819917`) when another listed view has the same task
	 * definition revision, to tell the two apart; null otherwise.
	 */
	shortId: string | null;
}

/** One task set line of the deployments panel (CODE_DEPLOY and EXTERNAL services). Strings are sanitised. */
export interface TaskSetView {
	service: string;
	id: string;
	/** PRIMARY, ACTIVE or DRAINING. */
	status: string | null;
	/** `family:revision`, even when ECS gave a task definition ARN. */
	taskDefinition: string | null;
	/** Share of the service's desired count this set runs: `{value: 100, unit: 'PERCENT'}`; null when absent. */
	scale: {value: number | null; unit: string | null} | null;
	/** STEADY_STATE or STABILIZING. */
	stabilityStatus: string | null;
	/** `computedDesiredCount`. */
	desired: number;
	running: number;
	pending: number;
	/** Tasks of this task set (`startedBy === id`) counted as in {@link DeploymentView.healthy}. */
	healthy: number;
	/** As in {@link DeploymentView.targets}. */
	targets?: LaneTargets;
	createdAt: string | null;
	/** As in {@link DeploymentView.shortId}. */
	shortId: string | null;
}

/** The service's deployments as shown: PRIMARY first, then the others newest first; INACTIVE left out. */
export function deploymentViews(service: ServiceRow, tasks: readonly TaskRow[]): DeploymentView[] {
	const healthy = healthyByStarter(service, tasks);
	const targets = targetsByStarter(service, tasks);
	const views = service.deployments
		.filter(deployment => deployment.status !== 'INACTIVE')
		.sort(compareDeployments)
		.map(deployment => withTargets(toView(service, deployment, healthy.get(deployment.id) ?? 0), targets, deployment.id));
	return withShortIds(views);
}

/** The service's task sets as shown: PRIMARY first, then the others (ACTIVE, DRAINING) newest first. */
export function taskSetViews(service: ServiceRow, tasks: readonly TaskRow[]): TaskSetView[] {
	const healthy = healthyByStarter(service, tasks);
	const targets = targetsByStarter(service, tasks);
	const views = [...service.taskSets]
		.sort(compareDeployments)
		.map(taskSet => withTargets(toTaskSetView(service, taskSet, healthy.get(taskSet.id) ?? 0), targets, taskSet.id));
	return withShortIds(views);
}

/** The service's tasks by `startedBy`, when their targets were read; null otherwise. */
function targetsByStarter(service: ServiceRow, tasks: readonly TaskRow[]): Map<string, TaskRow[]> | null {
	const serviceTasks = tasks.filter(task => task.service === service.serviceName);
	if (!readsTargets(service, serviceTasks)) return null;
	const byStarter = new Map<string, TaskRow[]>();
	for (const task of serviceTasks) {
		if (task.startedBy !== null) byStarter.set(task.startedBy, [...(byStarter.get(task.startedBy) ?? []), task]);
	}

	return byStarter;
}

function withTargets<View extends DeploymentView | TaskSetView>(view: View, byStarter: Map<string, TaskRow[]> | null, id: string): View {
	return byStarter === null ? view : {...view, targets: laneTargets(byStarter.get(id) ?? [])};
}

/**
 * Healthy tasks of the service by `startedBy` (the deployment or task set id ECS starts them with):
 * RUNNING (and not on their way out) and HEALTHY — or RUNNING when none of the service's tasks is
 * HEALTHY or UNHEALTHY (no health checks configured). PENDING, STOPPING and STOPPED tasks never count.
 * Where the targets were read, a task also needs every one of its targets `healthy`: the load
 * balancer sends it traffic only then.
 */
function healthyByStarter(service: ServiceRow, tasks: readonly TaskRow[]): Map<string, number> {
	const serviceTasks = tasks.filter(task => task.service === service.serviceName);
	const healthChecked = serviceTasks.some(task => task.healthStatus === 'HEALTHY' || task.healthStatus === 'UNHEALTHY');
	const balanced = readsTargets(service, serviceTasks);
	const healthy = new Map<string, number>();
	for (const task of serviceTasks) {
		if (task.startedBy === null || statusGroup(task) !== 'running' || (healthChecked && task.healthStatus !== 'HEALTHY') || (balanced && !targetsHealthy(task))) {
			continue;
		}

		healthy.set(task.startedBy, (healthy.get(task.startedBy) ?? 0) + 1);
	}

	return healthy;
}

const SHORT_ID = 6;
const LONGEST_SHORT_ID = 8;

/** The last `length` characters of an id's last path segment (all of it when shorter). */
function tailOf(id: string, length: number): string {
	const segment = id.slice(id.lastIndexOf('/') + 1);
	return segment.slice(-length);
}

/** Sets `shortId` on views that share their task definition revision with another view. */
function withShortIds<T extends {id: string; taskDefinition: string | null; shortId: string | null}>(views: T[]): T[] {
	const byDefinition = new Map<string, T[]>();
	for (const view of views) {
		if (view.taskDefinition === null) continue;
		byDefinition.set(view.taskDefinition, [...(byDefinition.get(view.taskDefinition) ?? []), view]);
	}

	for (const group of byDefinition.values()) {
		if (group.length < 2) continue;
		let length = SHORT_ID;
		while (length < LONGEST_SHORT_ID && new Set(group.map(view => tailOf(view.id, length))).size < group.length) {
			length++;
		}

		const distinct = new Set(group.map(view => tailOf(view.id, length))).size === group.length;
		for (const view of group) {
			view.shortId = distinct ? tailOf(view.id, length) : tailOf(view.id, Number.POSITIVE_INFINITY);
		}
	}

	return views;
}

function compareDeployments(a: Pick<DeploymentRow, 'id' | 'status' | 'createdAt'>, b: Pick<DeploymentRow, 'id' | 'status' | 'createdAt'>): number {
	const primary = Number(b.status === 'PRIMARY') - Number(a.status === 'PRIMARY');
	if (primary !== 0) {
		return primary;
	}

	const aTime = isoTimeMs(a.createdAt);
	const bTime = isoTimeMs(b.createdAt);
	if (aTime !== bTime) {
		return bTime > aTime ? 1 : -1;
	}

	return a.id === b.id ? 0 : (a.id < b.id ? -1 : 1);
}

/** The fields a deployment line and a task set line share, sanitised; `taskDefinition` as `family:revision`. */
function identityOf(service: ServiceRow, lane: Pick<DeploymentRow | TaskSetRow, 'id' | 'status' | 'taskDefinition'>): Pick<DeploymentView, 'service' | 'id' | 'status' | 'taskDefinition'> {
	const definition = parseTaskDefinition(lane.taskDefinition ?? undefined);
	return {
		service: sanitize(service.serviceName),
		id: sanitize(lane.id),
		status: clean(lane.status),
		taskDefinition: definition === null ? null : sanitize(definition.taskDefinition),
	};
}

function toView(service: ServiceRow, deployment: DeploymentRow, healthy: number): DeploymentView {
	return {
		...identityOf(service, deployment),
		rolloutState: clean(deployment.rolloutState),
		rolloutStateReason: deployment.rolloutStateReason === null ? null : clean(firstLine(deployment.rolloutStateReason)),
		desired: deployment.desiredCount ?? 0,
		running: deployment.runningCount ?? 0,
		pending: deployment.pendingCount ?? 0,
		failed: deployment.failedTasks ?? 0,
		healthy,
		createdAt: deployment.createdAt,
		circuitBreaker: service.circuitBreaker,
		shortId: null,
	};
}

function toTaskSetView(service: ServiceRow, taskSet: TaskSetRow, healthy: number): TaskSetView {
	return {
		...identityOf(service, taskSet),
		scale: taskSet.scale === null ? null : {value: taskSet.scale.value, unit: clean(taskSet.scale.unit)},
		stabilityStatus: clean(taskSet.stabilityStatus),
		desired: taskSet.computedDesiredCount ?? 0,
		running: taskSet.runningCount ?? 0,
		pending: taskSet.pendingCount ?? 0,
		healthy,
		createdAt: taskSet.createdAt,
		shortId: null,
	};
}

/** A bar of `width` cells, `█` for done and `░` for the rest; full only when done ≥ total > 0. */
export function progressBar(done: number, total: number, width: number): string {
	const cells = Number.isFinite(width) ? Math.max(0, Math.floor(width)) : 0;
	if (!(total > 0) || !Number.isFinite(done)) {
		return '░'.repeat(cells);
	}

	const ratio = Math.min(1, Math.max(0, done / total));
	let filled = Math.round(ratio * cells);
	if (ratio < 1 && filled === cells) {
		filled = Math.max(0, cells - 1);
	}

	return '█'.repeat(filled) + '░'.repeat(cells - filled);
}
