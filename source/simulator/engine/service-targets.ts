import type {TargetGroupState, TargetState} from '../elb/elb-types.js';
import type {LoadBalancing} from '../elb/load-balancing.js';
import {lastSegment} from '../last-segment.js';
import {invalidParameter} from './api-checks.js';
import type {ClusterState} from './cluster-state.js';
import type {Prng} from './prng.js';
import type {ServiceLoadBalancer, ServiceState} from './service-state.js';
import {maxServiceEvents} from './service-state.js';
import type {TaskDefinition} from './task-definitions.js';
import type {TaskEvent} from './task-lifecycle.js';
import {isTaskSetService, primaryTaskSet} from './task-sets.js';
import type {TaskState} from './task-state.js';

/**
 * CreateService's and CreateTaskSet's `loadBalancers`: each target group must exist and the
 * container must be in the task definition (ECS's wording for the first; the second unverified).
 */
export function checkLoadBalancers(elb: LoadBalancing, definition: TaskDefinition, wanted: readonly ServiceLoadBalancer[]): ServiceLoadBalancer[] {
	return wanted.map(lb => {
		if (!elb.targetGroup(lb.targetGroupArn)) throw invalidParameter(`The target group with targetGroupArn ${lb.targetGroupArn} does not exist.`);
		const container = definition.containers.find(c => c.name === lb.containerName);
		if (!container) throw invalidParameter(`The container ${lb.containerName} does not exist in the task definition.`);
		if (lb.containerPort !== container.containerPort) throw invalidParameter(`The container ${lb.containerName} did not have a container port ${lb.containerPort} defined.`);
		return {...lb};
	});
}

/**
 * What CodeDeploy passes to CreateTaskSet for a blue/green replacement set: the service's load
 * balancers, each on whichever target group of the deployment group's pair the PRIMARY set is not
 * in ("CodeDeploy blue/green deployments for Amazon ECS": the replacement set registers in the
 * second target group, and traffic is rerouted to it).
 */
export function replacementLoadBalancers(service: ServiceState): ServiceLoadBalancer[] | undefined {
	const pair = service.alternateTargetGroupArns;
	if (!isTaskSetService(service) || service.loadBalancers === undefined || pair === undefined) return undefined;
	const primary = primaryTaskSet(service)?.loadBalancers ?? service.loadBalancers;
	return service.loadBalancers.map((lb, index) => {
		const other = pair[index];
		const current = primary[index]?.targetGroupArn ?? lb.targetGroupArn;
		if (other === undefined) return {...lb};
		return {...lb, targetGroupArn: current === lb.targetGroupArn ? other : lb.targetGroupArn};
	});
}

interface Registration {
	group: TargetGroupState;
	target: TargetState;
}


/**
 * What ECS does with the targets of a service's tasks: it registers each task in its service's (or
 * task set's) target groups once the task runs (`ip` targets by the ENI's address and the container
 * port, `instance` targets by the EC2 instance and the host port), counts the task healthy only once
 * every target is, and, when the task stops, deregisters it first: the targets drain for the target
 * group's deregistration delay while the task stays DEACTIVATING ("Amazon ECS task lifecycle",
 * task-lifecycle-explanation.html), then the task goes on stopping. Its service events use ECS's
 * wording: `registered 1 targets in (target-group …)`, `has begun draining connections on 1 tasks.`,
 * `deregistered 1 targets in (target-group …)`.
 */
export class ServiceTargets {
	private readonly registered = new Map<TaskState, Registration[]>();

	constructor(
		private readonly elb: LoadBalancing,
		private readonly clusters: ReadonlyMap<string, ClusterState>,
		/** Event ids come from ELB's own stream, so ECS's ids and timings stay as they were. */
		private readonly prng: Prng,
		/** Told when a live task's targets become all healthy, or stop being so. */
		private readonly onHealthChange: (task: TaskState, at: number) => void,
	) {}

	onTaskEvent(task: TaskState, event: TaskEvent, at: number): void {
		if (event === 'running') this.register(task, at);
		else if (event === 'stopping') this.deregister(task, at);
		else if (event === 'removed') this.registered.delete(task);
	}

