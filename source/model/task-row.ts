import type {TaskTarget} from './targets/task-target.js';
/**
 * One task as ecswatch shows it: flat, JSON-ready, every absent value `null` (never invented).
 * Timestamps are ISO 8601 strings. Strings are raw AWS text: sanitise before they reach a terminal.
 */

export interface PortBinding {
	containerName: string | null;
	bindIp: string | null;
	containerPort: number | null;
	hostPort: number | null;
	protocol: string | null;
}

export interface ContainerRow {
	name: string | null;
	image: string | null;
	/** The container runtime's (Docker's) id; awslogs without a stream prefix names the stream after it. */
	runtimeId: string | null;
	lastStatus: string | null;
	healthStatus: string | null;
	exitCode: number | null;
	reason: string | null;
	privateIpv4: string | null;
	ipv6: string | null;
	ports: PortBinding[];
}

export interface AttachmentRow {
	id: string | null;
	type: string | null;
	status: string | null;
	details: Array<{name: string; value: string}>;
}

export interface TaskTimestamps {
	createdAt: string | null;
	pullStartedAt: string | null;
	pullStoppedAt: string | null;
	connectivityAt: string | null;
	startedAt: string | null;
	stoppingAt: string | null;
	executionStoppedAt: string | null;
	stoppedAt: string | null;
}

export interface TaskRow extends TaskTimestamps {
	taskArn: string;
	/** Last path segment of the ARN, for both ARN formats. */
	taskId: string;
	clusterArn: string | null;
	/** Service name from `group` (`service:<name>`); null for standalone tasks. */
	service: string | null;
	group: string | null;
	startedBy: string | null;
	/** `family:revision`, from the task definition ARN. */
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
	stopCode: string | null;
	stoppedReason: string | null;
	/** Host port bindings of every container (bridge/host network mode). */
	hostPorts: PortBinding[];
	containers: ContainerRow[];
	/**
	 * The task's load-balancer targets (ELBv2 DescribeTargetHealth), attached for watched services that
	 * have target groups; absent when not read or when the task's service has no load balancer.
	 */
	targets?: readonly TaskTarget[] | undefined;
	attachments: AttachmentRow[];
	tags: Array<{key: string; value: string}>;
	version: number | null;
}
