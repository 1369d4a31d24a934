import {lastArnSegment} from './arn.js';
import type {EcsDeployment, EcsService, EcsServiceEvent, EcsTaskSet} from './ecs-types.js';
import {toIsoTime} from './iso-time.js';
import type {DeploymentRow, ServiceEventRow, ServiceRow, TaskSetRow} from './service-row.js';

const orNull = <T>(value: T | undefined): T | null => value ?? null;

function toDeploymentRow(deployment: EcsDeployment): DeploymentRow {
	return {
		id: deployment.id ?? '',
		status: orNull(deployment.status),
		taskDefinition: orNull(deployment.taskDefinition),
		rolloutState: orNull(deployment.rolloutState),
		rolloutStateReason: orNull(deployment.rolloutStateReason),
		desiredCount: orNull(deployment.desiredCount),
		runningCount: orNull(deployment.runningCount),
		pendingCount: orNull(deployment.pendingCount),
		failedTasks: orNull(deployment.failedTasks),
		launchType: orNull(deployment.launchType),
		createdAt: toIsoTime(deployment.createdAt),
		updatedAt: toIsoTime(deployment.updatedAt),
	};
}

/** The id in a task set ARN (`…:task-set/<cluster>/<service>/ecs-svc/123`): `ecs-svc/123`, slash and all. */
function taskSetIdOf(arn: string): string {
	return /:task-set\/[^/]+\/[^/]+\/(.+)$/u.exec(arn)?.[1] ?? lastArnSegment(arn);
}

function toTaskSetRow(taskSet: EcsTaskSet): TaskSetRow {
	const scale = taskSet.scale;
	return {
		id: taskSet.id ?? taskSetIdOf(taskSet.taskSetArn ?? ''),
		taskSetArn: orNull(taskSet.taskSetArn),
		status: orNull(taskSet.status),
		taskDefinition: orNull(taskSet.taskDefinition),
		computedDesiredCount: orNull(taskSet.computedDesiredCount),
		runningCount: orNull(taskSet.runningCount),
		pendingCount: orNull(taskSet.pendingCount),
		scale: scale === undefined ? null : {value: orNull(scale.value), unit: orNull(scale.unit)},
		stabilityStatus: orNull(taskSet.stabilityStatus),
		externalId: orNull(taskSet.externalId),
		startedBy: orNull(taskSet.startedBy),
		createdAt: toIsoTime(taskSet.createdAt),
		updatedAt: toIsoTime(taskSet.updatedAt),
	};
}

function toEventRow(event: EcsServiceEvent): ServiceEventRow {
	return {id: event.id ?? '', createdAt: toIsoTime(event.createdAt), message: event.message ?? ''};
}

/** Flattens a DescribeServices service into the row ecswatch shows. Absent values become null. */
export function toServiceRow(service: EcsService): ServiceRow {
	const serviceArn = service.serviceArn ?? '';
	const configuration = service.deploymentConfiguration;
	const breaker = configuration?.deploymentCircuitBreaker;
	const capacityProviders: string[] = [];
	for (const item of service.capacityProviderStrategy ?? []) {
		if (item.capacityProvider !== undefined) {
			capacityProviders.push(item.capacityProvider);
		}
	}

	return {
		serviceArn,
		serviceName: service.serviceName ?? lastArnSegment(serviceArn),
		clusterArn: orNull(service.clusterArn),
		status: orNull(service.status),
		desiredCount: orNull(service.desiredCount),
		runningCount: orNull(service.runningCount),
		pendingCount: orNull(service.pendingCount),
		launchType: orNull(service.launchType),
		capacityProviders,
		taskDefinition: orNull(service.taskDefinition),
		minimumHealthyPercent: orNull(configuration?.minimumHealthyPercent),
		maximumPercent: orNull(configuration?.maximumPercent),
		circuitBreaker: breaker === undefined ? null : {enable: breaker.enable === true, rollback: breaker.rollback === true},
		deployments: (service.deployments ?? []).map(toDeploymentRow),
		controller: orNull(service.deploymentController?.type),
		taskSets: (service.taskSets ?? []).map(toTaskSetRow),
		events: (service.events ?? []).map(toEventRow),
		createdAt: toIsoTime(service.createdAt),
	};
}
