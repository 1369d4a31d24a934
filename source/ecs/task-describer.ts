import {DescribeTasksCommand, type ECSClient} from '@aws-sdk/client-ecs';
import type {DescribeFailure} from '../model/describe-failure.js';
import type {TaskRow} from '../model/task-row.js';
import {toTaskRow} from '../model/to-task-row.js';
import {createLimiter} from './limiter.js';
import {LIST_CONCURRENCY} from './list-task-arns.js';
import {sendOptions} from './send-options.js';

/** DescribeTasks takes at most 100 tasks per call. */
export const DESCRIBE_TASKS_CHUNK = 100;

export interface DescribedTasks {
	/** In the order the ARNs were added, each task once; then any task ECS answered unasked. */
	tasks: TaskRow[];
	/** Added but answered MISSING (or not at all): stopped and expired between list and describe. */
	missing: string[];
	/** DescribeTasks failures other than MISSING. */
	failures: DescribeFailure[];
}

export interface TaskDescriber {
	/** More ARNs to describe (repeats are described once); each 100 new ones go out at once. */
	add(taskArns: readonly string[]): void;
	/** Describes what is left and resolves with every task; rejects with the first failed call. */
	finish(): Promise<DescribedTasks>;
	/** Starts no other call (the listing failed: the poll is lost anyway). */
	abandon(): void;
}

/**
 * DescribeTasks (with tags) of ARNs that arrive over time, 100 a call, at most LIST_CONCURRENCY
 * calls in flight: a ListTasks page's tasks are described while the next page is listed. Each
 * answer is turned into rows as it arrives, so its SDK objects die young rather than waiting,
 * 5,000 tasks' worth, for the last page. After a failed call no other starts.
 */
export function createTaskDescriber(client: ECSClient, input: {cluster: string; signal?: AbortSignal | undefined}): TaskDescriber {
	const limit = createLimiter(LIST_CONCURRENCY);
	const rows = new Map<string, TaskRow>();
	const failures: DescribeFailure[] = [];
	const added = new Set<string>();
	const calls: Array<Promise<void>> = [];
	let waiting: string[] = [];
	let failed = false;

	const send = (tasks: string[]) => {
		const call = limit(async () => {
			if (failed) return;
			input.signal?.throwIfAborted();
			try {
				const response = await client.send(new DescribeTasksCommand({cluster: input.cluster, tasks, include: ['TAGS']}), sendOptions(input.signal));
				for (const task of response.tasks ?? []) {
					if (task.taskArn !== undefined) rows.set(task.taskArn, toTaskRow(task));
				}

				for (const failure of response.failures ?? []) {
					// MISSING tasks are reported by ARN in `missing`.
					if (failure.reason !== 'MISSING') failures.push({arn: failure.arn ?? null, reason: failure.reason ?? null, detail: failure.detail ?? null});
				}
			} catch (error) {
				failed = true;
				throw error;
			}
		});
		// Awaited by finish(); until then a failure must not be an unhandled rejection.
		call.catch(() => undefined);
		calls.push(call);
	};

	return {
		add(taskArns) {
			for (const arn of taskArns) {
				if (added.has(arn)) continue;
				added.add(arn);
				waiting.push(arn);
				if (waiting.length === DESCRIBE_TASKS_CHUNK) {
					send(waiting);
					waiting = [];
				}
			}
		},
		async finish() {
			if (waiting.length > 0) send(waiting);
			waiting = [];
			await Promise.all(calls);
			const failedArns = new Set(failures.map((failure) => failure.arn));
			const tasks: TaskRow[] = [];
			const missing: string[] = [];
			for (const arn of added) {
				const row = rows.get(arn);
				if (row === undefined) {
					if (!failedArns.has(arn)) missing.push(arn);
				} else {
					tasks.push(row);
					rows.delete(arn);
				}
			}

			// ECS answers with the ARNs it was asked for; anything else is still a task of the cluster.
			tasks.push(...rows.values());
			return {tasks, missing, failures};
		},
		abandon() {
			failed = true;
		},
	};
}