	private serviceOf(task: TaskState): ServiceState | undefined {
		if (task.serviceName === undefined) return undefined;
		return this.clusters.get(lastSegment(task.clusterArn))?.services.get(task.serviceName);
	}

	private register(task: TaskState, at: number): void {
		const service = this.serviceOf(task);
		if (!service) return;
		const loadBalancers = isTaskSetService(service) ? service.taskSets.find(s => s.tasks.has(task))?.loadBalancers : service.loadBalancers;
		if (!loadBalancers || loadBalancers.length === 0) return;
		const failing = probeOf(task);
		const registrations: Registration[] = [];
		for (const lb of loadBalancers) {
			const group = this.elb.targetGroup(lb.targetGroupArn);
			const where = group && targetOf(task, group, lb);
			if (!group || !where) continue;
			const target = this.elb.register(group, where, at, failing, (_, t) => this.refresh(task, t));
			registrations.push({group, target});
			this.event(service, task, at, `registered 1 targets in (target-group ${group.arn})`);
		}

		if (registrations.length === 0) return;
		this.registered.set(task, registrations);
		task.targetsHealthy = false;
	}

	private deregister(task: TaskState, at: number): void {
		const registrations = this.registered.get(task);
		const service = this.serviceOf(task);
		if (!registrations || !service) return;
		this.event(service, task, at, 'has begun draining connections on 1 tasks.');
		let drained = at;
		for (const {group, target} of registrations) {
			drained = Math.max(drained, this.elb.deregister(group, target, at, () => undefined));
			this.event(service, task, at, `deregistered 1 targets in (target-group ${group.arn})`);
		}

		task.drainingUntil = drained;
		task.targetsHealthy = false;
	}

	private refresh(task: TaskState, at: number): void {
		const registrations = this.registered.get(task);
		if (!registrations || task.desiredStatus !== 'RUNNING') return;
		const healthy = registrations.every(r => r.target.state === 'healthy');
		if (healthy === task.targetsHealthy) return;
		task.targetsHealthy = healthy;
		this.onHealthChange(task, at);
	}

	private event(service: ServiceState, task: TaskState, at: number, message: string): void {
		const set = service.taskSets?.find(s => s.tasks.has(task));
		const source = set ? `(service ${service.name}, taskSet ${set.id})` : `(service ${service.name})`;
		service.events.unshift({id: this.prng.uuid(), createdAt: at, message: `${source} ${message}`});
		if (service.events.length > maxServiceEvents) service.events.length = maxServiceEvents;
	}
}

/** Where the task is reachable for the target group: its ENI's address, or its instance and host port. */
function targetOf(task: TaskState, group: TargetGroupState, lb: ServiceLoadBalancer): {id: string; port: number; availabilityZone?: string} | undefined {
	if (group.targetType === 'ip') {
		return task.eni ? {id: task.eni.privateIp, port: lb.containerPort, availabilityZone: task.availabilityZone} : undefined;
	}

	const container = task.containers.find(c => c.spec.name === lb.containerName);
	if (!task.containerInstance || !container) return undefined;
	return {id: task.containerInstance.ec2InstanceId, port: container.hostPort ?? lb.containerPort};
}

/**
 * What the task's health checks find: the `unhealthy` revision answers 500 (Target.ResponseCodeMismatch),
 * a task whose essential container has exited refuses the connection (Target.FailedHealthChecks).
 */
function probeOf(task: TaskState) {
	const unhealthy = task.definition.behaviour === 'unhealthy';
	return () => {
		if (task.containers.some(c => c.spec.essential && c.lastStatus === 'STOPPED')) {
			return {ok: false, reason: 'Target.FailedHealthChecks', description: 'Health checks failed'} as const;
		}

		if (unhealthy) return {ok: false, reason: 'Target.ResponseCodeMismatch', description: 'Health checks failed with these codes: [500]'} as const;
		return {ok: true} as const;
	};
}

