import type {Agenda} from './agenda.js';
import type {ClusterState} from './cluster-state.js';
import {chooseProviderBy, leastOf, PlacementTally} from './placement.js';
import type {Prng} from './prng.js';
import {currentServiceDeployment, finishServiceDeployment, recordRevision, recordServiceDeployment} from './service-history.js';
import type {Deployment, ServiceState} from './service-state.js';
import {failureThreshold, maxServiceEvents, primaryOf, providerLaunchType} from './service-state.js';
import type {TaskDefinition} from './task-definitions.js';
import type {LaunchSpec, TaskEvent, TaskLifecycle} from './task-lifecycle.js';
import {taskSetSchedulerOf} from './task-set-scheduler.js';
import {isTaskSetService} from './task-sets.js';
import type {TaskState} from './task-state.js';
import {isHealthy, isLive, isRunning, taskHealth} from './task-state.js';

/** How long the scheduler takes to react to a change (ECS reacts within seconds, not instantly). */
const reactionMs = 1000;

const healthFailure = {stopCode: 'ServiceSchedulerInitiated', reason: 'Task failed container health checks'};
const scaleIn = (deploymentId: string) => ({stopCode: 'ServiceSchedulerInitiated', reason: `Scaling activity initiated by (deployment ${deploymentId})`});
const breakerReason = 'ECS deployment circuit breaker: tasks failed to start.';
/** ECS's event when an EC2 task has nowhere to go (AWS Prescriptive Guidance quotes it; botocore's example has its form). */
const noInstances = 'was unable to place a task because no container instance met all of its requirements. Reason: No Container Instances were found in your cluster. For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.';
/** ECS repeats a placement failure now and then, not on every attempt. */
const unplacedRepeatMs = 5 * 60 * 1000;
const unplacedRetryMs = 30 * 1000;
const starting = new Set(['PROVISIONING', 'PENDING', 'ACTIVATING']);

/**
 * The ECS service scheduler for rolling (ECS) deployments: keeps desired counts, rolls deployments,
 * replaces unhealthy tasks and trips the circuit breaker, as the developer guide's "Deploy Amazon ECS
 * services by replacing tasks" (deployment-type-ecs.html) and "How the Amazon ECS deployment circuit
 * breaker detects failures" (deployment-circuit-breaker.html) pages describe.
 */
export class ServiceScheduler {
	constructor(
		private readonly agenda: Agenda,
		private readonly prng: Prng,
		private readonly lifecycle: TaskLifecycle,
	) {}

	/** A deployment of a new service revision: CreateService, or an UpdateService that deploys. */
	newDeployment(service: ServiceState, definition: TaskDefinition, at: number): Deployment {
		const revision = recordRevision(service, definition, this.prng, at);
		const deployment = this.addDeployment(service, definition, revision.arn, at);
		recordServiceDeployment(service, deployment, failureThreshold(service.desiredCount), this.prng, at);
		return deployment;
	}

	private addDeployment(service: ServiceState, definition: TaskDefinition, revisionArn: string | undefined, at: number): Deployment {
		const id = `ecs-svc/${this.prng.digits(19)}`;
		for (const old of service.deployments) {
			old.status = 'ACTIVE';
			old.updatedAt = at;
		}

		// desiredCount 0: it rises as the scheduler starts the deployment's tasks.
		const deployment: Deployment = {
			id,
			status: 'PRIMARY',
			definition,
			desiredCount: 0,
			failedTasks: 0,
			createdAt: at,
			updatedAt: at,
			rolloutState: 'IN_PROGRESS',
			rolloutStateReason: `ECS deployment ${id} in progress.`,
			tasks: new Set(),
		};
		if (revisionArn !== undefined) deployment.revisionArn = revisionArn;
		service.deployments.unshift(deployment);
		service.steady = false;
		return deployment;
	}

	event(service: ServiceState, at: number, message: string): void {
		service.events.unshift({id: this.prng.uuid(), createdAt: at, message: `(service ${service.name}) ${message}`});
		if (service.events.length > maxServiceEvents) service.events.length = maxServiceEvents;
	}

