import {createElbApi, type ElbApi} from '../elb/elb-api.js';
import {LoadBalancing} from '../elb/load-balancing.js';
import {lastSegment} from '../last-segment.js';
import {createLogsApi, type LogsApi} from '../logs/logs-api.js';
import {LogStore} from '../logs/log-store.js';
import {Agenda} from './agenda.js';
import {clusterNotFound, invalidParameter, serviceNotActive, serviceNotFound} from './api-checks.js';
import type {ClusterState} from './cluster-state.js';
import {clusterToWire} from './cluster-wire.js';
import {createEcsApi} from './create-ecs-api.js';
import {createServiceState} from './create-service.js';
import type {EcsApi} from './ecs-api.js';
import {Prng} from './prng.js';
import {runTasks} from './run-task.js';
import {ServiceScheduler} from './service-scheduler.js';
import {ServiceTargets} from './service-targets.js';
import type {ServiceState} from './service-state.js';
import {serviceToWire} from './service-wire.js';
import type {RegisterTaskDefinitionInput, TaskBehaviour, TaskDefinition} from './task-definitions.js';
import {TaskDefinitionRegistry} from './task-definitions.js';
import type {TaskEvent} from './task-lifecycle.js';
import {TaskLifecycle} from './task-lifecycle.js';
import type {TaskState} from './task-state.js';
import {taskToWire} from './task-wire.js';
import type {Clock, ListTasksFilter, RunTaskInput, RunTaskResult, UpdateServiceInput, WireRecord} from './world-api.js';
import type {CreateServiceInput, WorldControl} from './world-control.js';


export class SimulatedWorld implements WorldControl {
	readonly agenda = new Agenda();
	readonly prng: Prng;
	readonly registry: TaskDefinitionRegistry;
	readonly lifecycle: TaskLifecycle;
	readonly scheduler: ServiceScheduler;
	readonly clusters = new Map<string, ClusterState>();
	/** ECS's operations, checked as ECS checks them: what the HTTP front calls. */
	readonly ecs: EcsApi = createEcsApi(this);
	/** The account's CloudWatch Logs: the streams the tasks' awslogs containers write. */
	readonly logStore: LogStore;
	/** CloudWatch Logs' operations, as the HTTP front calls them. */
	readonly logs: LogsApi;
	/** The account's Elastic Load Balancing (v2): load balancers, target groups, their targets. */
	readonly elb: LoadBalancing;
	/** ELB's operations, as the HTTP front calls them. */
	readonly elbApi: ElbApi;
	/** Registers service tasks in their target groups and drains them when they stop. */
	readonly targets: ServiceTargets;
	private override: number | undefined;

	constructor(
		readonly clock: Clock,
		readonly region: string,
		readonly accountId: string,
		seed: number,
	) {
		this.prng = new Prng(seed);
		this.registry = new TaskDefinitionRegistry(region, accountId);
		this.lifecycle = new TaskLifecycle(region, accountId, this.agenda, this.prng, (task, event, at) => this.onTaskEvent(task, event, at));
		this.scheduler = new ServiceScheduler(this.agenda, this.prng, this.lifecycle);
		this.logStore = new LogStore(region, accountId, this.registry);
		this.logs = createLogsApi(this.logStore, () => {
			this.sync();
			return this.now();
		});
		// ELB draws on a stream of its own: ECS's ids and timings are the same with or without load balancers.
		const elbPrng = new Prng((seed ^ 0x45_4c_42) >>> 0);
		this.elb = new LoadBalancing(region, accountId, (at, step) => {
			this.agenda.schedule(at, t => {
				this.runAs(t, () => step(t));
			});
		}, elbPrng);
		this.elbApi = createElbApi(this.elb, () => this.sync());
		this.targets = new ServiceTargets(this.elb, this.clusters, elbPrng, (task, at) => this.onTaskEvent(task, 'health', at));
	}

	/** Runs `action` as if the clock read `at`: seeds history (at any time up to the clock's). */
	runAt(at: number, action: () => void): void {
		this.agenda.runUntil(at);
		this.runAs(at, action);
	}

