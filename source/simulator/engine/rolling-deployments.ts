import type {Prng} from './prng.js';
import type {Deployment, ServiceState} from './service-state.js';
import {primaryOf} from './service-state.js';
import type {TaskDefinition} from './task-definitions.js';

/** Puts a new PRIMARY deployment of `definition` first; the others become ACTIVE. */
export function addDeployment(service: ServiceState, definition: TaskDefinition, revisionArn: string | undefined, prng: Prng, at: number): Deployment {
	const id = `ecs-svc/${prng.digits(19)}`;
	for (const old of service.deployments) {
		old.status = 'ACTIVE';
		old.updatedAt = at;
	}

	// desiredCount 0: it rises as the scheduler starts the deployment's tasks.
	const deployment: Deployment = {
		id,
		status: 'PRIMARY',
		definition,
		desiredCount: 0,
		failedTasks: 0,
		createdAt: at,
		updatedAt: at,
		rolloutState: 'IN_PROGRESS',
		rolloutStateReason: `ECS deployment ${id} in progress.`,
		tasks: new Set(),
	};
	if (revisionArn !== undefined) deployment.revisionArn = revisionArn;
	service.deployments.unshift(deployment);
	service.steady = false;
	return deployment;
}

/** A deployment stays listed until its last task has stopped, and no longer. */
export function pruneDeployments(service: ServiceState): void {
	const primary = primaryOf(service);
	service.deployments = service.deployments.filter(d => d === primary || [...d.tasks].some(t => t.lastStatus !== 'STOPPED'));
}
