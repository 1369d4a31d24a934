import {parseTaskDefinition} from './arn.js';
import {clean} from './format.js';
import {firstLine, sanitize} from './sanitize.js';
import type {DeploymentRow, ServiceRow} from './service-row.js';
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
	 * none of the service's tasks is HEALTHY or UNHEALTHY (no health checks configured).
	 */
	healthy: number;
	createdAt: string | null;
	circuitBreaker: {enable: boolean; rollback: boolean} | null;
}

/** The service's deployments as shown: PRIMARY first, then the others newest first; INACTIVE left out. */
export function deploymentViews(service: ServiceRow, tasks: readonly TaskRow[]): DeploymentView[] {
	const serviceTasks = tasks.filter(task => task.service === service.serviceName);
	const healthChecked = serviceTasks.some(task => task.healthStatus === 'HEALTHY' || task.healthStatus === 'UNHEALTHY');
	const healthyByDeployment = new Map<string, number>();
	for (const task of serviceTasks) {
		if (task.startedBy === null || statusGroup(task) !== 'running' || (healthChecked && task.healthStatus !== 'HEALTHY')) {
			continue;
		}

		healthyByDeployment.set(task.startedBy, (healthyByDeployment.get(task.startedBy) ?? 0) + 1);
	}

	return service.deployments
		.filter(deployment => deployment.status !== 'INACTIVE')
		.sort(compareDeployments)
		.map(deployment => toView(service, deployment, healthyByDeployment.get(deployment.id) ?? 0));
}

function compareDeployments(a: DeploymentRow, b: DeploymentRow): number {
	const primary = Number(b.status === 'PRIMARY') - Number(a.status === 'PRIMARY');
	if (primary !== 0) {
		return primary;
	}

	const aTime = timeOf(a.createdAt);
	const bTime = timeOf(b.createdAt);
	if (aTime !== bTime) {
		return bTime > aTime ? 1 : -1;
	}

	return a.id === b.id ? 0 : (a.id < b.id ? -1 : 1);
}

function timeOf(iso: string | null): number {
	const ms = iso === null ? Number.NaN : Date.parse(iso);
	return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
}

function toView(service: ServiceRow, deployment: DeploymentRow, healthy: number): DeploymentView {
	const definition = parseTaskDefinition(deployment.taskDefinition ?? undefined);
	return {
		service: sanitize(service.serviceName),
		id: sanitize(deployment.id),
		status: clean(deployment.status),
		taskDefinition: definition === null ? null : sanitize(definition.taskDefinition),
		rolloutState: clean(deployment.rolloutState),
		rolloutStateReason: deployment.rolloutStateReason === null ? null : clean(firstLine(deployment.rolloutStateReason)),
		desired: deployment.desiredCount ?? 0,
		running: deployment.runningCount ?? 0,
		pending: deployment.pendingCount ?? 0,
		failed: deployment.failedTasks ?? 0,
		healthy,
		createdAt: deployment.createdAt,
		circuitBreaker: service.circuitBreaker,
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
