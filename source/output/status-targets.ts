import {isDrainingTarget, laneTargets} from '../model/rollout-targets.js';
import {sanitize} from '../model/sanitize.js';
import type {TaskRow} from '../model/task-row.js';
import type {TargetJson} from './task-json.js';

// The load-balancer targets of `ecswatch status`: its JSON fields and its table line.

const safe = (value: string | null): string | null => (value === null ? null : sanitize(value));

/** One target of one task in one target group, sanitised: the task JSON's target, and whose it is. */
export interface TargetStatusJson extends TargetJson {
	taskArn: string;
}

/**
 * Target health counts of a deployment's (or task set's) tasks, present only when the service has
 * target groups and their targets were read.
 */
export interface LaneTargetsJson {
	/** Its tasks (not stopped, or still draining) whose every target is healthy. */
	targetsHealthy?: number;
	/** Its tasks that are not stopped, or still draining. */
	targetsTotal?: number;
	/** Its tasks with a draining target. */
	targetsDraining?: number;
}

/**
 * The tasks the rollout is read from: the ones meant to run, and those on their way out whose
 * targets still drain (ECS keeps a task DEACTIVATING while its targets drain; it is listed as STOPPED).
 */
export function rolloutTasks(entry: {running: readonly TaskRow[]; stopped: readonly TaskRow[]}): TaskRow[] {
	return [...entry.running, ...entry.stopped.filter(task => (task.targets ?? []).some(isDrainingTarget))];
}

/** Target counts of the lane `id` for the JSON: absent without target groups or when the targets were not read. */
export function laneTargetsJson(tasks: readonly TaskRow[] | null, id: string): LaneTargetsJson {
	if (tasks === null) return {};
	const counts = laneTargets(tasks.filter(task => task.startedBy === id));
	return {targetsHealthy: counts.healthy, targetsTotal: counts.tasks, targetsDraining: counts.draining};
}

export function targetsJson(tasks: readonly TaskRow[]): TargetStatusJson[] {
	return tasks.flatMap(task => (task.targets ?? []).map(target => ({
		targetGroupArn: sanitize(target.targetGroupArn),
		taskArn: sanitize(task.taskArn),
		targetId: sanitize(target.targetId),
		port: target.port,
		state: sanitize(target.state),
		reason: safe(target.reason),
		description: safe(target.description),
		drainingEndsAt: safe(target.drainingEndsAt),
	})));
}

/** ELB's states in the order a rollout moves through them; others follow by name. */
const STATE_ORDER = ['healthy', 'initial', 'unhealthy', 'unused', 'unavailable', 'draining', 'unhealthy.draining'];

/**
 * The targets of a service behind a load balancer, counted by state: `targets: 4 healthy,
 * 2 initial, 1 unhealthy (ResponseCodeMismatch)`, `targets: none registered`, or `targets: not read`.
 */
export function targetsLine(tasks: readonly TaskRow[], read: boolean): string {
	if (!read) return 'targets: not read';
	const counts = new Map<string, number>();
	for (const target of tasks.flatMap(task => task.targets ?? [])) {
		// initial and draining say their reason already (RegistrationInProgress, DeregistrationInProgress).
		const told = ['healthy', 'initial', 'draining'].includes(target.state);
		const reason = told || target.reason === null ? '' : ` (${sanitize(target.reason.replace(/^(?:Target|Elb)\./u, ''))})`;
		const key = `${sanitize(target.state)}${reason}`;
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}

	if (counts.size === 0) return 'targets: none registered';
	const rank = (key: string) => {
		const index = STATE_ORDER.indexOf(key.split(' ')[0] ?? key);
		return index === -1 ? STATE_ORDER.length : index;
	};
	const keys = [...counts.keys()].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
	return `targets: ${keys.map(key => `${counts.get(key) ?? 0} ${key}`).join(', ')}`;
}
