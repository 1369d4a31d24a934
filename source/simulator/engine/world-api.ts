import type {EcsApi} from './ecs-api.js';

/**
 * The contract between the simulator's engine (the living clusters: engine/) and its HTTP front
 * (the ECS JSON protocol: http/). The front decodes a request's JSON and calls `world.ecs`, which
 * checks every ECS rule; records are kept in ECS's own wire shape — the JSON that
 * DescribeTasks/DescribeServices return — except that timestamps are epoch **milliseconds**;
 * the front converts them to epoch seconds when it serialises.
 */

/** The simulator's own time. Tests drive a ManualClock; the demo a scaled real-time clock. */
export interface Clock {
	/** Epoch milliseconds, simulated. */
	now(): number;
}

export type Json = null | boolean | number | string | Json[] | {[key: string]: Json};

/** A wire-shaped ECS object (Task, Service, Cluster, TaskDefinition). */
export type WireRecord = {[key: string]: Json};

/**
 * An error the engine raises for the front to return as `{__type: name, message}` with HTTP 400
 * (e.g. ClusterNotFoundException, ServiceNotFoundException, InvalidParameterException).
 */
export class EcsError extends Error {
	constructor(
		override readonly name: string,
		message: string,
		readonly httpStatus = 400,
	) {
		super(message);
	}
}

export interface UpdateServiceInput {
	desiredCount?: number;
	taskDefinition?: string;
	forceNewDeployment?: boolean;
}

export interface RunTaskInput {
	taskDefinition: string;
	count?: number;
	launchType?: string;
	capacityProviderStrategy?: Array<{capacityProvider: string; weight?: number; base?: number}>;
	group?: string;
	startedBy?: string;
	/** awsvpcConfiguration.subnets, when given. */
	subnets?: string[];
	tags?: Array<{key: string; value: string}>;
}

export interface RunTaskResult {
	tasks: WireRecord[];
	failures: Array<{arn?: string; reason: string; detail?: string}>;
}

export interface ListTasksFilter {
	serviceName?: string;
	family?: string;
	/** RUNNING (default) or STOPPED: matched against each task's desiredStatus. */
	desiredStatus?: string;
	launchType?: string;
	startedBy?: string;
	containerInstance?: string;
}

/**
 * The living ECS world. Every read reflects the clock's current time: implementations advance
 * their state machines up to `clock.now()` before answering, so no background timer is needed.
 * `ecs` is the ECS API the front serves; the other methods are direct reads and changes for the
 * demo scenario and tests. Lookups accept a name or a full ARN. All methods throw EcsError for
 * ECS's error cases.
 */
export interface World {
	readonly region: string;
	readonly accountId: string;
	readonly clock: Clock;
	/** ECS's operations, every request checked as ECS checks it. */
	readonly ecs: EcsApi;

	/** Cluster ARNs, `demo` first, then the others in creation order. */
	listClusterArns(): string[];
	/** Wire-shaped Cluster (with what `include` asks for: STATISTICS, TAGS…), or undefined when unknown. */
	describeCluster(cluster: string, include?: readonly string[]): WireRecord | undefined;

	/** Service ARNs of a cluster, stable order. Throws ClusterNotFoundException. */
	listServiceArns(cluster: string): string[];
	describeService(cluster: string, service: string): WireRecord | undefined;
	updateService(cluster: string, service: string, input: UpdateServiceInput): WireRecord;

	/** Task ARNs matching the filter, in a stable order (so page tokens stay valid). */
	listTaskArns(cluster: string, filter: ListTasksFilter): string[];
	/** Wire-shaped Task including `tags` (the front drops them unless include TAGS). */
	describeTask(cluster: string, task: string): WireRecord | undefined;
	stopTask(cluster: string, task: string, reason?: string): WireRecord;
	runTask(cluster: string, input: RunTaskInput): RunTaskResult;

	/** Wire-shaped TaskDefinition for `family`, `family:revision` or an ARN; undefined when unknown. */
	describeTaskDefinition(taskDefinition: string): WireRecord | undefined;
}
