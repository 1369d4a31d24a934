import {currentServiceDeployment, finishServiceDeployment} from './service-history.js';
import type {Deployment, ServiceState} from './service-state.js';
import {primaryOf} from './service-state.js';
import {isHealthy} from './task-state.js';

/*
 * The service deployment record (API_ServiceDeployment) of a rolling service, kept in step with its
 * PRIMARY deployment; the circuit breaker (circuit-breaker.ts) records its failures and rollback.
 */

/** PENDING → IN_PROGRESS (and ROLLBACK_REQUESTED → ROLLBACK_IN_PROGRESS) once the scheduler acts on it. */
export function advanceServiceDeployment(service: ServiceState, at: number): void {
	const record = currentServiceDeployment(service);
	if (!record) return;
	const primary = primaryOf(service);
	if (record.status === 'PENDING' && record.deploymentId === primary.id) {
		record.status = 'IN_PROGRESS';
		record.startedAt = at;
		record.updatedAt = at;
	} else if (record.status === 'ROLLBACK_REQUESTED' && record.rollback?.deploymentId === primary.id && at > record.rollback.startedAt) {
		record.status = 'ROLLBACK_IN_PROGRESS';
		record.updatedAt = at;
	}

	if (record.status === 'IN_PROGRESS' || record.status === 'ROLLBACK_IN_PROGRESS') {
		const scaledUp = [...primary.tasks].filter(isHealthy).length >= service.desiredCount;
		const stage = scaledUp && service.deployments.length > 1 ? 'CLEAN_UP' : scaledUp ? record.lifecycleStage ?? 'SCALE_UP' : 'SCALE_UP';
		if (stage !== record.lifecycleStage) {
			record.lifecycleStage = stage;
			record.updatedAt = at;
		}
	}
}

/** The deployment completed: its service deployment (or the rollback to it) succeeded. */
export function finishCompletedDeployment(service: ServiceState, completed: Deployment, at: number): void {
	const record = currentServiceDeployment(service);
	if (record?.rollback?.deploymentId === completed.id) finishServiceDeployment(service, record, 'ROLLBACK_SUCCESSFUL', at);
	else if (record?.deploymentId === completed.id) finishServiceDeployment(service, record, 'SUCCESSFUL', at);
}
