import type {Maybe} from '../ecs-types.js';

/** A container's `logConfiguration` in a task definition, as DescribeTaskDefinition returns it. */
export interface EcsLogConfiguration {
	logDriver?: Maybe<string>;
	options?: Maybe<Record<string, string>>;
}

/**
 * The parts of a task definition's `containerDefinitions[]` that say where a container's logs
 * go, shaped like the SDK's ContainerDefinition so its values can be passed in as they are.
 */
export interface EcsContainerDefinition {
	name?: Maybe<string>;
	/** ECS treats an absent `essential` as true. */
	essential?: Maybe<boolean>;
	logConfiguration?: Maybe<EcsLogConfiguration>;
}

/** What stream-name resolution needs of one task (a DescribeTasks task, flattened). */
export interface LogTask {
	taskArn: string;
	taskId: string;
	/** The task's containers as ECS reports them; `runtimeId` is null until the container has started. */
	containers: ReadonlyArray<{name: string | null; runtimeId: string | null}>;
}
