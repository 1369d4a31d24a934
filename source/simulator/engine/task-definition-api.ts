import {includes, required} from './api-checks.js';
import type {DescribeTaskDefinitionInput} from './ecs-api.js';
import {EcsError, type WireRecord} from './world-api.js';
import type {SimulatedWorld} from './world.js';

/** DescribeTaskDefinition: `family`, `family:revision` or an ARN; its tags with include TAGS. */
export function describeTaskDefinition(world: SimulatedWorld, input: DescribeTaskDefinitionInput): WireRecord {
	const record = world.describeTaskDefinition(required(input.taskDefinition, 'taskDefinition'));
	if (!record) throw new EcsError('ClientException', 'Unable to describe task definition.');
	// Tags belong to the response, not to the TaskDefinition shape.
	const {tags, ...taskDefinition} = record;
	return includes(input.include, 'TAGS') ? {taskDefinition, tags: tags ?? []} : {taskDefinition};
}
