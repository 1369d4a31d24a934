import {createHash} from 'node:crypto';
import type {ContainerState, TaskState} from './task-state.js';

/**
 * The container's `runtimeId` as DescribeTasks reports it once it has started: on Fargate
 * `<taskId>-<digits>`, on EC2 the 64-hex Docker container id (derived from the container's ARN,
 * so no random number is drawn for it). awslogs without a stream prefix names the stream after it.
 */
export function runtimeIdOf(task: TaskState, container: ContainerState): string | undefined {
	if (container.runtimeId === undefined) return undefined;
	return task.launchType === 'EC2' ? createHash('sha256').update(container.containerArn).digest('hex') : container.runtimeId;
}
