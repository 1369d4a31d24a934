import {invalidParameter} from './api-checks.js';
import type {ClusterState} from './cluster-state.js';
import type {Subnet} from './network.js';
import {instanceOf, leastUsed, subnetOf} from './placement.js';
import {providerLaunchType} from './service-state.js';
import type {TaskDefinition, TaskDefinitionRegistry} from './task-definitions.js';
import type {LaunchSpec} from './task-lifecycle.js';
import {isLive} from './task-state.js';
import {taskToWire} from './task-wire.js';
import type {RunTaskInput, RunTaskResult, WireRecord} from './world-api.js';
import type {SimulatedWorld} from './world.js';

export interface RunTaskPlan {
	definition: TaskDefinition;
	count: number;
	launchType: 'FARGATE' | 'EC2';
	subnets: Subnet[];
}

/** Validates a RunTask request as ECS does and resolves what it refers to. */
export function planRunTask(cluster: ClusterState, registry: TaskDefinitionRegistry, input: RunTaskInput): RunTaskPlan {
	const definition = registry.resolve(input.taskDefinition);
	if (!definition) throw invalidParameter('TaskDefinition not found.');
	const count = input.count ?? 1;
	if (!Number.isInteger(count) || count < 1 || count > 10) throw invalidParameter('Count must be between 1 and 10.');
	if (input.launchType !== undefined && input.capacityProviderStrategy !== undefined) {
		throw invalidParameter('Specifying both a launch type and capacity provider strategy is not supported. Remove one and try again.');
	}

	const provider = input.capacityProviderStrategy?.[0]?.capacityProvider;
	const launchType = input.launchType
		?? (input.capacityProviderStrategy ? providerLaunchType(provider) : definition.requiresCompatibilities.includes('FARGATE') ? 'FARGATE' : 'EC2');
	if (launchType !== 'FARGATE' && launchType !== 'EC2') throw invalidParameter(`Unsupported launch type: ${launchType}.`);
	if (launchType === 'EC2' && cluster.containerInstances.length === 0) throw invalidParameter('No Container Instances were found in your cluster.');
	const subnets = (input.subnets ?? []).map(id => {
		const subnet = cluster.subnets.find(s => s.id === id);
		if (!subnet) throw invalidParameter(`Error retrieving subnet information for [${id}]: The subnet ID '${id}' does not exist`);
		return subnet;
	});
	if (definition.networkMode === 'awsvpc' && subnets.length === 0) {
		throw invalidParameter("Network Configuration must be provided when networkMode 'awsvpc' is specified.");
	}

	return {definition, count, launchType, subnets};
}

/** Starts `count` standalone tasks at the world's current time, spread across zones like ECS. */
export function runTasks(world: SimulatedWorld, cluster: ClusterState, input: RunTaskInput): RunTaskResult {
	const {definition, count, launchType, subnets} = planRunTask(cluster, world.registry, input);
	const at = world.now();
	const tasks: WireRecord[] = [];
	// Like ECS, spread across the zones among the tasks of the same group.
	const group = input.group ?? `family:${definition.family}`;
	const live = [...world.lifecycle.tasks.values()].filter(t => t.clusterArn === cluster.arn && t.group === group && isLive(t));
	for (let i = 0; i < count; i++) {
		const spec: LaunchSpec = {definition, clusterArn: cluster.arn, clusterName: cluster.name, launchType, group, tags: input.tags ?? []};
		if (input.startedBy !== undefined) spec.startedBy = input.startedBy;
		const provider = input.capacityProviderStrategy?.[0]?.capacityProvider;
		if (provider !== undefined) spec.capacityProviderName = provider;
		if (launchType === 'EC2') {
			const instance = leastUsed(cluster.containerInstances, live, instanceOf);
			if (instance) spec.containerInstance = instance;
			const subnet = subnets.find(s => s.availabilityZone === instance?.availabilityZone) ?? subnets[0];
			if (subnet) spec.subnet = subnet;
		} else {
			const subnet = leastUsed(subnets, live, subnetOf);
			if (subnet) spec.subnet = subnet;
		}

		const task = world.lifecycle.launch(spec, at);
		live.push(task);
		tasks.push(taskToWire(task, world.region));
	}

	return {tasks, failures: []};
}
