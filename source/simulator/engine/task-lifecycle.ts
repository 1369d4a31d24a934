import type {Agenda} from './agenda.js';
import type {Subnet} from './network.js';
import {allocateHostPort, allocateIp, releaseHostPort, releaseIp} from './network.js';
import type {Prng} from './prng.js';
import type {ContainerState, TaskState, TaskStatus} from './task-state.js';

/** What a new task is started from: the fields it shares with its state, and where it runs. */
export type LaunchSpec = Pick<TaskState, 'definition' | 'clusterArn' | 'launchType' | 'capacityProviderName' | 'group' | 'startedBy' | 'serviceName' | 'deploymentId' | 'containerInstance'> & {
	clusterName: string;
	/** awsvpc tasks get an ENI in this subnet. */
	subnet?: Subnet;
	tags?: Array<{key: string; value: string}>;
};

export interface StopCause {
	stopCode: string;
	reason: string;
}

export type TaskEvent = 'running' | 'health' | 'stopping' | 'stopped' | 'removed';

/** How long a stopped task stays listable and describable. */
export const stoppedRetentionMs = 60 * 60 * 1000;

const sec = 1000;

/** Owns every task of the world and moves each through the ECS lifecycle on the agenda. */
export class TaskLifecycle {
	readonly tasks = new Map<string, TaskState>();
	private readonly digests = new Map<string, string>();

	constructor(
		private readonly region: string,
		private readonly accountId: string,
		private readonly agenda: Agenda,
		private readonly prng: Prng,
		private readonly onEvent: (task: TaskState, event: TaskEvent, at: number) => void,
	) {}

	launch(spec: LaunchSpec, at: number): TaskState {
		const id = this.prng.hex(32);
		const arn = `arn:aws:ecs:${this.region}:${this.accountId}:task/${spec.clusterName}/${id}`;
		const subnet = spec.subnet;
		const az = subnet?.availabilityZone ?? spec.containerInstance?.availabilityZone ?? `${this.region}a`;
		const bridge = spec.definition.networkMode === 'bridge';
		const containers: ContainerState[] = spec.definition.containers.map(c => {
			const container: ContainerState = {
				spec: c,
				containerArn: `arn:aws:ecs:${this.region}:${this.accountId}:container/${spec.clusterName}/${id}/${this.prng.uuid()}`,
				lastStatus: 'PENDING',
				health: 'UNKNOWN',
			};
			if (bridge && spec.containerInstance && c.containerPort !== undefined) {
				container.hostPort = allocateHostPort(spec.containerInstance);
			}

			return container;
		});
		const task: TaskState = {
			id,
			arn,
			clusterArn: spec.clusterArn,
			definition: spec.definition,
			launchType: spec.launchType,
			group: spec.group,
			lastStatus: 'PROVISIONING',
			desiredStatus: 'RUNNING',
			availabilityZone: az,
			containers,
			tags: spec.tags ?? [],
			createdAt: at,
			version: 1,
			epoch: 0,
		};
		if (spec.capacityProviderName !== undefined) task.capacityProviderName = spec.capacityProviderName;
		if (spec.startedBy !== undefined) task.startedBy = spec.startedBy;
		if (spec.serviceName !== undefined) task.serviceName = spec.serviceName;
		if (spec.deploymentId !== undefined) task.deploymentId = spec.deploymentId;
		if (spec.containerInstance) task.containerInstance = spec.containerInstance;
		if (subnet && !bridge) {
			const ip = allocateIp(subnet, this.prng);
			if (ip === undefined) {
				throw new Error(`subnet ${subnet.id} has no free address`);
			}

			task.eni = {
				attachmentId: this.prng.uuid(),
				status: 'PRECREATED',
				subnet,
				networkInterfaceId: `eni-${this.prng.hex(17)}`,
				macAddress: this.prng.mac(),
				privateIp: ip,
			};
		}

		this.tasks.set(id, task);
		this.provision(task, at);
		return task;
	}

