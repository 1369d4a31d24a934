import {lastArnSegment} from './arn.js';
import type {EcsDeployment, EcsService, EcsServiceEvent} from './ecs-types.js';
import {toIsoTime} from './iso-time.js';
import type {DeploymentRow, ServiceEventRow, ServiceRow} from './service-row.js';

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
		events: (service.events ?? []).map(toEventRow),
		createdAt: toIsoTime(service.createdAt),
	};
}
