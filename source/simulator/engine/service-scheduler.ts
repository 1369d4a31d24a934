import type {Agenda} from './agenda.js';
import {countFailure, settleBreaker} from './circuit-breaker.js';
import type {ClusterState} from './cluster-state.js';
import {PlacementTally} from './placement.js';
import type {Prng} from './prng.js';
import {reactionMs, reconcileSoon} from './reconcile-soon.js';
import {addDeployment, pruneDeployments} from './rolling-deployments.js';
import {scaleIn, startedMessage, stoppedMessages} from './scheduler-messages.js';
import {recordRevision, recordServiceDeployment} from './service-history.js';
import type {Deployment, ServiceState} from './service-state.js';
import {failureThreshold, maxServiceEvents, primaryOf} from './service-state.js';
import {settleService} from './service-steady-state.js';
import {serviceTaskSpec} from './service-task-spec.js';
import type {TaskDefinition} from './task-definitions.js';
import type {StopCause, TaskEvent, TaskLifecycle} from './task-lifecycle.js';
import {taskSetSchedulerOf} from './task-set-scheduler.js';
import {isTaskSetService} from './task-sets.js';
import type {TaskState} from './task-state.js';
import {isHealthy, isLive, isRunning} from './task-state.js';
import {awaitingReplacement, noteUnhealthy, stopReplaced} from './unhealthy-replacement.js';

/** ECS's event when an EC2 task has nowhere to go (AWS Prescriptive Guidance quotes it; botocore's example has its form). */
const noInstances = 'was unable to place a task because no container instance met all of its requirements. Reason: No Container Instances were found in your cluster. For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.';
/** ECS repeats a placement failure now and then, not on every attempt. */
const unplacedRepeatMs = 5 * 60 * 1000;
const unplacedRetryMs = 30 * 1000;
const starting = new Set(['PROVISIONING', 'PENDING', 'ACTIVATING']);

/**
 * The ECS service scheduler for rolling (ECS) deployments: keeps desired counts, rolls deployments,
 * replaces unhealthy tasks (unhealthy-replacement.ts) and trips the circuit breaker
 * (circuit-breaker.ts), as the developer guide's "Deploy Amazon ECS services by replacing tasks"
 * (deployment-type-ecs.html) and "How the Amazon ECS deployment circuit breaker detects failures"
 * (deployment-circuit-breaker.html) pages describe. Services run by task sets go to the task-set
 * scheduler (task-set-scheduler.ts).
 */
export class ServiceScheduler {
	constructor(
		private readonly agenda: Agenda,
		readonly prng: Prng,
		private readonly lifecycle: TaskLifecycle,
	) {}

	/** A deployment of a new service revision: CreateService, or an UpdateService that deploys. */
	newDeployment(service: ServiceState, definition: TaskDefinition, at: number): Deployment {
		const revision = recordRevision(service, definition, this.prng, at);
		const deployment = addDeployment(service, definition, revision.arn, this.prng, at);
		recordServiceDeployment(service, deployment, failureThreshold(service.desiredCount), this.prng, at);
		return deployment;
	}

	event(service: ServiceState, at: number, message: string): void {
		service.events.unshift({id: this.prng.uuid(), createdAt: at, message: `(service ${service.name}) ${message}`});
		if (service.events.length > maxServiceEvents) service.events.length = maxServiceEvents;
	}

	/** Runs the scheduler for the service soon, once, however many changes arrive meanwhile. */
	poke(cluster: ClusterState, service: ServiceState, at: number, delay = reactionMs): void {
		if (isTaskSetService(service)) return this.taskSets().poke(cluster, service, at);
		reconcileSoon(this.agenda, service, at + delay, t => this.reconcile(cluster, service, t));
	}

	/** Called by the lifecycle for every task event of a service task. */
	onTaskEvent(cluster: ClusterState, service: ServiceState, task: TaskState, event: TaskEvent, at: number): void {
		if (isTaskSetService(service)) return this.taskSets().onTaskEvent(cluster, service, task, event, at);
		const deployment = service.deployments.find(d => d.id === task.deploymentId);
		if (event === 'removed') {
			deployment?.tasks.delete(task);
			service.replacing?.delete(task);
			return;
		}

		if (deployment && (event === 'running' || event === 'health') && isHealthy(task)) settleBreaker(service, deployment);
		if (event === 'stopping' && deployment && (task.stopCode === 'EssentialContainerExited' || task.stopCode === 'TaskFailedToStart')) {
			countFailure(this, cluster, service, deployment, at);
		}

		if (deployment) deployment.updatedAt = at;
		if (event === 'stopped') pruneDeployments(service);
		this.poke(cluster, service, at);
	}

	reconcile(cluster: ClusterState, service: ServiceState, at: number): void {
		if (isTaskSetService(service)) return;
		if (service.lifecycle === 'INACTIVE') return;
		const config = service.deploymentConfiguration;
		const desired = service.desiredCount;
		const stopped: TaskState[] = [];
		const stop = (task: TaskState, cause: StopCause): void => {
			if (this.lifecycle.stop(task, at, cause)) stopped.push(task);
		};

		// Unhealthy tasks count as failures once, and are replaced before they are stopped.
		const replacing = noteUnhealthy(service, deployment => countFailure(this, cluster, service, deployment, at));

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
			const awaiting = awaitingReplacement(replacing, primary);
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

		stopReplaced(replacing, primary, stop, message => this.event(service, at, message));

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
			const list = startedMessage(started);
			this.event(service, at, replaced > 0 ? `${list} Amazon ECS replaced ${replaced} tasks due to an unhealthy status.` : list);
		}

		for (const message of stoppedMessages(stopped)) this.event(service, at, message);
		settleService(service, at, message => this.event(service, at, message));
	}

	private taskSets() {
		return taskSetSchedulerOf({agenda: this.agenda, prng: this.prng, lifecycle: this.lifecycle});
	}

	private launch(cluster: ClusterState, service: ServiceState, deployment: Deployment, tally: PlacementTally, at: number): TaskState | undefined {
		const owner = {id: deployment.id, definition: deployment.definition, launch: service.launch, subnets: service.subnets};
		const spec = serviceTaskSpec(cluster, service.name, owner, tally);
		if (spec.launchType === 'EC2' && !spec.containerInstance) {
			this.unplaced(cluster, service, at);
			return undefined;
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
