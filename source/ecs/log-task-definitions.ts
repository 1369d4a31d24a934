import {DescribeTaskDefinitionCommand, type ECSClient} from '@aws-sdk/client-ecs';
import type {EcsContainerDefinition} from '../model/logs/container-definition.js';
import {sendOptions} from './send-options.js';

/**
 * The container definitions of task definitions, by `family:revision` or ARN, each described once:
 * a revision never changes once registered, so a logs tail keeps them for its lifetime. A failed
 * describe is forgotten, so the next poll asks again.
 */
export function createTaskDefinitionCache(client: ECSClient): (taskDefinition: string, signal?: AbortSignal) => Promise<readonly EcsContainerDefinition[]> {
	const cache = new Map<string, Promise<readonly EcsContainerDefinition[]>>();
	return async (taskDefinition, signal) => {
		let definitions = cache.get(taskDefinition);
		if (definitions === undefined) {
			definitions = client.send(new DescribeTaskDefinitionCommand({taskDefinition}), sendOptions(signal))
				.then((response) => response.taskDefinition?.containerDefinitions ?? []);
			cache.set(taskDefinition, definitions);
			definitions.catch(() => cache.delete(taskDefinition));
		}

		return definitions;
	};
}
