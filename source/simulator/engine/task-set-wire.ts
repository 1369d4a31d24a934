import type {ServiceState} from './service-state.js';
import {serviceLaunchType} from './service-state.js';
import {countTasks} from './service-wire.js';
import type {TaskSetService, TaskSetState} from './task-sets.js';
import {computedDesiredCount, isTaskSetService, primaryTaskSet} from './task-sets.js';
import type {Json, WireRecord} from './world-api.js';

/** The set's awsvpcConfiguration (awsvpc task definitions only), as in the real CODE_DEPLOY response. */
export function taskSetNetwork(set: TaskSetState): Json | undefined {
	if (set.definition.networkMode !== 'awsvpc') return undefined;
	return {awsvpcConfiguration: {subnets: set.subnets.map(s => s.id), securityGroups: [...set.securityGroups], assignPublicIp: 'DISABLED'}};
}

/**
 * Renders a task set as DescribeTaskSets and DescribeServices return it, members in the order of the
 * real CODE_DEPLOY response (fixture service-codedeploy-tasksets-no-deployments) and the AWS CLI's
 * examples. `tags` with `withTags`: DescribeServices always lists them (the fixture), DescribeTaskSets
 * only with include TAGS (API_DescribeTaskSets).
 */
export function taskSetToWire(service: TaskSetService, set: TaskSetState, withTags: boolean): WireRecord {
	const counts = countTasks(set.tasks);
	const record: WireRecord = {
		id: set.id,
		taskSetArn: set.arn,
		serviceArn: service.arn,
		clusterArn: service.clusterArn,
	};
	if (set.startedBy !== undefined) record['startedBy'] = set.startedBy;
	if (set.externalId !== undefined) record['externalId'] = set.externalId;
	Object.assign(record, {
		status: set.status,
		taskDefinition: set.definition.arn,
		computedDesiredCount: computedDesiredCount(service, set),
		pendingCount: counts.pending,
		runningCount: counts.running,
		createdAt: set.createdAt,
		updatedAt: set.updatedAt,
	});
	if ('launchType' in set.launch) record['launchType'] = set.launch.launchType;
	else record['capacityProviderStrategy'] = set.launch.capacityProviderStrategy.map(item => ({...item}));
	if (serviceLaunchType(set.launch) === 'FARGATE') {
		record['platformVersion'] = '1.4.0';
		record['platformFamily'] = 'Linux';
	}

	const network = taskSetNetwork(set);
	if (network !== undefined) record['networkConfiguration'] = network;
	record['loadBalancers'] = (set.loadBalancers ?? []).map(lb => ({...lb}));
	record['serviceRegistries'] = [];
	record['scale'] = {value: set.scale, unit: 'PERCENT'};
	record['stabilityStatus'] = set.stabilityStatus;
	record['stabilityStatusAt'] = set.stabilityStatusAt;
	if (withTags) record['tags'] = set.tags.map(t => ({key: t.key, value: t.value}));
	return record;
}

/** What a task-set service's DescribeServices record takes from its task sets; undefined for an ECS service. */
export interface TaskSetServiceFields {
	taskSets: Json[];
	running: number;
	pending: number;
	/** The PRIMARY set's (deployment-type-external.html: the service shows its primary set's fields, none without one). */
	taskDefinition?: string;
	networkConfiguration?: Json;
}

export function taskSetServiceFields(service: ServiceState): TaskSetServiceFields | undefined {
	if (!isTaskSetService(service)) return undefined;
	const fields: TaskSetServiceFields = {taskSets: service.taskSets.map(s => taskSetToWire(service, s, true)), running: 0, pending: 0};
	for (const set of service.taskSets) {
		const counts = countTasks(set.tasks);
		fields.running += counts.running;
		fields.pending += counts.pending;
	}

	const primary = primaryTaskSet(service);
	if (primary) {
		fields.taskDefinition = primary.definition.arn;
		const network = taskSetNetwork(primary);
		if (network !== undefined) fields.networkConfiguration = network;
	}

	return fields;
}