	/** Runs the scheduler for the service soon, once, however many changes arrive meanwhile. */
	poke(cluster: ClusterState, service: ServiceState, at: number, delay = reactionMs): void {
		if (isTaskSetService(service)) return taskSetSchedulerOf({agenda: this.agenda, prng: this.prng, lifecycle: this.lifecycle}).poke(cluster, service, at);
		const due = at + delay;
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
		if (isTaskSetService(service)) return taskSetSchedulerOf({agenda: this.agenda, prng: this.prng, lifecycle: this.lifecycle}).onTaskEvent(cluster, service, task, event, at);
		const deployment = service.deployments.find(d => d.id === task.deploymentId);
		if (event === 'removed') {
			deployment?.tasks.delete(task);
			service.replacing?.delete(task);
			return;
		}

		if (deployment && (event === 'running' || event === 'health') && isHealthy(task)) this.settleBreaker(service, deployment);
		if (event === 'stopping' && deployment && (task.stopCode === 'EssentialContainerExited' || task.stopCode === 'TaskFailedToStart')) {
			this.countFailure(cluster, service, deployment, at);
		}

		if (deployment) deployment.updatedAt = at;
		if (event === 'stopped') this.prune(service);
		this.poke(cluster, service, at);
	}

	/** A deployment stays listed until its last task has stopped, and no longer. */
	private prune(service: ServiceState): void {
		const primary = primaryOf(service);
		service.deployments = service.deployments.filter(d => d === primary || [...d.tasks].some(t => t.lastStatus !== 'STOPPED'));
	}