	/** Asks the task to stop (StopTask, the scheduler, or its own exit). No-op when already stopping. */
	stop(task: TaskState, at: number, cause: StopCause): boolean {
		if (task.desiredStatus === 'STOPPED') {
			return false;
		}

		task.desiredStatus = 'STOPPED';
		task.stopCode = cause.stopCode;
		task.stoppedReason = cause.reason;
		task.stoppingAt = at;
		task.epoch++;
		task.version++;
		this.onEvent(task, 'stopping', at);
		const from = task.lastStatus;
		const delay = this.prng.int(1 * sec, 2 * sec);
		if (from === 'PROVISIONING') {
			this.later(task, at + delay, t => this.deprovision(task, t));
		} else if (from === 'PENDING') {
			this.later(task, at + delay, t => this.stopping(task, t));
		} else {
			this.later(task, at + delay, t => {
				this.set(task, 'DEACTIVATING');
				// Behind a load balancer it stays DEACTIVATING while its targets drain (task-lifecycle-explanation.html).
				const next = t + this.prng.int(1 * sec, 3 * sec);
				this.later(task, Math.max(next, task.drainingUntil ?? next), t2 => this.stopping(task, t2));
			});
		}

		return true;
	}

	private provision(task: TaskState, at: number): void {
		const eni = task.eni;
		if (!eni) {
			this.later(task, at + this.prng.int(1 * sec, 2 * sec), t => this.pending(task, t));
			return;
		}

		const attaching = at + this.prng.int(3 * sec, 6 * sec);
		// ENI and pull sub-steps do not bump `version`: ECS's rises once per lastStatus (and health) change.
		this.later(task, attaching, t => {
			eni.status = 'ATTACHING';
			this.later(task, t + this.prng.int(4 * sec, 8 * sec), t2 => {
				eni.status = 'ATTACHED';
				this.pending(task, t2);
			});
		});
	}

	private pending(task: TaskState, at: number): void {
		task.connectivityAt = at;
		this.set(task, 'PENDING');
		const pullStart = at + this.prng.int(300, 1500);
		this.later(task, pullStart, () => {
			task.pullStartedAt = pullStart;
		});
		if (task.definition.behaviour === 'bad-image') {
			// The fixture's pull gave up after 2m23s; the agent retries a while before it does.
			this.later(task, pullStart + this.prng.int(60 * sec, 140 * sec), t => this.failedToStart(task, t));
			return;
		}

		const pullStop = pullStart + this.prng.int(3 * sec, 12 * sec);
		this.later(task, pullStop, t => {
			task.pullStoppedAt = t;
			for (const c of task.containers) {
				c.imageDigest = this.digest(c.spec.image);
			}

			// ACTIVATING is a sub-step of starting: real RUNNING tasks without health checks are at version 3.
			task.lastStatus = 'ACTIVATING';
			this.later(task, t + this.prng.int(1 * sec, 3 * sec), t2 => this.running(task, t2));
		});
	}

	/**
	 * The pull gave up: the task stops without ever running, as in a real DescribeTasks response
	 * (fixtures/task-stopped-taskfailedtostart-cannotpull): stopCode TaskFailedToStart, stoppedReason
	 * "Task failed to start", the container's reason `CannotPullContainerError: …` ending in a newline,
	 * no exitCode and no startedAt; pullStoppedAt, stoppingAt and executionStoppedAt all at the failure;
	 * version 4 once STOPPED (PROVISIONING, PENDING, DEPROVISIONING, STOPPED).
	 */
	private failedToStart(task: TaskState, at: number): void {
		task.pullStoppedAt = at;
		task.desiredStatus = 'STOPPED';
		task.stopCode = 'TaskFailedToStart';
		task.stoppedReason = 'Task failed to start';
		task.stoppingAt = at;
		task.executionStoppedAt = at;
		for (const c of task.containers) {
			c.lastStatus = 'STOPPED';
			if (c === task.containers[0]) {
				c.reason = `CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref ${c.spec.image}: ${c.spec.image}: not found\n`;
			}
		}

		task.epoch++;
		this.onEvent(task, 'stopping', at);
		this.deprovision(task, at);
	}

