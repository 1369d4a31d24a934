import type {Agenda} from './agenda.js';
import type {ClusterState} from './cluster-state.js';
import {chooseProviderBy, leastOf, PlacementTally} from './placement.js';
import type {Prng} from './prng.js';
import type {Deployment, ServiceState} from './service-state.js';
import {failureThreshold, maxServiceEvents, primaryOf, providerLaunchType} from './service-state.js';
import type {TaskDefinition} from './task-definitions.js';
import type {LaunchSpec, TaskEvent, TaskLifecycle} from './task-lifecycle.js';
import type {TaskState} from './task-state.js';
import {isHealthy, isLive, isRunning, taskHealth} from './task-state.js';

/** How long the scheduler takes to react to a change (ECS reacts within seconds, not instantly). */
const reactionMs = 1000;

const healthFailure = {stopCode: 'ServiceSchedulerInitiated', reason: 'Task failed container health checks'};
const scaleIn = {stopCode: 'ServiceSchedulerInitiated', reason: 'Scaling activity initiated by (deployment %s)'};

/** The ECS service scheduler: keeps desired counts, rolls deployments, trips the circuit breaker. */
export class ServiceScheduler {
	constructor(
		private readonly agenda: Agenda,
		private readonly prng: Prng,
		private readonly lifecycle: TaskLifecycle,
	) {}

	newDeployment(service: ServiceState, definition: TaskDefinition, at: number): Deployment {
		const id = `ecs-svc/${this.prng.digits(19)}`;
		for (const old of service.deployments) {
			old.status = 'ACTIVE';
			old.updatedAt = at;
		}

		const deployment: Deployment = {
			id,
			status: 'PRIMARY',
			definition,
			desiredCount: service.desiredCount,
			failedTasks: 0,
			createdAt: at,
			updatedAt: at,
			rolloutState: 'IN_PROGRESS',
			rolloutStateReason: `ECS deployment ${id} in progress.`,
			tasks: new Set(),
		};
		service.deployments.unshift(deployment);
		service.steady = false;
		return deployment;
	}

	event(service: ServiceState, at: number, message: string): void {
		service.events.unshift({id: this.prng.uuid(), createdAt: at, message: `(service ${service.name}) ${message}`});
		if (service.events.length > maxServiceEvents) service.events.length = maxServiceEvents;
	}

	/** Runs the scheduler for the service soon, once, however many changes arrive meanwhile. */
	poke(cluster: ClusterState, service: ServiceState, at: number): void {
		const due = at + reactionMs;
		if (service.reconcileAt !== undefined && service.reconcileAt <= due) return;
		service.reconcileAt = due;
		this.agenda.schedule(due, t => {
			if (service.reconcileAt !== t) return;
			delete service.reconcileAt;
			this.reconcile(cluster, service, t);
		});
	}

	/** Called by the lifecycle for every task event of a service task. */
	onTaskEvent(cluster: ClusterState, service: ServiceState, task: TaskState, event: TaskEvent, at: number): void {
		const deployment = service.deployments.find(d => d.id === task.deploymentId);
		if (event === 'removed') {
			deployment?.tasks.delete(task);
			return;
		}

		if (event === 'stopping' && deployment && (task.stopCode === 'EssentialContainerExited' || task.stopCode === 'TaskFailedToStart')) {
			this.countFailure(cluster, service, deployment, at);
		}

		if (deployment) deployment.updatedAt = at;
		this.poke(cluster, service, at);
	}

	reconcile(cluster: ClusterState, service: ServiceState, at: number): void {
		const config = service.deploymentConfiguration;
		const desired = service.desiredCount;
		const stopped: TaskState[] = [];
		const stop = (task: TaskState, cause: {stopCode: string; reason: string}): void => {
			if (this.lifecycle.stop(task, at, cause)) stopped.push(task);
		};

		for (const deployment of [...service.deployments]) {
			for (const task of [...deployment.tasks]) {
				if (isLive(task) && isRunning(task) && taskHealth(task) === 'UNHEALTHY') {
					stop(task, healthFailure);
					this.event(service, at, `(task ${task.id}) failed container health checks.`);
					this.countFailure(cluster, service, deployment, at);
				}
			}
		}

		// Read after the health pass: a tripped circuit breaker may have made a new PRIMARY.
		const primary = primaryOf(service);
		primary.desiredCount = desired;
		const primaryLive = [...primary.tasks].filter(isLive);
		if (primaryLive.length > desired) {
			const surplus = [...primaryLive].sort((a, b) => Number(isRunning(a)) - Number(isRunning(b))).slice(0, primaryLive.length - desired);
			for (const task of surplus) stop(task, {...scaleIn, reason: scaleIn.reason.replace('%s', primary.id)});
		}

		const allLive = (): TaskState[] => service.deployments.flatMap(d => [...d.tasks].filter(isLive));
		const maxTotal = Math.floor((desired * config.maximumPercent) / 100);
		const minHealthy = Math.ceil((desired * config.minimumHealthyPercent) / 100);
		const halted = primary.rolloutState === 'FAILED';
		const started: TaskState[] = [];
		if (!halted) {
			const live = allLive();
			const tally = new PlacementTally(live);
			const missing = desired - [...primary.tasks].filter(isLive).length;
			const room = maxTotal - live.length;
			for (let i = 0; i < Math.min(missing, room); i++) {
				const task = this.launch(cluster, service, primary, tally, at);
				started.push(task);
				tally.add(task);
			}
		}

		// Old tasks that are not serving go at once; serving ones while enough healthy tasks remain.
		const drain = {...scaleIn, reason: scaleIn.reason.replace('%s', primary.id)};
		let spare = allLive().filter(isHealthy).length - minHealthy;
		for (const deployment of service.deployments.slice(1)) {
			for (const task of deployment.tasks) {
				if (!isLive(task)) continue;
				if (!isHealthy(task)) {
					stop(task, drain);
				} else if (spare > 0) {
					stop(task, drain);
					spare--;
				}
			}

			deployment.desiredCount = [...deployment.tasks].filter(isLive).length;
		}

		if (started.length > 0) {
			this.event(service, at, `has started ${started.length} tasks: ${started.map(t => `(task ${t.id})`).join(' ')}.`);
		}

		// ECS lists the running tasks it stops, but only counts the pending ones.
		const stoppedRunning = stopped.filter(t => t.lastStatus === 'RUNNING');
		if (stoppedRunning.length > 0) {
			this.event(service, at, `has stopped ${stoppedRunning.length} running tasks: ${stoppedRunning.map(t => `(task ${t.id})`).join(' ')}.`);
		}

		const stoppedPending = stopped.length - stoppedRunning.length;
		if (stoppedPending > 0) this.event(service, at, `stopped ${stoppedPending} pending tasks.`);

		this.settle(service, at);
	}

