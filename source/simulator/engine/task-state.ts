import type {ContainerInstance, Subnet} from './network.js';
import type {ContainerSpec, TaskDefinition} from './task-definitions.js';

export type TaskStatus =
	| 'PROVISIONING'
	| 'PENDING'
	| 'ACTIVATING'
	| 'RUNNING'
	| 'DEACTIVATING'
	| 'STOPPING'
	| 'DEPROVISIONING'
	| 'STOPPED';

export type Health = 'UNKNOWN' | 'HEALTHY' | 'UNHEALTHY';

export type EniStatus = 'PRECREATED' | 'ATTACHING' | 'ATTACHED' | 'DETACHING' | 'DELETED';

export interface EniState {
	attachmentId: string;
	status: EniStatus;
	subnet: Subnet;
	networkInterfaceId: string;
	macAddress: string;
	privateIp: string;
}

export interface ContainerState {
	spec: ContainerSpec;
	containerArn: string;
	lastStatus: 'PENDING' | 'RUNNING' | 'STOPPED';
	health: Health;
	exitCode?: number;
	reason?: string;
	runtimeId?: string;
	imageDigest?: string;
	hostPort?: number;
}

export interface TaskState {
	id: string;
	arn: string;
	clusterArn: string;
	definition: TaskDefinition;
	launchType: 'FARGATE' | 'EC2';
	capacityProviderName?: string;
	group: string;
	startedBy?: string;
	serviceName?: string;
	deploymentId?: string;
	lastStatus: TaskStatus;
	desiredStatus: 'RUNNING' | 'STOPPED';
	availabilityZone: string;
	eni?: EniState;
	containerInstance?: ContainerInstance;
	containers: ContainerState[];
	tags: Array<{key: string; value: string}>;
	createdAt: number;
	connectivityAt?: number;
	pullStartedAt?: number;
	pullStoppedAt?: number;
	startedAt?: number;
	stoppingAt?: number;
	executionStoppedAt?: number;
	stoppedAt?: number;
	stopCode?: string;
	stoppedReason?: string;
	/** Bumped on every change, like ECS's own task `version`. */
	version: number;
	/** Bumped when a stop supersedes the start-up transitions still on the agenda. */
	epoch: number;
	/** Behind a load balancer: whether every target of the task is `healthy` (absent behind none). */
	targetsHealthy?: boolean;
	/** When its targets have drained: the task stays DEACTIVATING until then (task-lifecycle.ts). */
	drainingUntil?: number;
}

/** ECS's rule: the task is as healthy as its essential containers that have a health check. */
export function taskHealth(task: TaskState): Health {
	const checked = task.containers.filter(c => c.spec.essential && c.spec.healthCheck);
	if (checked.some(c => c.health === 'UNHEALTHY')) {
		return 'UNHEALTHY';
	}

	return checked.length > 0 && checked.every(c => c.health === 'HEALTHY') ? 'HEALTHY' : 'UNKNOWN';
}

export const isLive = (task: TaskState): boolean => task.desiredStatus === 'RUNNING';

export const isRunning = (task: TaskState): boolean => task.desiredStatus === 'RUNNING' && task.lastStatus === 'RUNNING';

/**
 * Running, passing its container health checks when it has any, and, behind a load balancer, with
 * every target healthy (ECS waits for the target group's health checks too): what a deployment counts on.
 */
export function isHealthy(task: TaskState): boolean {
	if (!isRunning(task) || task.targetsHealthy === false) {
		return false;
	}

	const hasCheck = task.containers.some(c => c.spec.essential && c.spec.healthCheck);
	return hasCheck ? taskHealth(task) === 'HEALTHY' : true;
}