	private running(task: TaskState, at: number): void {
		task.startedAt = at;
		for (const c of task.containers) {
			c.lastStatus = 'RUNNING';
			c.runtimeId = `${task.id}-${this.prng.digits(10)}`;
		}

		this.set(task, 'RUNNING');
		this.onEvent(task, 'running', at);
		const behaviour = task.definition.behaviour;
		const checked = task.containers.filter(c => c.spec.healthCheck);
		// A crashing revision first passes its health checks (when it has any), then is OOM-killed.
		if (behaviour === 'exit' || (behaviour === 'crash' && checked.length === 0)) this.exitLater(task, at);
		if (checked.length > 0 && behaviour !== 'exit') {
			const unhealthy = behaviour === 'unhealthy';
			const due = at + (unhealthy ? this.prng.int(70 * sec, 100 * sec) : this.prng.int(10 * sec, 35 * sec));
			this.later(task, due, t => {
				for (const c of checked) c.health = unhealthy ? 'UNHEALTHY' : 'HEALTHY';
				task.version++;
				this.onEvent(task, 'health', t);
				if (behaviour === 'crash') this.exitLater(task, t);
			});
		}
	}

	private exitLater(task: TaskState, at: number): void {
		const crash = task.definition.behaviour === 'crash';
		const victim = task.containers.find(c => c.spec.essential) ?? task.containers[0];
		this.later(task, at + this.prng.int(15 * sec, 45 * sec), t => {
			if (!victim) return;
			victim.lastStatus = 'STOPPED';
			victim.exitCode = crash ? 137 : 0;
			if (crash) victim.reason = 'OutOfMemoryError: Container killed due to memory usage';
			this.stop(task, t, {stopCode: 'EssentialContainerExited', reason: 'Essential container in task exited'});
		});
	}

	private stopping(task: TaskState, at: number): void {
		this.set(task, 'STOPPING');
		this.later(task, at + this.prng.int(1 * sec, 5 * sec), t => {
			task.executionStoppedAt = t;
			task.containers.forEach((c, index) => {
				if (c.lastStatus === 'RUNNING') {
					c.exitCode = index === 0 ? 0 : 143;
				}

				c.lastStatus = 'STOPPED';
			});
			this.deprovision(task, t);
		});
	}

	private deprovision(task: TaskState, at: number): void {
		for (const c of task.containers) c.lastStatus = 'STOPPED';
		if (!task.eni) {
			this.later(task, at + this.prng.int(500, 1000), t => this.stopped(task, t));
			return;
		}

		this.set(task, 'DEPROVISIONING');
		if (task.eni.status !== 'PRECREATED') task.eni.status = 'DETACHING';
		this.later(task, at + this.prng.int(5 * sec, 12 * sec), t => this.stopped(task, t));
	}

	private stopped(task: TaskState, at: number): void {
		task.stoppedAt = at;
		task.executionStoppedAt ??= at;
		if (task.eni) task.eni.status = 'DELETED';
		for (const c of task.containers) {
			c.lastStatus = 'STOPPED';
			if (c.hostPort !== undefined && task.containerInstance) releaseHostPort(task.containerInstance, c.hostPort);
		}

		this.set(task, 'STOPPED');
		this.onEvent(task, 'stopped', at);
		this.agenda.schedule(at + stoppedRetentionMs, t => {
			this.tasks.delete(task.id);
			if (task.eni) releaseIp(task.eni.subnet, task.eni.privateIp);
			this.onEvent(task, 'removed', t);
		});
	}

	private set(task: TaskState, status: TaskStatus): void {
		task.lastStatus = status;
		task.version++;
	}

	/** Schedules a step that is dropped if a stop has superseded the task's path since. */
	private later(task: TaskState, at: number, step: (at: number) => void): void {
		const epoch = task.epoch;
		this.agenda.schedule(at, t => {
			if (task.epoch === epoch) step(t);
		});
	}

	private digest(image: string): string {
		let digest = this.digests.get(image);
		if (!digest) {
			digest = `sha256:${this.prng.hex(64)}`;
			this.digests.set(image, digest);
		}

		return digest;
	}
}