	private settle(service: ServiceState, at: number): void {
		const primary = primaryOf(service);
		service.deployments = service.deployments.filter(
			d => d === primary || [...d.tasks].some(t => t.lastStatus !== 'STOPPED'),
		);
		const primaryTasks = [...primary.tasks];
		const healthyCount = primaryTasks.filter(isHealthy).length;
		const liveCount = primaryTasks.filter(isLive).length;
		const alone = service.deployments.length === 1;
		if (primary.rolloutState === 'IN_PROGRESS' && alone && healthyCount === service.desiredCount && liveCount === healthyCount) {
			primary.rolloutState = 'COMPLETED';
			primary.rolloutStateReason = `ECS deployment ${primary.id} completed.`;
			primary.updatedAt = at;
			service.lastCompleted = {definition: primary.definition, deploymentId: primary.id};
			this.event(service, at, `(deployment ${primary.id}) deployment completed.`);
		}

		const steady = alone && healthyCount === service.desiredCount && liveCount === healthyCount
			&& primaryTasks.every(t => isLive(t) || t.lastStatus === 'STOPPED');
		if (steady && !service.steady) this.event(service, at, 'has reached a steady state.');
		service.steady = steady;
	}

	private countFailure(cluster: ClusterState, service: ServiceState, deployment: Deployment, at: number): void {
		deployment.failedTasks++;
		deployment.updatedAt = at;
		const breaker = service.deploymentConfiguration.deploymentCircuitBreaker;
		if (!breaker.enable || deployment.rolloutState !== 'IN_PROGRESS' || deployment !== service.deployments[0]) return;
		if (deployment.failedTasks < failureThreshold(service.desiredCount)) return;
		deployment.rolloutState = 'FAILED';
		deployment.rolloutStateReason = 'ECS deployment circuit breaker: tasks failed to start.';
		this.event(service, at, `(deployment ${deployment.id}) deployment failed: tasks failed to start.`);
		const target = service.lastCompleted;
		if (breaker.rollback && target && target.definition !== deployment.definition) {
			const rollback = this.newDeployment(service, target.definition, at);
			rollback.rolloutStateReason = `ECS deployment circuit breaker: rolling back to deploymentId ${target.deploymentId}.`;
			this.event(service, at, `rolling back to deployment ${target.deploymentId}.`);
			this.poke(cluster, service, at);
		}
	}

	private launch(cluster: ClusterState, service: ServiceState, deployment: Deployment, tally: PlacementTally, at: number): TaskState {
		const definition = deployment.definition;
		const spec: LaunchSpec = {
			definition,
			clusterArn: cluster.arn,
			clusterName: cluster.name,
			launchType: 'FARGATE',
			group: `service:${service.name}`,
			startedBy: deployment.id,
			serviceName: service.name,
			deploymentId: deployment.id,
			tags: [{key: 'aws:ecs:serviceName', value: service.name}, {key: 'aws:ecs:clusterName', value: cluster.name}],
		};
		if ('launchType' in service.launch) {
			spec.launchType = service.launch.launchType;
		} else {
			spec.capacityProviderName = chooseProviderBy(service.launch.capacityProviderStrategy, tally.providers);
			spec.launchType = providerLaunchType(spec.capacityProviderName);
		}

		if (spec.launchType === 'EC2') {
			const instance = leastOf(cluster.containerInstances, tally.instances);
			if (instance) spec.containerInstance = instance;
			const subnet = cluster.subnets.find(s => s.id === instance?.subnetId);
			if (subnet && definition.networkMode === 'awsvpc') spec.subnet = subnet;
		} else {
			const subnet = leastOf(service.subnets, tally.subnets);
			if (subnet) spec.subnet = subnet;
		}

		const task = this.lifecycle.launch(spec, at);
		deployment.tasks.add(task);
		deployment.updatedAt = at;
		return task;
	}
}
