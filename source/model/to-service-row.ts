import type {ServiceLoadBalancer} from './targets/task-target.js';
import {lastArnSegment} from './arn.js';
import type {EcsDeployment, EcsService, EcsServiceEvent, EcsTaskSet} from './ecs-types.js';
import {toIsoTime} from './iso-time.js';
import {fieldsOrNull, orNull} from './or-null.js';
import type {DeploymentRow, ServiceEventRow, ServiceRow, TaskSetRow} from './service-row.js';

function toDeploymentRow(deployment: EcsDeployment): DeploymentRow {
	return {
		id: deployment.id ?? '',
		...fieldsOrNull(deployment, ['status', 'taskDefinition', 'rolloutState', 'rolloutStateReason', 'desiredCount', 'runningCount', 'pendingCount', 'failedTasks', 'launchType']),
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
		...fieldsOrNull(taskSet, ['taskSetArn', 'status', 'taskDefinition', 'computedDesiredCount', 'runningCount', 'pendingCount']),
		scale: scale === undefined ? null : fieldsOrNull(scale, ['value', 'unit']),
		...fieldsOrNull(taskSet, ['stabilityStatus', 'externalId', 'startedBy']),
		createdAt: toIsoTime(taskSet.createdAt),
		updatedAt: toIsoTime(taskSet.updatedAt),
	};
}

function toEventRow(event: EcsServiceEvent): ServiceEventRow {
	return {id: event.id ?? '', createdAt: toIsoTime(event.createdAt), message: event.message ?? ''};
}

/**
 * The target groups the service's tasks register in: its own `loadBalancers` and, for blue/green
 * and external services, each task set's (the green set's tasks go to the other group of the
 * pair), each once.
 */
function serviceLoadBalancers(service: EcsService): ServiceLoadBalancer[] {
	const all = [...(service.loadBalancers ?? []), ...(service.taskSets ?? []).flatMap(taskSet => taskSet.loadBalancers ?? [])]
		.map(balancer => fieldsOrNull(balancer, ['targetGroupArn', 'loadBalancerName', 'containerName', 'containerPort']));
	const seen = new Set<string>();
	return all.filter(balancer => {
		const key = JSON.stringify([balancer.targetGroupArn, balancer.loadBalancerName, balancer.containerName, balancer.containerPort]);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
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
		...fieldsOrNull(service, ['clusterArn', 'status', 'desiredCount', 'runningCount', 'pendingCount', 'launchType']),
		capacityProviders,
		taskDefinition: orNull(service.taskDefinition),
		minimumHealthyPercent: orNull(configuration?.minimumHealthyPercent),
		maximumPercent: orNull(configuration?.maximumPercent),
		circuitBreaker: breaker === undefined ? null : {enable: breaker.enable === true, rollback: breaker.rollback === true},
		deployments: (service.deployments ?? []).map(toDeploymentRow),
		controller: orNull(service.deploymentController?.type),
		taskSets: (service.taskSets ?? []).map(toTaskSetRow),
		loadBalancers: serviceLoadBalancers(service),
		events: (service.events ?? []).map(toEventRow),
		createdAt: toIsoTime(service.createdAt),
	};
}
