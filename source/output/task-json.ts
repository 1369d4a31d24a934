import type {TaskTarget} from '../model/targets/task-target.js';
import type {ContainerRow, PortBinding, TaskRow} from '../model/task-row.js';

/**
 * The `--output json` schema, one object per task. A public contract (README documents it):
 * add fields freely, never rename or remove one. Absent values are `null`; times are ISO 8601.
 */
export interface TaskJson {
	taskArn: string;
	taskId: string;
	clusterArn: string | null;
	service: string | null;
	group: string | null;
	startedBy: string | null;
	taskDefinition: string | null;
	family: string | null;
	revision: number | null;
	lastStatus: string | null;
	desiredStatus: string | null;
	healthStatus: string | null;
	availabilityZone: string | null;
	eniId: string | null;
	privateIpv4: string | null;
	ipv6: string | null;
	subnetId: string | null;
	macAddress: string | null;
	privateDnsName: string | null;
	attachmentStatus: string | null;
	launchType: string | null;
	capacityProviderName: string | null;
	platformVersion: string | null;
	containerInstanceArn: string | null;
	cpu: string | null;
	memory: string | null;
	createdAt: string | null;
	startedAt: string | null;
	stoppingAt: string | null;
	stoppedAt: string | null;
	stopCode: string | null;
	stoppedReason: string | null;
	hostPorts: PortJson[];
	containers: ContainerJson[];
	/**
	 * The task's load-balancer targets (one per target group it is registered in), as ELB reports
	 * them; `[]` when its service has target groups but the task is in none; null when its service
	 * has no load balancer or the targets were not read.
	 */
	targets: TargetJson[] | null;
}

export interface TargetJson {
	targetGroupArn: string;
	/** An IP address (`ip` targets) or an EC2 instance id (`instance` targets). */
	targetId: string;
	port: number | null;
	/** ELB's state: initial, healthy, unhealthy, unhealthy.draining, unused, draining, unavailable. */
	state: string;
	/** ELB's reason code, e.g. `Target.ResponseCodeMismatch`. */
	reason: string | null;
	description: string | null;
	/** When a draining target's deregistration delay ends, ISO 8601. */
	drainingEndsAt: string | null;
}

export interface PortJson {
	containerName: string | null;
	bindIp: string | null;
	containerPort: number | null;
	hostPort: number | null;
	protocol: string | null;
}

export interface ContainerJson {
	name: string | null;
	image: string | null;
	lastStatus: string | null;
	healthStatus: string | null;
	exitCode: number | null;
	reason: string | null;
	privateIpv4: string | null;
	ipv6: string | null;
	ports: PortJson[];
}

export function toTaskJson(row: TaskRow): TaskJson {
	return {
		taskArn: row.taskArn,
		taskId: row.taskId,
		clusterArn: row.clusterArn,
		service: row.service,
		group: row.group,
		startedBy: row.startedBy,
		taskDefinition: row.taskDefinition,
		family: row.family,
		revision: row.revision,
		lastStatus: row.lastStatus,
		desiredStatus: row.desiredStatus,
		healthStatus: row.healthStatus,
		availabilityZone: row.availabilityZone,
		eniId: row.eniId,
		privateIpv4: row.privateIpv4,
		ipv6: row.ipv6,
		subnetId: row.subnetId,
		macAddress: row.macAddress,
		privateDnsName: row.privateDnsName,
		attachmentStatus: row.attachmentStatus,
		launchType: row.launchType,
		capacityProviderName: row.capacityProviderName,
		platformVersion: row.platformVersion,
		containerInstanceArn: row.containerInstanceArn,
		cpu: row.cpu,
		memory: row.memory,
		createdAt: row.createdAt,
		startedAt: row.startedAt,
		stoppingAt: row.stoppingAt,
		stoppedAt: row.stoppedAt,
		stopCode: row.stopCode,
		stoppedReason: row.stoppedReason,
		hostPorts: row.hostPorts.map(toPortJson),
		containers: row.containers.map(toContainerJson),
		targets: row.targets === undefined ? null : row.targets.map(toTargetJson),
	};
}

function toTargetJson(target: TaskTarget): TargetJson {
	return {
		targetGroupArn: target.targetGroupArn,
		targetId: target.targetId,
		port: target.port,
		state: target.state,
		reason: target.reason,
		description: target.description,
		drainingEndsAt: target.drainingEndsAt,
	};
}

function toPortJson(port: PortBinding): PortJson {
	return {
		containerName: port.containerName,
		bindIp: port.bindIp,
		containerPort: port.containerPort,
		hostPort: port.hostPort,
		protocol: port.protocol,
	};
}

function toContainerJson(container: ContainerRow): ContainerJson {
	return {
		name: container.name,
		image: container.image,
		lastStatus: container.lastStatus,
		healthStatus: container.healthStatus,
		exitCode: container.exitCode,
		reason: container.reason,
		privateIpv4: container.privateIpv4,
		ipv6: container.ipv6,
		ports: container.ports.map(toPortJson),
	};
}
