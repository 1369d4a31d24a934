import {lastArnSegment, parseTaskDefinition, serviceFromGroup} from './arn.js';
import type {EcsAttachment, EcsContainer, EcsTask} from './ecs-types.js';
import {toIsoTime} from './iso-time.js';
import {orNull} from './or-null.js';
import {toTaskNetwork} from './task-network.js';
import type {AttachmentRow, ContainerRow, PortBinding, TaskRow} from './task-row.js';

function toPorts(container: EcsContainer): PortBinding[] {
	return (container.networkBindings ?? []).map((binding) => ({
		containerName: orNull(container.name),
		bindIp: orNull(binding.bindIP),
		containerPort: orNull(binding.containerPort),
		hostPort: orNull(binding.hostPort),
		protocol: orNull(binding.protocol),
	}));
}

function firstInterfaceValue(container: EcsContainer, field: 'privateIpv4Address' | 'ipv6Address'): string | null {
	return container.networkInterfaces?.find((ni) => ni[field] !== undefined)?.[field] ?? null;
}

function toContainerRow(container: EcsContainer): ContainerRow {
	return {
		name: orNull(container.name),
		image: orNull(container.image),
		runtimeId: orNull(container.runtimeId),
		lastStatus: orNull(container.lastStatus),
		healthStatus: orNull(container.healthStatus),
		exitCode: orNull(container.exitCode),
		reason: orNull(container.reason),
		privateIpv4: firstInterfaceValue(container, 'privateIpv4Address'),
		ipv6: firstInterfaceValue(container, 'ipv6Address'),
		ports: toPorts(container),
	};
}

function toAttachmentRow(attachment: EcsAttachment): AttachmentRow {
	const details: AttachmentRow['details'] = [];
	for (const pair of attachment.details ?? []) {
		if (pair.name !== undefined && pair.value !== undefined) {
			details.push({name: pair.name, value: pair.value});
		}
	}

	return {id: orNull(attachment.id), type: orNull(attachment.type), status: orNull(attachment.status), details};
}

function toTags(task: EcsTask): TaskRow['tags'] {
	const tags: TaskRow['tags'] = [];
	for (const tag of task.tags ?? []) {
		if (tag.key !== undefined) {
			tags.push({key: tag.key, value: tag.value ?? ''});
		}
	}

	return tags;
}

/**
 * Flattens a DescribeTasks task into the row ecswatch shows. Absent values become null;
 * strings stay raw (sanitise them when rendering).
 */
export function toTaskRow(task: EcsTask): TaskRow {
	const taskArn = task.taskArn ?? '';
	const definition = parseTaskDefinition(task.taskDefinitionArn);
	const containers = task.containers ?? [];
	return {
		taskArn,
		taskId: lastArnSegment(taskArn),
		clusterArn: orNull(task.clusterArn),
		service: serviceFromGroup(task.group),
		group: orNull(task.group),
		startedBy: orNull(task.startedBy),
		taskDefinition: definition?.taskDefinition ?? null,
		family: definition?.family ?? null,
		revision: definition?.revision ?? null,
		lastStatus: orNull(task.lastStatus),
		desiredStatus: orNull(task.desiredStatus),
		healthStatus: orNull(task.healthStatus),
		availabilityZone: orNull(task.availabilityZone),
		...toTaskNetwork(task),
		launchType: orNull(task.launchType),
		capacityProviderName: orNull(task.capacityProviderName),
		platformVersion: orNull(task.platformVersion),
		containerInstanceArn: orNull(task.containerInstanceArn),
		cpu: orNull(task.cpu),
		memory: orNull(task.memory),
		stopCode: orNull(task.stopCode),
		stoppedReason: orNull(task.stoppedReason),
		hostPorts: containers.flatMap(toPorts),
		containers: containers.map(toContainerRow),
		attachments: (task.attachments ?? []).map(toAttachmentRow),
		tags: toTags(task),
		version: orNull(task.version),
		createdAt: toIsoTime(task.createdAt),
		pullStartedAt: toIsoTime(task.pullStartedAt),
		pullStoppedAt: toIsoTime(task.pullStoppedAt),
		connectivityAt: toIsoTime(task.connectivityAt),
		startedAt: toIsoTime(task.startedAt),
		stoppingAt: toIsoTime(task.stoppingAt),
		executionStoppedAt: toIsoTime(task.executionStoppedAt),
		stoppedAt: toIsoTime(task.stoppedAt),
	};
}
