import type {ClusterState} from './cluster-state.js';
import type {Prng} from './prng.js';
import {addDeployment} from './rolling-deployments.js';
import {currentServiceDeployment, finishServiceDeployment} from './service-history.js';
import type {Deployment, ServiceState} from './service-state.js';
import {failureThreshold} from './service-state.js';

/*
 * The deployment circuit breaker of rolling deployments, as the developer guide's "How the Amazon
 * ECS deployment circuit breaker detects failures" (deployment-circuit-breaker.html) describes it,
 * and its rollback to the last completed deployment.
 */

const breakerReason = 'ECS deployment circuit breaker: tasks failed to start.';

/** What the breaker needs of the scheduler: its events, its ids, and a reconcile soon after it trips. */
export interface BreakerScheduler {
	readonly prng: Prng;
	event(service: ServiceState, at: number, message: string): void;
	poke(cluster: ClusterState, service: ServiceState, at: number): void;
}

/**
 * API_Deployment.failedTasks: "Once a service deployment has one or more successfully running
 * tasks, the failed task count resets to zero and stops being evaluated."
 */
export function settleBreaker(service: ServiceState, deployment: Deployment): void {
	if (deployment.breakerSettled) return;
	deployment.breakerSettled = true;
	deployment.failedTasks = 0;
	const record = currentServiceDeployment(service);
	if (record && (record.deploymentId === deployment.id || record.rollback?.deploymentId === deployment.id)) record.breaker.failureCount = 0;
}

/** Counts a failed task of the deployment; at the threshold, fails the deployment and rolls back. */
export function countFailure(scheduler: BreakerScheduler, cluster: ClusterState, service: ServiceState, deployment: Deployment, at: number): void {
	if (deployment.breakerSettled) return;
	deployment.failedTasks++;
	deployment.updatedAt = at;
	const record = currentServiceDeployment(service);
	const mine = record && (record.rollback ? record.rollback.deploymentId === deployment.id : record.deploymentId === deployment.id);
	if (record && mine) {
		record.breaker.failureCount = deployment.failedTasks;
		record.updatedAt = at;
	}

	const breaker = service.deploymentConfiguration.deploymentCircuitBreaker;
	if (!breaker.enable || deployment.rolloutState !== 'IN_PROGRESS' || deployment !== service.deployments[0]) return;
	if (deployment.failedTasks < failureThreshold(service.desiredCount)) return;
	deployment.rolloutState = 'FAILED';
	deployment.rolloutStateReason = breakerReason;
	scheduler.event(service, at, `(deployment ${deployment.id}) deployment failed: tasks failed to start.`);
	if (record && mine) record.breaker.triggered = true;
	if (record && mine && record.rollback) {
		finishServiceDeployment(service, record, 'ROLLBACK_FAILED', at, breakerReason);
		return;
	}

	const back = breaker.rollback ? rollbackTarget(scheduler.prng, service, deployment, at) : undefined;
	if (!back) {
		if (record && mine) finishServiceDeployment(service, record, 'STOPPED', at, breakerReason);
		return;
	}

	const target = service.lastCompleted!;
	back.rolloutStateReason = `ECS deployment circuit breaker: rolling back to deploymentId ${target.deploymentId}.`;
	scheduler.event(service, at, `rolling back to deployment ${target.deploymentId}.`);
	if (record && mine) {
		record.status = 'ROLLBACK_REQUESTED';
		record.statusReason = breakerReason;
		record.updatedAt = at;
		record.rollback = {reason: breakerReason, startedAt: at, serviceRevisionArn: target.revisionArn ?? '', deploymentId: back.id};
	}

	scheduler.poke(cluster, service, at);
}

/**
 * The rollback, as the service-revision page describes it: "Amazon ECS doesn't create a new
 * service revision for a rollback operation. Amazon ECS uses the last successful service revision
 * for the rollback." The last completed deployment, while still listed, becomes PRIMARY again with
 * its tasks (only missing ones are started); otherwise a deployment of that same revision starts.
 */
function rollbackTarget(prng: Prng, service: ServiceState, failed: Deployment, at: number): Deployment | undefined {
	const target = service.lastCompleted;
	if (!target || target.deploymentId === failed.id) return undefined;
	const listed = service.deployments.find(d => d.id === target.deploymentId);
	if (!listed) {
		if (target.definition === failed.definition) return undefined;
		return addDeployment(service, target.definition, target.revisionArn, prng, at);
	}

	service.deployments = [listed, ...service.deployments.filter(d => d !== listed)];
	for (const other of service.deployments) other.status = other === listed ? 'PRIMARY' : 'ACTIVE';
	listed.rolloutState = 'IN_PROGRESS';
	listed.updatedAt = at;
	service.steady = false;
	return listed;
}
