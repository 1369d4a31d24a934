import {EcsError} from '../engine/world-api.js';
import {includesTags, requiredString} from './input.js';
import type {Operation} from './operation.js';

export const describeTaskDefinition: Operation = (world, input) => {
	const record = world.describeTaskDefinition(requiredString(input, 'taskDefinition'));
	if (!record) {
		throw new EcsError('ClientException', 'Unable to describe task definition.');
	}

	// Tags belong to the response, not to the TaskDefinition shape.
	const {tags, ...taskDefinition} = record;
	return includesTags(input) ? {taskDefinition, tags: tags ?? []} : {taskDefinition};
};