	reconcile(cluster: ClusterState, service: ServiceState, at: number): void {
		if (isTaskSetService(service)) return;
		if (service.lifecycle === 'INACTIVE') return;
		const config = service.deploymentConfiguration;
		const desired = service.desiredCount;
		const stopped: TaskState[] = [];
		const stop = (task: TaskState, cause: {stopCode: string; reason: string}): void => {
			if (this.lifecycle.stop(task, at, cause)) stopped.push(task);
		};

		// Unhealthy tasks count as failures once, and are replaced before they are stopped.
		const replacing = (service.replacing ??= new Map<TaskState, TaskState | undefined>());
		for (const task of replacing.keys()) if (!isLive(task)) replacing.delete(task);
		for (const deployment of [...service.deployments]) {
			for (const task of deployment.tasks) {
				if (isRunning(task) && taskHealth(task) === 'UNHEALTHY' && !replacing.has(task)) {
					replacing.set(task, undefined);
					this.countFailure(cluster, service, deployment, at);
				}
			}
		}

		// Read after the health pass: a tripped circuit breaker may have made another deployment PRIMARY.
		const primary = primaryOf(service);
		const kept = (task: TaskState): boolean => isLive(task) && !replacing.has(task);
		const primaryKept = [...primary.tasks].filter(kept);
		if (primaryKept.length > desired) {
			const surplus = [...primaryKept].sort((a, b) => Number(isRunning(a)) - Number(isRunning(b))).slice(0, primaryKept.length - desired);
			for (const task of surplus) stop(task, scaleIn(primary.id));
		}

		const allLive = (): TaskState[] => service.deployments.flatMap(d => [...d.tasks].filter(isLive));
		const maxTotal = Math.floor((desired * config.maximumPercent) / 100);
		const minHealthy = Math.ceil((desired * config.minimumHealthyPercent) / 100);
		const halted = primary.rolloutState === 'FAILED' || service.lifecycle === 'DRAINING';
		const started: TaskState[] = [];
		let replaced = 0;
		if (!halted) {
			const live = allLive();
			const tally = new PlacementTally(live);
			const missing = desired - [...primary.tasks].filter(kept).length;
			const room = maxTotal - live.length;
			const awaiting = [...replacing].filter(([task, by]) => primary.tasks.has(task) && (by === undefined || !isLive(by))).map(([task]) => task);
			for (let i = 0; i < Math.min(missing, room); i++) {
				const task = this.launch(cluster, service, primary, tally, at);
				if (!task) break;
				started.push(task);
				tally.add(task);
				const unhealthy = awaiting.shift();
				if (unhealthy) {
					replacing.set(unhealthy, task);
					replaced++;
				}
			}
		}

		// "As the replacement tasks launch and become healthy, the unhealthy tasks will gradually be
		// stopped" (deployment-type-ecs.html); without room for a replacement, one by one.
		let withoutReplacement = 0;
		for (const [task, by] of replacing) {
			if (!isLive(task)) continue;
			const old = !primary.tasks.has(task);
			const done = by !== undefined && (isHealthy(by) || !isLive(by) || taskHealth(by) === 'UNHEALTHY');
			if (old || done || (by === undefined && withoutReplacement++ === 0)) {
				stop(task, healthFailure);
				if (by === undefined) this.event(service, at, `(task ${task.id}) failed container health checks.`);
			}
		}

		// Old tasks that are not serving go at once, serving ones while enough healthy tasks remain; a
		// FAILED deployment's tasks still starting are left to start (or fail) so it drains gradually.
		let spare = allLive().filter(isHealthy).length - minHealthy;
		for (const deployment of service.deployments.slice(1)) {
			for (const task of deployment.tasks) {
				if (!isLive(task)) continue;
				if (deployment.rolloutState === 'FAILED' && starting.has(task.lastStatus) && service.lifecycle === undefined) continue;
				if (!isHealthy(task)) {
					stop(task, scaleIn(primary.id));
				} else if (spare > 0) {
					stop(task, scaleIn(primary.id));
					spare--;
				}
			}
		}

		if (primary.rolloutState === 'COMPLETED' || service.lifecycle !== undefined) {
			primary.desiredCount = desired;
		} else {
			primary.desiredCount = Math.min(desired, Math.max(primary.desiredCount, [...primary.tasks].filter(isLive).length));
		}

		if (started.length > 0) {
			const list = `has started ${started.length} tasks: ${started.map(t => `(task ${t.id})`).join(' ')}.`;
			this.event(service, at, replaced > 0 ? `${list} Amazon ECS replaced ${replaced} tasks due to an unhealthy status.` : list);
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
		this.prune(service);
		const primary = primaryOf(service);
		this.advanceServiceDeployment(service, at);
		if (service.lifecycle === 'DRAINING') {
			// API_DeleteService: INACTIVE once every task is STOPPING or beyond.
			const all = service.deployments.flatMap(d => [...d.tasks]);
			if (all.every(t => t.lastStatus === 'STOPPING' || t.lastStatus === 'DEPROVISIONING' || t.lastStatus === 'STOPPED')) service.lifecycle = 'INACTIVE';
			return;
		}

		if (service.lifecycle === 'INACTIVE') return;
		const primaryTasks = [...primary.tasks];
		const healthyCount = primaryTasks.filter(isHealthy).length;
		const liveCount = primaryTasks.filter(isLive).length;
		const alone = service.deployments.length === 1;
		if (primary.rolloutState === 'IN_PROGRESS' && alone && healthyCount === service.desiredCount && liveCount === healthyCount) {
			primary.rolloutState = 'COMPLETED';
			primary.rolloutStateReason = `ECS deployment ${primary.id} completed.`;
			primary.updatedAt = at;
			service.lastCompleted = {definition: primary.definition, deploymentId: primary.id};
			if (primary.revisionArn !== undefined) service.lastCompleted.revisionArn = primary.revisionArn;
			this.event(service, at, `(deployment ${primary.id}) deployment completed.`);
			const record = currentServiceDeployment(service);
			if (record?.rollback?.deploymentId === primary.id) finishServiceDeployment(service, record, 'ROLLBACK_SUCCESSFUL', at);
			else if (record?.deploymentId === primary.id) finishServiceDeployment(service, record, 'SUCCESSFUL', at);
		}

		const steady = alone && healthyCount === service.desiredCount && liveCount === healthyCount
			&& primaryTasks.every(t => isLive(t) || t.lastStatus === 'STOPPED');
		if (steady && !service.steady) this.event(service, at, 'has reached a steady state.');
		service.steady = steady;
	}

	/** PENDING → IN_PROGRESS (and ROLLBACK_REQUESTED → ROLLBACK_IN_PROGRESS) once the scheduler acts on it. */
	private advanceServiceDeployment(service: ServiceState, at: number): void {
		const record = currentServiceDeployment(service);
		if (!record) return;
		const primary = primaryOf(service);
		if (record.status === 'PENDING' && record.deploymentId === primary.id) {
			record.status = 'IN_PROGRESS';
			record.startedAt = at;
			record.updatedAt = at;
		} else if (record.status === 'ROLLBACK_REQUESTED' && record.rollback?.deploymentId === primary.id && at > record.rollback.startedAt) {
			record.status = 'ROLLBACK_IN_PROGRESS';
			record.updatedAt = at;
		}

		if (record.status === 'IN_PROGRESS' || record.status === 'ROLLBACK_IN_PROGRESS') {
			const scaledUp = [...primary.tasks].filter(isHealthy).length >= service.desiredCount;
			const stage = scaledUp && service.deployments.length > 1 ? 'CLEAN_UP' : scaledUp ? record.lifecycleStage ?? 'SCALE_UP' : 'SCALE_UP';
			if (stage !== record.lifecycleStage) {
				record.lifecycleStage = stage;
				record.updatedAt = at;
			}
		}
	}

	/**
	 * API_Deployment.failedTasks: "Once a service deployment has one or more successfully running
	 * tasks, the failed task count resets to zero and stops being evaluated."
	 */
	private settleBreaker(service: ServiceState, deployment: Deployment): void {
		if (deployment.breakerSettled) return;
		deployment.breakerSettled = true;
		deployment.failedTasks = 0;
		const record = currentServiceDeployment(service);
		if (record && (record.deploymentId === deployment.id || record.rollback?.deploymentId === deployment.id)) record.breaker.failureCount = 0;
	}

	private countFailure(cluster: ClusterState, service: ServiceState, deployment: Deployment, at: number): void {
		if (deployment.breakerSettled) return;
		deployment.failedTasks++;
		deployment.updatedAt = at;
		const record = currentServiceDeployment(service);
		const mine = record && (record.rollback ? record.rollback.deploymentId === deployment.id : record.deploymentId === deployment.id);
		if (record && mine) {
			record.breaker.failureCount = deployment.failedTasks;
			record.updatedAt = at;
		}

		const breaker = service.deploymentConfiguration.deploymentCircuitBreaker;
		if (!breaker.enable || deployment.rolloutState !== 'IN_PROGRESS' || deployment !== service.deployments[0]) return;
		if (deployment.failedTasks < failureThreshold(service.desiredCount)) return;
		deployment.rolloutState = 'FAILED';
		deployment.rolloutStateReason = breakerReason;
		this.event(service, at, `(deployment ${deployment.id}) deployment failed: tasks failed to start.`);
		if (record && mine) record.breaker.triggered = true;
		if (record && mine && record.rollback) {
			finishServiceDeployment(service, record, 'ROLLBACK_FAILED', at, breakerReason);
			return;
		}

		const back = breaker.rollback ? this.rollbackTarget(service, deployment, at) : undefined;
		if (!back) {
			if (record && mine) finishServiceDeployment(service, record, 'STOPPED', at, breakerReason);
			return;
		}

		const target = service.lastCompleted!;
		back.rolloutStateReason = `ECS deployment circuit breaker: rolling back to deploymentId ${target.deploymentId}.`;
		this.event(service, at, `rolling back to deployment ${target.deploymentId}.`);
		if (record && mine) {
			record.status = 'ROLLBACK_REQUESTED';
			record.statusReason = breakerReason;
			record.updatedAt = at;
			record.rollback = {reason: breakerReason, startedAt: at, serviceRevisionArn: target.revisionArn ?? '', deploymentId: back.id};
		}

		this.poke(cluster, service, at);
	}

	/**
	 * The rollback, as the service-revision page describes it: "Amazon ECS doesn't create a new
	 * service revision for a rollback operation. Amazon ECS uses the last successful service revision
	 * for the rollback." The last completed deployment, while still listed, becomes PRIMARY again with
	 * its tasks (only missing ones are started); otherwise a deployment of that same revision starts.
	 */
	private rollbackTarget(service: ServiceState, failed: Deployment, at: number): Deployment | undefined {
		const target = service.lastCompleted;
		if (!target || target.deploymentId === failed.id) return undefined;
		const listed = service.deployments.find(d => d.id === target.deploymentId);
		if (!listed) {
			if (target.definition === failed.definition) return undefined;
			return this.addDeployment(service, target.definition, target.revisionArn, at);
		}

		service.deployments = [listed, ...service.deployments.filter(d => d !== listed)];
		for (const other of service.deployments) other.status = other === listed ? 'PRIMARY' : 'ACTIVE';
		listed.rolloutState = 'IN_PROGRESS';
		listed.updatedAt = at;
		service.steady = false;
		return listed;
	}

	private launch(cluster: ClusterState, service: ServiceState, deployment: Deployment, tally: PlacementTally, at: number): TaskState | undefined {
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
			if (!instance) {
				this.unplaced(cluster, service, at);
				return undefined;
			}

			spec.containerInstance = instance;
			const subnet = cluster.subnets.find(s => s.id === instance.subnetId);
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

	/** No container instance to place an EC2 task on: say so now and then, and try again later. */
	private unplaced(cluster: ClusterState, service: ServiceState, at: number): void {
		if (service.unplacedAt === undefined || at - service.unplacedAt >= unplacedRepeatMs) {
			service.unplacedAt = at;
			this.event(service, at, noInstances);
		}

		this.poke(cluster, service, at, unplacedRetryMs);
	}
}
