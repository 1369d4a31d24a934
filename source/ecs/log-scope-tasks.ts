import type {ECSClient} from '@aws-sdk/client-ecs';
import type {LogsScope} from '../model/logs/log-scope.js';
import type {TaskRow} from '../model/task-row.js';
import {describeTasks} from './fetch-tasks.js';
import {listAllTaskArns} from './list-task-arns.js';

/**
 * A service's task list is read at most this often: ListTasks and DescribeTasks share one ECS
 * bucket (20 calls/s for the account) with every task watch, while the logs poll every 2 s.
 */
export const SERVICE_TASKS_REFRESH_MS = 15_000;

export interface ScopeTasks {
	/** The scope's tasks, first seen first; `refreshed` when ECS was asked this time. */
	tasks: TaskRow[];
	refreshed: boolean;
}

function describeFailureError(reason: string | null, detail: string | null, arn: string): Error {
	return Object.assign(new Error(`${detail ?? `ECS could not describe the task (${reason ?? 'no reason given'})`} (${arn})`), {name: 'DescribeFailure'});
}

/**
 * The tasks whose logs a scope reads. A task scope describes its task every poll until it has
 * STOPPED (it changes no more). A service scope lists its RUNNING tasks (every page) and describes
 * them with the tasks it already knows that have not stopped, at most every `refreshMs`; a task
 * that leaves the list stays (its last lines stay readable), and so does one ECS no longer
 * describes (MISSING: expired), with its last row.
 */
export function createScopeTasks(
	client: ECSClient,
	scope: LogsScope,
	options: {now: () => number; refreshMs?: number},
): (signal?: AbortSignal) => Promise<ScopeTasks> {
	const known = new Map<string, TaskRow>();
	const refreshMs = options.refreshMs ?? SERVICE_TASKS_REFRESH_MS;
	let refreshedAt: number | null = null;

	async function describe(arns: readonly string[], signal: AbortSignal | undefined): Promise<void> {
		if (arns.length === 0) return;
		const {tasks, failures} = await describeTasks(client, {cluster: scope.cluster, taskArns: arns, signal});
		const [failure] = failures;
		if (failure !== undefined && tasks.length === 0) throw describeFailureError(failure.reason, failure.detail, failure.arn ?? arns[0]!);
		for (const task of tasks) known.set(task.taskArn, task);
	}

	const notStopped = () => [...known.values()].filter((task) => task.lastStatus !== 'STOPPED').map((task) => task.taskArn);

	return async (signal) => {
		const {target} = scope;
		if (target.kind === 'task') {
			const settled = known.size > 0 && notStopped().length === 0;
			if (!settled) await describe([target.taskArn], signal);
			return {tasks: [...known.values()], refreshed: !settled};
		}

		const now = options.now();
		if (refreshedAt !== null && now - refreshedAt < refreshMs) return {tasks: [...known.values()], refreshed: false};
		const listed = await listAllTaskArns(client, {cluster: scope.cluster, serviceName: target.service, desiredStatus: 'RUNNING', signal});
		await describe([...new Set([...listed, ...notStopped()])], signal);
		refreshedAt = now;
		return {tasks: [...known.values()], refreshed: true};
	};
}
