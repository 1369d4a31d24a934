import type {TaskState} from './task-state.js';
import {taskHealth} from './task-state.js';
import {privateDnsName} from './network.js';
import {runtimeIdOf} from './runtime-id.js';
import type {Json, WireRecord} from './world-api.js';

const revealed = new Set(['ATTACHING', 'ATTACHED', 'DETACHING', 'DELETED']);

function attachments(task: TaskState, region: string): Json[] {
	const eni = task.eni;
	if (!eni) {
		return [];
	}

	const details: Json[] = [{name: 'subnetId', value: eni.subnet.id}];
	if (revealed.has(eni.status)) {
		details.push(
			{name: 'networkInterfaceId', value: eni.networkInterfaceId},
			{name: 'macAddress', value: eni.macAddress},
			{name: 'privateDnsName', value: privateDnsName(eni.privateIp, region)},
			{name: 'privateIPv4Address', value: eni.privateIp},
		);
	}

	return [{id: eni.attachmentId, type: 'ElasticNetworkInterface', status: eni.status, details}];
}

function setIfDefined(record: WireRecord, key: string, value: Json | undefined): void {
	if (value !== undefined) {
		record[key] = value;
	}
}

/** Renders a task as DescribeTasks returns it (timestamps in epoch milliseconds). */
export function taskToWire(task: TaskState, region: string): WireRecord {
	const eniVisible = task.eni !== undefined && revealed.has(task.eni.status);
	const containers: Json[] = task.containers.map(c => {
		const record: WireRecord = {
			containerArn: c.containerArn,
			taskArn: task.arn,
			name: c.spec.name,
			image: c.spec.image,
			lastStatus: c.lastStatus,
			networkBindings:
				c.hostPort === undefined || c.spec.containerPort === undefined
					? []
					: [{bindIP: '0.0.0.0', containerPort: c.spec.containerPort, hostPort: c.hostPort, protocol: 'tcp'}],
			networkInterfaces: eniVisible && task.eni ? [{attachmentId: task.eni.attachmentId, privateIpv4Address: task.eni.privateIp}] : [],
			healthStatus: c.health,
			cpu: String(c.spec.cpu),
			memory: String(c.spec.memory),
		};
		setIfDefined(record, 'imageDigest', c.imageDigest);
		setIfDefined(record, 'runtimeId', runtimeIdOf(task, c));
		setIfDefined(record, 'exitCode', c.exitCode);
		setIfDefined(record, 'reason', c.reason);
		return record;
	});

	const record: WireRecord = {
		taskArn: task.arn,
		clusterArn: task.clusterArn,
		taskDefinitionArn: task.definition.arn,
		attachments: attachments(task, region),
		attributes: [{name: 'ecs.cpu-architecture', value: 'x86_64'}],
		availabilityZone: task.availabilityZone,
		containers,
		cpu: task.definition.cpu,
		memory: task.definition.memory,
		createdAt: task.createdAt,
		desiredStatus: task.desiredStatus,
		lastStatus: task.lastStatus,
		enableExecuteCommand: false,
		group: task.group,
		healthStatus: taskHealth(task),
		launchType: task.launchType,
		overrides: {containerOverrides: task.containers.map(c => ({name: c.spec.name})), inferenceAcceleratorOverrides: []},
		tags: task.tags.map(t => ({key: t.key, value: t.value})),
		version: task.version,
	};
	if (task.launchType === 'FARGATE') {
		record['platformVersion'] = '1.4.0';
		record['platformFamily'] = 'Linux';
		record['ephemeralStorage'] = {sizeInGiB: 20};
	}

	setIfDefined(record, 'capacityProviderName', task.capacityProviderName);
	setIfDefined(record, 'containerInstanceArn', task.containerInstance?.arn);
	setIfDefined(record, 'startedBy', task.startedBy);
	if (task.connectivityAt !== undefined) {
		// Stopped tasks too (fixtures/task-stopped-taskfailedtostart-cannotpull: a STOPPED task, CONNECTED).
		record['connectivity'] = 'CONNECTED';
		record['connectivityAt'] = task.connectivityAt;
	}

	setIfDefined(record, 'pullStartedAt', task.pullStartedAt);
	setIfDefined(record, 'pullStoppedAt', task.pullStoppedAt);
	setIfDefined(record, 'startedAt', task.startedAt);
	setIfDefined(record, 'stoppingAt', task.stoppingAt);
	setIfDefined(record, 'executionStoppedAt', task.executionStoppedAt);
	setIfDefined(record, 'stoppedAt', task.stoppedAt);
	setIfDefined(record, 'stopCode', task.stopCode);
	setIfDefined(record, 'stoppedReason', task.stoppedReason);
	return record;
}
