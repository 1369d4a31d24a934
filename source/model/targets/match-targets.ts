import type {ServiceRow} from '../service-row.js';
import type {TaskRow} from '../task-row.js';
import type {ElbTargetHealthDescription, TargetGroupRead} from './elb-types.js';
import type {ServiceLoadBalancer, TaskTarget} from './task-target.js';

/** What matching reads of a service: its name (a task's `service`) and its target groups. */
export type TargetedService = Pick<ServiceRow, 'serviceName' | 'loadBalancers'>;

/** The distinct target group ARNs of the services' `loadBalancers`, first seen first (Classic load balancers have none). */
export function serviceTargetGroupArns(services: readonly TargetedService[]): string[] {
	const arns = new Set<string>();
	for (const service of services) {
		for (const balancer of service.loadBalancers) {
			if (balancer.targetGroupArn !== null) arns.add(balancer.targetGroupArn);
		}
	}

	return [...arns];
}

export interface MatchTargetsInput {
	services: readonly TargetedService[];
	tasks: readonly TaskRow[];
	/** This poll's read of each target group, by ARN; a group left out (not found) has no targets. */
	groups: ReadonlyMap<string, TargetGroupRead>;
	/** EC2 instance ids by container instance ARN (DescribeContainerInstances), for `instance` targets. */
	instanceIds: ReadonlyMap<string, string>;
	/** ISO 8601 end of a draining target's deregistration delay, when it can be told. */
	drainingEndsAt?: (targetGroupArn: string, id: string, port: number | null) => string | null;
}

/** Tasks gone (or going) whose IP address or host port a new task may hold by now. */
const GONE = new Set(['STOPPED', 'DELETED']);

/** The addresses an `ip` target of this task may have: the task's ENI, else the container's. */
function taskAddresses(task: TaskRow, containerName: string | null): Set<string> {
	const container = task.containers.find(each => each.name === containerName);
	return new Set([task.privateIpv4, task.ipv6, container?.privateIpv4, container?.ipv6].filter((value): value is string => value !== null && value !== undefined));
}

/** The host port ECS bound to the balancer's container port (bridge and host network modes). */
function hostPort(task: TaskRow, balancer: ServiceLoadBalancer): number | null {
	const bindings = [...task.containers.flatMap(container => container.ports), ...task.hostPorts];
	const bound = bindings.find(binding => binding.containerName === balancer.containerName && binding.containerPort === balancer.containerPort && binding.hostPort !== null);
	return bound?.hostPort ?? null;
}

/** Where this task's target in the group is, when it can be told: the target ids it may have and the port. */
function targetOf(task: TaskRow, balancer: ServiceLoadBalancer, targetType: string | undefined, instanceIds: ReadonlyMap<string, string>): {ids: Set<string>; port: number | null} | null {
	if (targetType === 'ip') return {ids: taskAddresses(task, balancer.containerName), port: balancer.containerPort};
	if (targetType === 'instance') {
		const instance = task.containerInstanceArn === null ? undefined : instanceIds.get(task.containerInstanceArn);
		return instance === undefined ? null : {ids: new Set([instance]), port: hostPort(task, balancer)};
	}

	// `lambda` and `alb` targets are no task's.
	return null;
}

function toTaskTarget(targetGroupArn: string, description: ElbTargetHealthDescription, port: number | null, input: MatchTargetsInput): TaskTarget {
	const id = description.Target?.Id ?? '';
	// ELB always sends a state; without one, the load balancer has said nothing of the target's health.
	const state = description.TargetHealth?.State ?? 'unavailable';
	return {
		targetGroupArn,
		targetId: id,
		port,
		state,
		reason: description.TargetHealth?.Reason ?? null,
		description: description.TargetHealth?.Description ?? null,
		drainingEndsAt: state === 'draining' ? (input.drainingEndsAt?.(targetGroupArn, id, port) ?? null) : null,
	};
}

/**
 * Each task's targets, by task ARN, for the tasks of the services that have target groups (the
 * others are left out: they are behind no load balancer). A task's target in a group is found by
 * the group's target type: for `ip`, the task's private IP (its ENI) and the container port of
 * the service's `loadBalancers` entry; for `instance`, the EC2 instance of its container instance
 * and the host port bound to that container port. A target registered without a port has the
 * group's. One TaskTarget per group (and port) the task is found in, in the order of the
 * service's `loadBalancers`; `[]` when it is found in none (not registered yet, or deregistered).
 * Tasks STOPPED are in none: their address or host port may be a new task's already.
 */
export function matchTaskTargets(input: MatchTargetsInput): Map<string, TaskTarget[]> {
	const balancersByService = new Map<string, ServiceLoadBalancer[]>();
	for (const service of input.services) {
		const balancers = service.loadBalancers.filter(balancer => balancer.targetGroupArn !== null);
		if (balancers.length > 0) balancersByService.set(service.serviceName, balancers);
	}

	const matched = new Map<string, TaskTarget[]>();
	for (const task of input.tasks) {
		const balancers = task.service === null ? undefined : balancersByService.get(task.service);
		if (balancers === undefined) continue;
		const targets: TaskTarget[] = [];
		const seen = new Set<ElbTargetHealthDescription>();
		for (const balancer of GONE.has(task.lastStatus ?? '') ? [] : balancers) {
			const arn = balancer.targetGroupArn!;
			const read = input.groups.get(arn);
			if (read === undefined) continue;
			const where = targetOf(task, balancer, read.group.TargetType, input.instanceIds);
			if (where === null || where.port === null) continue;
			for (const description of read.health) {
				const id = description.Target?.Id;
				const port = description.Target?.Port ?? read.group.Port ?? null;
				if (id === undefined || !where.ids.has(id) || port !== where.port) continue;
				// The same target reached through two entries of `loadBalancers` is one target.
				if (seen.has(description)) continue;
				seen.add(description);
				targets.push(toTaskTarget(arn, description, port, input));
			}
		}

		matched.set(task.taskArn, targets);
	}

	return matched;
}

/** The tasks with their `targets` set from `byTask` (those it names); the others as they were. */
export function withTargets(tasks: readonly TaskRow[], byTask: ReadonlyMap<string, readonly TaskTarget[]>): TaskRow[] {
	return tasks.map(task => {
		const targets = byTask.get(task.taskArn);
		return targets === undefined ? task : {...task, targets};
	});
}
