import {pruneDeployments} from './rolling-deployments.js';
import {advanceServiceDeployment, finishCompletedDeployment} from './service-deployment-progress.js';
import type {ServiceState} from './service-state.js';
import {primaryOf} from './service-state.js';
import {isHealthy, isLive} from './task-state.js';

/**
 * What a reconcile of a rolling service leads to: drained deployments dropped, the service
 * deployment advanced, a DRAINING service INACTIVE, the PRIMARY's rollout COMPLETED once it alone
 * runs the desired count healthily, and the steady state. `say` words the service's events.
 */
export function settleService(service: ServiceState, at: number, say: (message: string) => void): void {
	pruneDeployments(service);
	const primary = primaryOf(service);
	advanceServiceDeployment(service, at);
	if (service.lifecycle === 'DRAINING') {
		// API_DeleteService: INACTIVE once every task is STOPPING or beyond.
		const all = service.deployments.flatMap(d => [...d.tasks]);
		if (all.every(t => t.lastStatus === 'STOPPING' || t.lastStatus === 'DEPROVISIONING' || t.lastStatus === 'STOPPED')) service.lifecycle = 'INACTIVE';
		return;
	}

	if (service.lifecycle === 'INACTIVE') return;
	const primaryTasks = [...primary.tasks];
	const healthyCount = primaryTasks.filter(isHealthy).length;
	const liveCount = primaryTasks.filter(isLive).length;
	const alone = service.deployments.length === 1;
	if (primary.rolloutState === 'IN_PROGRESS' && alone && healthyCount === service.desiredCount && liveCount === healthyCount) {
		primary.rolloutState = 'COMPLETED';
		primary.rolloutStateReason = `ECS deployment ${primary.id} completed.`;
		primary.updatedAt = at;
		service.lastCompleted = {definition: primary.definition, deploymentId: primary.id};
		if (primary.revisionArn !== undefined) service.lastCompleted.revisionArn = primary.revisionArn;
		say(`(deployment ${primary.id}) deployment completed.`);
		finishCompletedDeployment(service, primary, at);
	}

	const steady = alone && healthyCount === service.desiredCount && liveCount === healthyCount
		&& primaryTasks.every(t => isLive(t) || t.lastStatus === 'STOPPED');
	if (steady && !service.steady) say('has reached a steady state.');
	service.steady = steady;
}
