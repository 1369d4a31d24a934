import {lastSegment} from '../last-segment.js';
import {batchOf, includes, invalidParameter, pageSize} from './api-checks.js';
import type {ClusterState} from './cluster-state.js';
import type {ContainerInstance} from './network.js';
import {pageOf, pageRecord} from './page-token.js';
import type {TaskState} from './task-state.js';
import type {Json, WireRecord} from './world-api.js';
import type {SimulatedWorld} from './world.js';

/*
 * ListContainerInstances and DescribeContainerInstances (API_ListContainerInstances,
 * API_DescribeContainerInstances, API_ContainerInstance). Every instance of the simulator is an
 * ACTIVE, connected m5.large; its resources are what a real m5.large registers (2048 CPU units,
 * 7680 MiB after the agent's reservation, the agent's reserved ports), less what its running tasks
 * hold. `filter` (the cluster query language) is accepted and not applied.
 */

const statuses = new Set(['ACTIVE', 'DRAINING', 'REGISTERING', 'DEREGISTERING', 'REGISTRATION_FAILED']);
const reservedPorts = ['22', '2376', '2375', '51678', '51679'];
const registered = {cpu: 2048, memory: 7680};

export interface ListContainerInstancesInput {
	cluster?: string;
	filter?: string;
	status?: string;
	maxResults?: number;
	nextToken?: string;
}

export interface DescribeContainerInstancesInput {
	cluster?: string;
	containerInstances?: string[];
	include?: string[];
}

export function listContainerInstances(world: SimulatedWorld, input: ListContainerInstancesInput): WireRecord {
	world.sync();
	const cluster = world.cluster(input.cluster);
	const size = pageSize(input.maxResults, 100);
	if (input.status !== undefined && !statuses.has(input.status)) throw invalidParameter(`Invalid status ${input.status}.`);
	const arns = input.status === undefined || input.status === 'ACTIVE' ? cluster.containerInstances.map(i => i.arn) : [];
	return pageRecord('containerInstanceArns', pageOf('containerInstances', arns, size, input.nextToken));
}

export function describeContainerInstances(world: SimulatedWorld, input: DescribeContainerInstancesInput): WireRecord {
	world.sync();
	const cluster = world.cluster(input.cluster);
	const references = batchOf(input.containerInstances, {limit: 100, empty: 'ContainerInstances cannot be empty.', tooMany: 'containerInstances can have at most 100 items.'});
	const withTags = includes(input.include, 'TAGS');
	const containerInstances: WireRecord[] = [];
	const failures: WireRecord[] = [];
	for (const reference of references) {
		const instance = cluster.containerInstances.find(i => i.arn === reference || (!reference.startsWith('arn:') && lastSegment(i.arn) === lastSegment(reference)));
		if (instance) {
			const record = containerInstanceToWire(cluster, instance, world.lifecycle.tasks.values());
			if (withTags) record['tags'] = [];
			containerInstances.push(record);
		} else {
			failures.push({arn: reference.startsWith('arn:') ? reference : `arn:aws:ecs:${world.region}:${world.accountId}:container-instance/${cluster.name}/${reference}`, reason: 'MISSING'});
		}
	}

	return {containerInstances, failures};
}

const resource = (name: string, value: number | string[]): Json =>
	Array.isArray(value)
		? {name, type: 'STRINGSET', doubleValue: 0, longValue: 0, integerValue: 0, stringSetValue: value}
		: {name, type: 'INTEGER', doubleValue: 0, longValue: 0, integerValue: value};

function containerInstanceToWire(cluster: ClusterState, instance: ContainerInstance, tasks: Iterable<TaskState>): WireRecord {
	let running = 0;
	let pending = 0;
	let cpu = 0;
	let memory = 0;
	const ports: string[] = [];
	for (const task of tasks) {
		if (task.containerInstance !== instance || task.lastStatus === 'STOPPED') continue;
		if (task.lastStatus === 'RUNNING') running++;
		else if (task.desiredStatus === 'RUNNING') pending++;
		for (const c of task.containers) {
			cpu += c.spec.cpu;
			memory += c.spec.memory;
			if (c.hostPort !== undefined) ports.push(String(c.hostPort));
		}
	}

	return {
		containerInstanceArn: instance.arn,
		ec2InstanceId: instance.ec2InstanceId,
		version: 1,
		versionInfo: {agentVersion: '1.86.3', agentHash: '4ef9e1c6', dockerVersion: 'DockerVersion: 20.10.25'},
		remainingResources: [
			resource('CPU', Math.max(0, registered.cpu - cpu)),
			resource('MEMORY', Math.max(0, registered.memory - memory)),
			resource('PORTS', [...reservedPorts, ...ports]),
			resource('PORTS_UDP', []),
		],
		registeredResources: [resource('CPU', registered.cpu), resource('MEMORY', registered.memory), resource('PORTS', reservedPorts), resource('PORTS_UDP', [])],
		status: 'ACTIVE',
		agentConnected: true,
		runningTasksCount: running,
		pendingTasksCount: pending,
		attributes: [
			{name: 'ecs.availability-zone', value: instance.availabilityZone},
			{name: 'ecs.instance-type', value: 'm5.large'},
			{name: 'ecs.os-type', value: 'linux'},
			{name: 'ecs.cpu-architecture', value: 'x86_64'},
			{name: 'ecs.subnet-id', value: instance.subnetId},
		],
		registeredAt: cluster.createdAt,
		attachments: [],
	};
}
