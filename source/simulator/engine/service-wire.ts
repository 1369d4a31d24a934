import type {Deployment, ServiceLaunch, ServiceState} from './service-state.js';
import {serviceLaunchType} from './service-state.js';
import {taskSetServiceFields} from './task-set-wire.js';
import type {TaskState} from './task-state.js';
import type {Json, WireRecord} from './world-api.js';

const pendingStatuses = new Set(['PROVISIONING', 'PENDING', 'ACTIVATING']);

export interface Counts {
	running: number;
	pending: number;
}

export function countTasks(tasks: Iterable<TaskState>): Counts {
	let running = 0;
	let pending = 0;
	for (const task of tasks) {
		if (task.lastStatus === 'RUNNING') running++;
		else if (task.desiredStatus === 'RUNNING' && pendingStatuses.has(task.lastStatus)) pending++;
	}

	return {running, pending};
}

function launchFields(launch: ServiceLaunch, record: WireRecord): void {
	if ('launchType' in launch) {
		record['launchType'] = launch.launchType;
	} else {
		record['capacityProviderStrategy'] = launch.capacityProviderStrategy.map(item => ({...item}));
	}
}

const isFargate = (service: ServiceState): boolean => serviceLaunchType(service.launch) === 'FARGATE';

function networkConfiguration(service: ServiceState): Json | undefined {
	const primary = service.deployments[0];
	if (!primary || primary.definition.networkMode !== 'awsvpc') {
		return undefined;
	}

	return {
		awsvpcConfiguration: {
			subnets: service.subnets.map(s => s.id),
			securityGroups: [...service.securityGroups],
			assignPublicIp: 'DISABLED',
		},
	};
}

function deploymentToWire(service: ServiceState, deployment: Deployment): WireRecord {
	const counts = countTasks(deployment.tasks);
	const record: WireRecord = {
		id: deployment.id,
		status: deployment.status,
		taskDefinition: deployment.definition.arn,
		desiredCount: deployment.desiredCount,
		pendingCount: counts.pending,
		runningCount: counts.running,
		failedTasks: deployment.failedTasks,
		createdAt: deployment.createdAt,
		updatedAt: deployment.updatedAt,
	};
	launchFields(service.launch, record);
	if (isFargate(service)) {
		record['platformVersion'] = '1.4.0';
		record['platformFamily'] = 'Linux';
	}

	const network = networkConfiguration(service);
	if (network !== undefined) record['networkConfiguration'] = network;
	record['rolloutState'] = deployment.rolloutState;
	record['rolloutStateReason'] = deployment.rolloutStateReason;
	return record;
}

/** Renders a service as DescribeServices returns it (timestamps in epoch milliseconds), `tags` with include TAGS. */
export function serviceToWire(service: ServiceState, accountId: string, withTags = false): WireRecord {
	let running = 0;
	let pending = 0;
	for (const deployment of service.deployments) {
		const counts = countTasks(deployment.tasks);
		running += counts.running;
		pending += counts.pending;
	}

	// CODE_DEPLOY and EXTERNAL services: counts, task definition and network from their task sets.
	const sets = taskSetServiceFields(service);
	running += sets?.running ?? 0;
	pending += sets?.pending ?? 0;
	const primary = service.deployments[0];
	const record: WireRecord = {
		serviceArn: service.arn,
		serviceName: service.name,
		clusterArn: service.clusterArn,
		loadBalancers: (service.loadBalancers ?? []).map(lb => ({...lb})),
		serviceRegistries: [],
		// DRAINING after DeleteService, then INACTIVE (API_DeleteService).
		status: service.lifecycle ?? 'ACTIVE',
		desiredCount: service.desiredCount,
		runningCount: running,
		pendingCount: pending,
	};
	launchFields(service.launch, record);
	if (isFargate(service)) {
		record['platformVersion'] = 'LATEST';
		record['platformFamily'] = 'Linux';
	}

	if (primary) record['taskDefinition'] = primary.definition.arn;
	if (sets?.taskDefinition !== undefined) record['taskDefinition'] = sets.taskDefinition;
	record['deploymentConfiguration'] = {
		deploymentCircuitBreaker: {...service.deploymentConfiguration.deploymentCircuitBreaker},
		maximumPercent: service.deploymentConfiguration.maximumPercent,
		minimumHealthyPercent: service.deploymentConfiguration.minimumHealthyPercent,
	};
	// A real CODE_DEPLOY response has `taskSets` and no `deployments` member (fixture service-codedeploy-tasksets-no-deployments).
	if (sets) record['taskSets'] = sets.taskSets;
	else record['deployments'] = service.deployments.map(d => deploymentToWire(service, d));
	record['events'] = service.events.map(e => ({id: e.id, createdAt: e.createdAt, message: e.message}));
	record['createdAt'] = service.createdAt;
	record['createdBy'] = `arn:aws:iam::${accountId}:role/deployer`;
	record['placementConstraints'] = [];
	record['placementStrategy'] = isFargate(service) ? [] : [{type: 'spread', field: 'attribute:ecs.availability-zone'}];
	const network = sets ? sets.networkConfiguration : networkConfiguration(service);
	if (network !== undefined) record['networkConfiguration'] = network;
	record['healthCheckGracePeriodSeconds'] = 0;
	record['schedulingStrategy'] = 'REPLICA';
	record['deploymentController'] = {type: service.controller ?? 'ECS'};
	record['enableECSManagedTags'] = true;
	record['propagateTags'] = 'NONE';
	record['enableExecuteCommand'] = false;
	if (withTags) record['tags'] = service.tags.map(t => ({key: t.key, value: t.value}));
	return record;
}
