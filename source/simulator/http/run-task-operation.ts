import type {Json, RunTaskInput} from '../engine/world-api.js';
import {invalidParameter, serialization} from './ecs-fault.js';
import {optionalInteger, optionalString, optionalStringList, requireCluster, requiredString, type Input} from './input.js';
import type {Operation} from './operation.js';

const isObject = (value: Json | undefined): value is {[key: string]: Json} =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

function objectList(input: Input, key: string): Array<{[key: string]: Json}> | undefined {
	const value = input[key];
	if (value === undefined || value === null) {
		return undefined;
	}

	if (!Array.isArray(value) || !value.every((item) => isObject(item))) {
		throw serialization(`Invalid type for member '${key}': expected a list of structures.`);
	}

	return value as Array<{[key: string]: Json}>;
}

function subnetsOf(input: Input): string[] | undefined {
	const network = input['networkConfiguration'];
	const awsvpc = isObject(network) ? network['awsvpcConfiguration'] : undefined;
	return isObject(awsvpc) ? optionalStringList(awsvpc, 'subnets') : undefined;
}

export const runTask: Operation = (world, input) => {
	const {cluster} = requireCluster(world, input);
	const run: RunTaskInput = {taskDefinition: requiredString(input, 'taskDefinition')};
	const count = optionalInteger(input, 'count') ?? 1;
	if (count < 1 || count > 10) {
		throw invalidParameter('count must be between 1 and 10.');
	}

	run.count = count;
	const launchType = optionalString(input, 'launchType');
	const strategy = objectList(input, 'capacityProviderStrategy');
	if (launchType !== undefined && strategy !== undefined) {
		throw invalidParameter('Specifying both a launch type and capacity provider strategy is not supported.');
	}

	if (launchType !== undefined) {
		run.launchType = launchType;
	}

	if (strategy !== undefined) {
		run.capacityProviderStrategy = strategy.map((item) => {
			const entry: {capacityProvider: string; weight?: number; base?: number} = {
				capacityProvider: requiredString(item, 'capacityProvider'),
			};
			const weight = optionalInteger(item, 'weight');
			const base = optionalInteger(item, 'base');
			if (weight !== undefined) entry.weight = weight;
			if (base !== undefined) entry.base = base;
			return entry;
		});
	}

	for (const key of ['group', 'startedBy'] as const) {
		const value = optionalString(input, key);
		if (value !== undefined) {
			run[key] = value;
		}
	}

	const subnets = subnetsOf(input);
	if (subnets !== undefined) {
		run.subnets = subnets;
	}

	const tags = objectList(input, 'tags');
	if (tags !== undefined) {
		run.tags = tags.map((tag) => ({key: requiredString(tag, 'key'), value: optionalString(tag, 'value') ?? ''}));
	}

	const result = world.runTask(cluster, run);
	return {tasks: result.tasks, failures: result.failures.map((failure) => ({...failure}))};
};
