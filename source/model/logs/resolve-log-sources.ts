import type {EcsContainerDefinition, LogTask} from './container-definition.js';
import type {LogSource} from './log-source.js';

/** The Region of an ARN (`arn:aws:ecs:REGION:ACCOUNT:task/…`), or null when it is not one. */
export function regionOfArn(arn: string): string | null {
	const parts = arn.split(':');
	return parts[0] === 'arn' && parts.length >= 6 && parts[3] !== '' ? parts[3]! : null;
}

/**
 * Where one container of `task` writes its logs, from its task definition entry
 * (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_awslogs.html): awslogs with
 * `awslogs-stream-prefix` writes to `prefix/container/taskId`; without a prefix the stream is named
 * after the container's Docker id (its `runtimeId`). `awslogs-region` falls back to the task's Region.
 */
export function resolveLogSource(definition: EcsContainerDefinition, task: LogTask): LogSource {
	const container = definition.name ?? '';
	const {taskId} = task;
	const configuration = definition.logConfiguration;
	const driver = configuration?.logDriver;
	if (driver === undefined || driver === '') return {kind: 'no-log-configuration', taskId, container};
	if (driver !== 'awslogs') return {kind: 'other-driver', taskId, container, driver};
	const options = configuration?.options ?? {};
	const group = options['awslogs-group'];
	// Registration refuses awslogs without a group; a definition that has none logs nowhere ECS can say.
	if (group === undefined || group === '') return {kind: 'no-log-configuration', taskId, container};
	const region = options['awslogs-region'] || regionOfArn(task.taskArn);
	const prefix = options['awslogs-stream-prefix'];
	if (prefix !== undefined && prefix !== '') {
		return {kind: 'cloudwatch', taskId, container, group, stream: `${prefix}/${container}/${taskId}`, region};
	}

	const runtimeId = task.containers.find((each) => each.name === container)?.runtimeId ?? null;
	if (runtimeId === null || runtimeId === '') return {kind: 'stream-unknown', taskId, container, group};
	return {kind: 'cloudwatch', taskId, container, group, stream: runtimeId, region};
}

/** One source per container of the task definition, in its order. */
export function resolveLogSources(definitions: readonly EcsContainerDefinition[], task: LogTask): LogSource[] {
	return definitions.map((definition) => resolveLogSource(definition, task));
}

/**
 * The container whose lines a task's logs show: `wanted` when the task has it (null when it does
 * not: another revision's container is not this one), else the first essential container whose
 * logs are in CloudWatch Logs, else the first essential one, else the first.
 */
export function pickContainer(
	definitions: readonly EcsContainerDefinition[],
	sources: readonly LogSource[],
	wanted: string | null,
): string | null {
	if (wanted !== null) return definitions.some((definition) => definition.name === wanted) ? wanted : null;
	const essential = definitions.filter((definition) => definition.essential !== false);
	const inCloudWatch = (source: LogSource) => source.kind === 'cloudwatch' || source.kind === 'stream-unknown';
	const readable = essential.find((definition) => sources.some((source) => source.container === definition.name && inCloudWatch(source)));
	return (readable ?? essential[0] ?? definitions[0])?.name ?? null;
}
