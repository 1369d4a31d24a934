import type {ClusterState} from './cluster-state.js';
import type {Subnet} from './network.js';
import type {TaskDefinition, TaskDefinitionRegistry} from './task-definitions.js';
import type {RunTaskInput} from './world-api.js';
import {EcsError} from './world-api.js';

export interface RunTaskPlan {
	definition: TaskDefinition;
	count: number;
	launchType: 'FARGATE' | 'EC2';
	subnets: Subnet[];
}

const invalid = (message: string): EcsError => new EcsError('InvalidParameterException', message);

/** Validates a RunTask request as ECS does and resolves what it refers to. */
export function planRunTask(cluster: ClusterState, registry: TaskDefinitionRegistry, input: RunTaskInput): RunTaskPlan {
	const definition = registry.resolve(input.taskDefinition);
	if (!definition) throw invalid('TaskDefinition not found.');
	const count = input.count ?? 1;
	if (!Number.isInteger(count) || count < 1 || count > 10) throw invalid('Count must be between 1 and 10.');
	if (input.launchType !== undefined && input.capacityProviderStrategy !== undefined) {
		throw invalid('Specifying both a launch type and capacity provider strategy is not supported. Remove one and try again.');
	}

	const launchType = input.launchType ?? (input.capacityProviderStrategy || definition.requiresCompatibilities.includes('FARGATE') ? 'FARGATE' : 'EC2');
	if (launchType !== 'FARGATE' && launchType !== 'EC2') throw invalid(`Unsupported launch type: ${launchType}.`);
	const subnets = (input.subnets ?? []).map(id => {
		const subnet = cluster.subnets.find(s => s.id === id);
		if (!subnet) throw invalid(`Error retrieving subnet information for [${id}]: The subnet ID '${id}' does not exist`);
		return subnet;
	});
	if (definition.networkMode === 'awsvpc' && subnets.length === 0) {
		throw invalid("Network Configuration must be provided when networkMode 'awsvpc' is specified.");
	}

	return {definition, count, launchType, subnets};
}
