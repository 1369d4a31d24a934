import {healthFailure} from './scheduler-messages.js';
import type {Deployment, ServiceState} from './service-state.js';
import type {StopCause} from './task-lifecycle.js';
import type {TaskState} from './task-state.js';
import {isHealthy, isLive, isRunning, taskHealth} from './task-state.js';

/** Unhealthy tasks of a rolling service, each with its replacement once one is started. */
export type Replacing = Map<TaskState, TaskState | undefined>;

/**
 * Notes the service's newly unhealthy running tasks, calling `onFailure` once for each (the circuit
 * breaker counts them), and forgets those no longer live. Unhealthy tasks are replaced before they
 * are stopped.
 */
export function noteUnhealthy(service: ServiceState, onFailure: (deployment: Deployment) => void): Replacing {
	const replacing = (service.replacing ??= new Map<TaskState, TaskState | undefined>());
	for (const task of replacing.keys()) if (!isLive(task)) replacing.delete(task);
	for (const deployment of [...service.deployments]) {
		for (const task of deployment.tasks) {
			if (isRunning(task) && taskHealth(task) === 'UNHEALTHY' && !replacing.has(task)) {
				replacing.set(task, undefined);
				onFailure(deployment);
			}
		}
	}

	return replacing;
}

/** The primary's unhealthy tasks without a live replacement, oldest first: each new task replaces the next. */
export const awaitingReplacement = (replacing: Replacing, primary: Deployment): TaskState[] =>
	[...replacing].filter(([task, by]) => primary.tasks.has(task) && (by === undefined || !isLive(by))).map(([task]) => task);

/**
 * "As the replacement tasks launch and become healthy, the unhealthy tasks will gradually be
 * stopped" (deployment-type-ecs.html); without room for a replacement, one by one. `say` words the
 * stop of one that had no replacement.
 */
export function stopReplaced(replacing: Replacing, primary: Deployment, stop: (task: TaskState, cause: StopCause) => void, say: (message: string) => void): void {
	let withoutReplacement = 0;
	for (const [task, by] of replacing) {
		if (!isLive(task)) continue;
		const old = !primary.tasks.has(task);
		const done = by !== undefined && (isHealthy(by) || !isLive(by) || taskHealth(by) === 'UNHEALTHY');
		if (old || done || (by === undefined && withoutReplacement++ === 0)) {
			stop(task, healthFailure);
			if (by === undefined) say(`(task ${task.id}) failed container health checks.`);
		}
	}
}
