import {DescribeContainerInstancesCommand, type ECSClient} from '@aws-sdk/client-ecs';
import {chunk, mapWithConcurrency} from './concurrency.js';
import {LIST_CONCURRENCY} from './list-task-arns.js';
import {sendOptions} from './send-options.js';

/** DescribeContainerInstances takes at most 100 container instances per call. */
export const DESCRIBE_CONTAINER_INSTANCES_CHUNK = 100;

/** EC2 instance ids by container instance ARN, as far as they are known. */
export type InstanceIds = (cluster: string, arns: readonly string[], signal?: AbortSignal) => Promise<ReadonlyMap<string, string>>;

/**
 * A cache of the EC2 instance behind each container instance (DescribeContainerInstances, 100 a
 * call): a container instance never changes instance, so each is described once; one ECS no
 * longer knows (MISSING) is not asked again.
 */
export function createInstanceIds(client: ECSClient): InstanceIds {
	const known = new Map<string, string | null>();
	const found = new Map<string, string>();
	return async (cluster, arns, signal) => {
		const unknown = [...new Set(arns)].filter(arn => !known.has(arn));
		await mapWithConcurrency(chunk(unknown, DESCRIBE_CONTAINER_INSTANCES_CHUNK), LIST_CONCURRENCY, async containerInstances => {
			const response = await client.send(new DescribeContainerInstancesCommand({cluster, containerInstances}), sendOptions(signal));
			for (const instance of response.containerInstances ?? []) {
				if (instance.containerInstanceArn === undefined || instance.ec2InstanceId === undefined) continue;
				known.set(instance.containerInstanceArn, instance.ec2InstanceId);
				found.set(instance.containerInstanceArn, instance.ec2InstanceId);
			}

			for (const arn of containerInstances) {
				if (!known.has(arn)) known.set(arn, null);
			}
		});
		return found;
	};
}
