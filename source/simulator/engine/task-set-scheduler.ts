import type {Agenda} from './agenda.js';
import type {ClusterState} from './cluster-state.js';
import {PlacementTally} from './placement.js';
import type {Prng} from './prng.js';
import {reactionMs, reconcileSoon} from './reconcile-soon.js';
import {healthFailure, scaleIn, startedMessage, stoppedMessages} from './scheduler-messages.js';
import {maxServiceEvents} from './service-state.js';
import {countTasks} from './service-wire.js';
import {serviceTaskSpec} from './service-task-spec.js';
import type {StopCause, TaskEvent, TaskLifecycle} from './task-lifecycle.js';
import type {TaskSetService, TaskSetState} from './task-sets.js';
import {computedDesiredCount} from './task-sets.js';
import type {TaskState} from './task-state.js';
import {isHealthy, isLive, isRunning, taskHealth} from './task-state.js';

/**
 * Keeps every task set of CODE_DEPLOY and EXTERNAL services at its computed desired count, and
 * reports each set's stability (API_TaskSet `stabilityStatus`) and the service's steady state. Its
 * events use the task-set wording of a real CODE_DEPLOY service's (the fixture
 * service-codedeploy-tasksets-no-deployments): `(service S, taskSet ecs-svc/…) has started 1 tasks:
 * (task …).` and `… updated state to STEADY_STATE.`, then `(service S) has reached a steady state.`.
 */
export class TaskSetScheduler {
	constructor(
		private readonly agenda: Agenda,
		private readonly prng: Prng,
		private readonly lifecycle: TaskLifecycle,
	) {}

	/** A new task set id: `ecs-svc/` and 19 digits, like a deployment id. */
	newId(): string {
		return `ecs-svc/${this.prng.digits(19)}`;
	}

	/** Marks the set as changed now: STABILIZING until the scheduler has brought it to its count. */
	touch(set: TaskSetState, at: number): void {
		set.updatedAt = at;
		if (set.stabilityStatus !== 'STABILIZING') {
			set.stabilityStatus = 'STABILIZING';
			set.stabilityStatusAt = at;
		}
	}

	/** Runs the scheduler for the service soon, once, however many changes arrive meanwhile. */
	poke(cluster: ClusterState, service: TaskSetService, at: number): void {
		reconcileSoon(this.agenda, service, at + reactionMs, t => this.reconcile(cluster, service, t));
	}

	onTaskEvent(cluster: ClusterState, service: TaskSetService, task: TaskState, event: TaskEvent, at: number): void {
		const set = service.taskSets.find(s => s.tasks.has(task));
		if (event === 'removed') {
			set?.tasks.delete(task);
			return;
		}

		if (set) set.updatedAt = at;
		this.poke(cluster, service, at);
	}

	reconcile(cluster: ClusterState, service: TaskSetService, at: number): void {
		for (const set of [...service.taskSets]) {
			this.reconcileSet(cluster, service, set, at);
		}

		// A DRAINING set is gone once its last task has stopped.
		service.taskSets = service.taskSets.filter(s => s.status !== 'DRAINING' || [...s.tasks].some(t => t.lastStatus !== 'STOPPED'));
		const steady = service.taskSets.length > 0 && service.taskSets.every(s => s.stabilityStatus === 'STEADY_STATE');
		if (steady && !service.steady) this.event(service, undefined, at, 'has reached a steady state.');
		service.steady = steady;
	}

	private reconcileSet(cluster: ClusterState, service: TaskSetService, set: TaskSetState, at: number): void {
		const stopped: TaskState[] = [];
		const stop = (task: TaskState, cause: StopCause): void => {
			if (this.lifecycle.stop(task, at, cause)) stopped.push(task);
		};

		for (const task of set.tasks) {
			if (isLive(task) && isRunning(task) && taskHealth(task) === 'UNHEALTHY') {
				stop(task, healthFailure);
				this.event(service, set, at, `(task ${task.id}) failed container health checks.`);
			}
		}

		const desired = computedDesiredCount(service, set);
		const live = [...set.tasks].filter(isLive);
		if (live.length > desired) {
			const surplus = live.sort((a, b) => Number(isRunning(a)) - Number(isRunning(b))).slice(0, live.length - desired);
			for (const task of surplus) stop(task, scaleIn(set.id));
		}

		const started: TaskState[] = [];
		const tally = new PlacementTally(service.taskSets.flatMap(s => [...s.tasks].filter(isLive)));
		for (let missing = desired - [...set.tasks].filter(isLive).length; missing > 0; missing--) {
			const task = this.launch(cluster, service, set, tally, at);
			started.push(task);
			tally.add(task);
		}

		if (started.length > 0) this.event(service, set, at, startedMessage(started));
		for (const message of stoppedMessages(stopped)) this.event(service, set, at, message);
		if (started.length > 0 || stopped.length > 0) this.touch(set, at);
		this.settle(service, set, desired, at);
	}

	/** API_TaskSet: STEADY_STATE when running = computed desired count, none pending, every task healthy. */
	private settle(service: TaskSetService, set: TaskSetState, desired: number, at: number): void {
		const counts = countTasks(set.tasks);
		const tasks = [...set.tasks];
		const live = tasks.filter(isLive);
		const leaving = tasks.some(t => !isLive(t) && t.lastStatus !== 'STOPPED');
		// A DRAINING set never settles: it is removed once its tasks have stopped.
		const steady = set.status !== 'DRAINING' && counts.running === desired && counts.pending === 0
			&& live.length === desired && live.every(isHealthy) && !leaving;
		if (steady === (set.stabilityStatus === 'STEADY_STATE')) return;
		set.stabilityStatus = steady ? 'STEADY_STATE' : 'STABILIZING';
		set.stabilityStatusAt = at;
		set.updatedAt = at;
		if (steady) this.event(service, set, at, 'updated state to STEADY_STATE.');
	}

	private event(service: TaskSetService, set: TaskSetState | undefined, at: number, message: string): void {
		const source = set ? `(service ${service.name}, taskSet ${set.id})` : `(service ${service.name})`;
		service.events.unshift({id: this.prng.uuid(), createdAt: at, message: `${source} ${message}`});
		if (service.events.length > maxServiceEvents) service.events.length = maxServiceEvents;
	}

	private launch(cluster: ClusterState, service: TaskSetService, set: TaskSetState, tally: PlacementTally, at: number): TaskState {
		// Unverified: a task-set task's startedBy is its set's id, as a rolling task's is its deployment's.
		const task = this.lifecycle.launch(serviceTaskSpec(cluster, service.name, set, tally), at);
		set.tasks.add(task);
		return task;
	}
}

const schedulers = new WeakMap<TaskLifecycle, TaskSetScheduler>();

/**
 * The task-set scheduler of the world that owns `lifecycle`, made on first use: the world and its
 * rolling scheduler both reach it from what they hold, without a field of their own.
 */
export function taskSetSchedulerOf(world: {agenda: Agenda; prng: Prng; lifecycle: TaskLifecycle}): TaskSetScheduler {
	let scheduler = schedulers.get(world.lifecycle);
	if (!scheduler) {
		scheduler = new TaskSetScheduler(world.agenda, world.prng, world.lifecycle);
		schedulers.set(world.lifecycle, scheduler);
	}

	return scheduler;
}