	private runAs(at: number, action: () => void): void {
		const previous = this.override;
		this.override = at;
		try {
			action();
		} finally {
			this.override = previous;
		}
	}

	schedule(at: number, action: () => void): void {
		this.agenda.schedule(at, t => {
			this.runAs(t, action);
		});
	}

	now(): number {
		return this.override ?? this.clock.now();
	}

	sync(): void {
		if (this.override === undefined) this.agenda.runUntil(this.clock.now());
	}

	clusterName(): string {
		return [...this.clusters.values()][0]?.name ?? 'default';
	}

	/** The cluster a request names (ECS's `default` when it names none); ClusterNotFoundException otherwise. */
	cluster(reference: string | undefined): ClusterState {
		const name = lastSegment(reference === undefined || reference === '' ? 'default' : reference);
		const cluster = this.clusters.get(name);
		if (!cluster || (reference?.startsWith('arn:') && reference !== cluster.arn)) throw clusterNotFound();
		return cluster;
	}

	service(cluster: ClusterState, reference: string): ServiceState | undefined {
		const service = cluster.services.get(lastSegment(reference));
		return service && (!reference.startsWith('arn:') || reference === service.arn) ? service : undefined;
	}

	task(cluster: ClusterState, reference: string): TaskState | undefined {
		const task = this.lifecycle.tasks.get(lastSegment(reference));
		return task && task.clusterArn === cluster.arn && (!reference.startsWith('arn:') || reference === task.arn) ? task : undefined;
	}

	listClusterArns(): string[] {
		this.sync();
		return [...this.clusters.values()].map(c => c.arn);
	}

	describeCluster(reference: string, include: readonly string[] = []): WireRecord | undefined {
		this.sync();
		try {
			return clusterToWire(this.cluster(reference), this.lifecycle.tasks.values(), include);
		} catch {
			return undefined;
		}
	}

	/** ACTIVE services only: DRAINING and INACTIVE ones are no longer listed (API_DeleteService). */
	listServiceArns(cluster: string): string[] {
		this.sync();
		return [...this.cluster(cluster).services.values()].filter(s => s.lifecycle === undefined).map(s => s.arn);
	}

	describeService(cluster: string, service: string): WireRecord | undefined {
		this.sync();
		const found = this.service(this.cluster(cluster), service);
		return found ? serviceToWire(found, this.accountId) : undefined;
	}

	updateService(clusterReference: string, serviceReference: string, input: UpdateServiceInput): WireRecord {
		this.sync();
		const cluster = this.cluster(clusterReference);
		const service = this.service(cluster, serviceReference);
		if (!service) throw serviceNotFound();
		if (service.lifecycle !== undefined) throw serviceNotActive();
		if (input.desiredCount !== undefined && (!Number.isInteger(input.desiredCount) || input.desiredCount < 0)) {
			throw invalidParameter('Desired count must be greater than or equal to 0.');
		}

		let definition: TaskDefinition | undefined;
		if (input.taskDefinition !== undefined) {
			definition = this.registry.resolve(input.taskDefinition);
			if (!definition) throw invalidParameter('TaskDefinition not found.');
		}

		const at = this.now();
		if (input.desiredCount !== undefined) service.desiredCount = input.desiredCount;
		const primary = service.deployments[0];
		const changed = definition !== undefined && definition !== primary?.definition;
		if (changed || input.forceNewDeployment === true) {
			this.scheduler.newDeployment(service, definition ?? primary!.definition, at);
		}

		this.scheduler.poke(cluster, service, at);
		return serviceToWire(service, this.accountId);
	}

