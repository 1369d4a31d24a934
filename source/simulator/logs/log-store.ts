import {runtimeIdOf} from '../engine/runtime-id.js';
import type {TaskDefinitionRegistry} from '../engine/task-definitions.js';
import type {TaskEvent} from '../engine/task-lifecycle.js';
import type {ContainerState, TaskState} from '../engine/task-state.js';
import {LogStream} from './log-stream.js';
import {voiceOf, type EndCause, type StreamSubject} from './voices.js';

export interface LogGroupState {
	name: string;
	arn: string;
	createdAt: number;
	streams: Map<string, LogStream>;
}

/** How long the demo's log groups keep events (ECS's console creates `/ecs/<family>` groups; 30 days is a common choice). */
export const retentionInDays = 30;

/**
 * The account's CloudWatch Logs in the world's Region: a log group for each `awslogs-group` a
 * registered task definition names (created with its first revision, as infrastructure code would),
 * and a stream for each awslogs container of each task, created when the task starts RUNNING (as the
 * awslogs driver does). Streams outlive their tasks: CloudWatch keeps logs after ECS forgets a task.
 */
export class LogStore {
	readonly groups = new Map<string, LogGroupState>();
	private seenDefinitions = 0;

	constructor(
		private readonly region: string,
		private readonly accountId: string,
		private readonly registry: TaskDefinitionRegistry,
	) {}

	/** The group named `name`, after taking in the task definitions registered since the last look. */
	group(name: string): LogGroupState | undefined {
		this.syncGroups();
		return this.groups.get(name);
	}

	/** Every group, ASCII-sorted by name (DescribeLogGroups' order). */
	sortedGroups(): LogGroupState[] {
		this.syncGroups();
		return [...this.groups.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	}

	onTaskEvent(task: TaskState, event: TaskEvent, at: number): void {
		if (event === 'running') {
			for (const container of task.containers) this.openStream(task, container, at);
		} else if (event === 'stopping') {
			for (const container of task.containers) this.streamOf(task, container)?.end(endCause(task, container), at);
		}
	}

	private syncGroups(): void {
		const definitions = this.registry.registered();
		for (; this.seenDefinitions < definitions.length; this.seenDefinitions++) {
			const definition = definitions[this.seenDefinitions]!;
			for (const container of definition.containers) {
				const name = awslogsGroup(container.logConfiguration);
				if (name !== undefined && !this.groups.has(name)) this.addGroup(name, definition.registeredAt);
			}
		}
	}

	private addGroup(name: string, createdAt: number): LogGroupState {
		const group: LogGroupState = {name, arn: `arn:aws:logs:${this.region}:${this.accountId}:log-group:${name}`, createdAt, streams: new Map()};
		this.groups.set(name, group);
		return group;
	}

	private streamName(task: TaskState, container: ContainerState): {group: string; stream: string} | undefined {
		const config = container.spec.logConfiguration;
		const group = awslogsGroup(config);
		if (group === undefined) return undefined;
		const prefix = config?.options['awslogs-stream-prefix'];
		const stream = prefix === undefined || prefix === '' ? runtimeIdOf(task, container) : `${prefix}/${container.spec.name}/${task.id}`;
		return stream === undefined ? undefined : {group, stream};
	}

	private streamOf(task: TaskState, container: ContainerState): LogStream | undefined {
		const names = this.streamName(task, container);
		return names && this.groups.get(names.group)?.streams.get(names.stream);
	}

	private openStream(task: TaskState, container: ContainerState, at: number): void {
		const names = this.streamName(task, container);
		if (!names) return;
		this.syncGroups();
		const group = this.groups.get(names.group) ?? this.addGroup(names.group, at);
		const subject = subjectOf(task, container);
		const arn = `${group.arn}:log-stream:${names.stream}`;
		group.streams.set(names.stream, new LogStream(group.name, names.stream, arn, at, subject, voiceOf(subject)));
	}
}

function awslogsGroup(config: ContainerState['spec']['logConfiguration']): string | undefined {
	return config?.logDriver === 'awslogs' ? config.options['awslogs-group'] : undefined;
}

/** The container the lifecycle kills or lets exit: the task's first essential one. */
const victimOf = (task: TaskState) => task.containers.find(c => c.spec.essential) ?? task.containers[0];

function subjectOf(task: TaskState, container: ContainerState): StreamSubject {
	const behaviour = task.definition.behaviour;
	const victim = victimOf(task) === container;
	const role = behaviour === 'unhealthy' && container.spec.healthCheck ? 'unhealthy' : victim && (behaviour === 'crash' || behaviour === 'exit') ? behaviour : 'serve';
	return {
		taskId: task.id,
		container: container.spec.name,
		image: container.spec.image,
		role,
		healthCheck: container.spec.healthCheck === true,
		port: container.spec.containerPort,
		memoryMiB: container.spec.memory,
	};
}

function endCause(task: TaskState, container: ContainerState): EndCause {
	if (container.exitCode === 137) return 'oom';
	if (container.exitCode === 0 && task.definition.behaviour === 'exit' && victimOf(task) === container) return 'exit';
	return 'sigterm';
}
