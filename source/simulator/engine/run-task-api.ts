import {required} from './api-checks.js';
import type {RunTaskRequest} from './ecs-api.js';
import type {RunTaskInput, WireRecord} from './world-api.js';
import type {SimulatedWorld} from './world.js';

/** RunTask: the request's members, checked, become the model's RunTaskInput (planRunTask checks the rest). */
export function runTask(world: SimulatedWorld, input: RunTaskRequest): WireRecord {
	const cluster = world.cluster(input.cluster);
	const run: RunTaskInput = {taskDefinition: required(input.taskDefinition, 'taskDefinition')};
	if (input.count !== undefined) run.count = input.count;
	if (input.launchType !== undefined) run.launchType = input.launchType;
	if (input.capacityProviderStrategy !== undefined) {
		run.capacityProviderStrategy = input.capacityProviderStrategy.map(item => {
			const entry: {capacityProvider: string; weight?: number; base?: number} = {capacityProvider: required(item.capacityProvider, 'capacityProvider')};
			if (item.weight !== undefined) entry.weight = item.weight;
			if (item.base !== undefined) entry.base = item.base;
			return entry;
		});
	}

	if (input.group !== undefined) run.group = input.group;
	if (input.startedBy !== undefined) run.startedBy = input.startedBy;
	const subnets = input.networkConfiguration?.awsvpcConfiguration?.subnets;
	if (subnets !== undefined) run.subnets = subnets;
	if (input.tags !== undefined) run.tags = input.tags.map(tag => ({key: required(tag.key, 'key'), value: tag.value ?? ''}));
	const result = world.runTask(cluster.arn, run);
	return {tasks: result.tasks, failures: result.failures.map(failure => ({...failure}))};
}