	/**
	 * DeleteService (API_DeleteService): a service scaled above 0 needs `force`; it becomes DRAINING
	 * with desired count 0, its tasks stop, and once they are all STOPPING or beyond it is INACTIVE
	 * (still described, no longer listed).
	 */
	deleteService(clusterReference: string, serviceReference: string, force = false): WireRecord {
		this.sync();
		const cluster = this.cluster(clusterReference);
		const service = this.service(cluster, serviceReference);
		if (!service) throw serviceNotFound();
		if (service.lifecycle !== undefined) throw serviceNotActive();
		if (service.desiredCount > 0 && !force) throw invalidParameter('The service cannot be stopped while it is scaled above 0.');
		const at = this.now();
		service.lifecycle = 'DRAINING';
		service.desiredCount = 0;
		service.steady = false;
		this.scheduler.poke(cluster, service, at);
		return serviceToWire(service, this.accountId);
	}

	listTaskArns(clusterReference: string, filter: ListTasksFilter): string[] {
		this.sync();
		const cluster = this.cluster(clusterReference);
		const desired = filter.desiredStatus ?? 'RUNNING';
		const serviceName = filter.serviceName === undefined ? undefined : lastSegment(filter.serviceName);
		const instance = filter.containerInstance === undefined ? undefined : lastSegment(filter.containerInstance);
		const arns: string[] = [];
		for (const task of this.lifecycle.tasks.values()) {
			if (task.clusterArn !== cluster.arn || task.desiredStatus !== desired) continue;
			if (serviceName !== undefined && task.serviceName !== serviceName) continue;
			if (filter.family !== undefined && task.definition.family !== filter.family) continue;
			if (filter.launchType !== undefined && task.launchType !== filter.launchType) continue;
			if (filter.startedBy !== undefined && task.startedBy !== filter.startedBy) continue;
			if (instance !== undefined && (!task.containerInstance || lastSegment(task.containerInstance.arn) !== instance)) continue;
			arns.push(task.arn);
		}

		return arns;
	}

	describeTask(cluster: string, reference: string): WireRecord | undefined {
		this.sync();
		const task = this.task(this.cluster(cluster), reference);
		return task ? taskToWire(task, this.region) : undefined;
	}

	stopTask(cluster: string, reference: string, reason?: string): WireRecord {
		this.sync();
		const task = this.task(this.cluster(cluster), reference);
		if (!task) throw invalidParameter('The referenced task was not found.');
		this.lifecycle.stop(task, this.now(), {stopCode: 'UserInitiated', reason: reason ?? 'Task stopped by user'});
		return taskToWire(task, this.region);
	}

	runTask(clusterReference: string, input: RunTaskInput): RunTaskResult {
		this.sync();
		return runTasks(this, this.cluster(clusterReference), input);
	}

	describeTaskDefinition(reference: string): WireRecord | undefined {
		this.sync();
		const definition = this.registry.resolve(reference);
		return definition ? this.registry.toWire(definition) : undefined;
	}

	registerTaskDefinition(input: RegisterTaskDefinitionInput): WireRecord {
		this.sync();
		return this.registry.toWire(this.registry.register(input, this.now()));
	}

	setTaskDefinitionBehaviour(reference: string, behaviour: TaskBehaviour): void {
		const definition = this.registry.resolve(reference);
		if (!definition) throw invalidParameter('TaskDefinition not found.');
		definition.behaviour = behaviour;
	}

	createService(clusterReference: string, input: CreateServiceInput): WireRecord {
		this.sync();
		return serviceToWire(createServiceState(this, this.cluster(clusterReference), input), this.accountId);
	}

	subnets(cluster: string): Array<{subnetId: string; availabilityZone: string; cidrBlock: string}> {
		return this.cluster(cluster).subnets.map(s => ({subnetId: s.id, availabilityZone: s.availabilityZone, cidrBlock: s.cidr}));
	}

	containerInstanceArns(cluster: string): string[] {
		return this.cluster(cluster).containerInstances.map(i => i.arn);
	}

	private onTaskEvent(task: TaskState, event: TaskEvent, at: number): void {
		this.logStore.onTaskEvent(task, event, at);
		if (task.serviceName === undefined) return;
		this.targets.onTaskEvent(task, event, at);
		const cluster = this.clusters.get(lastSegment(task.clusterArn));
		const service = cluster?.services.get(task.serviceName);
		if (cluster && service) this.scheduler.onTaskEvent(cluster, service, task, event, at);
	}
}
