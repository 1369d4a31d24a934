import {DescribeTasksCommand, type ECSClient, type Task} from '@aws-sdk/client-ecs';
import type {TaskRow} from '../model/task-row.js';
import {toTaskRow} from '../model/to-task-row.js';
import {sendOptions} from './send-options.js';
import {chunk, mapWithConcurrency} from './concurrency.js';
import {LIST_CONCURRENCY, listTaskArns} from './list-task-arns.js';
import type {DescribeFailure} from '../model/describe-failure.js';

/** DescribeTasks takes at most 100 tasks per call. */
export const DESCRIBE_TASKS_CHUNK = 100;

/** A DescribeTasks failure other than MISSING (which only means the task is gone). */

export interface FetchTasksResult {
	/** In ListTasks order, each task once. */
	tasks: TaskRow[];
	/** Listed but no longer describable: stopped and expired between list and describe. */
	missing: string[];
	failures: DescribeFailure[];
}

export interface FetchTasksInput {
	cluster: string;
	/** Only these services' tasks; all of the cluster's tasks when absent. */
	services?: readonly string[] | undefined;
	signal?: AbortSignal | undefined;
}

/** DescribeTasks (with tags) for the given ARNs, in chunks of 100, matched back by ARN. */
export async function describeTasks(
	client: ECSClient,
	input: {cluster: string; taskArns: readonly string[]; signal?: AbortSignal | undefined},
): Promise<FetchTasksResult> {
	const responses = await mapWithConcurrency(chunk(input.taskArns, DESCRIBE_TASKS_CHUNK), LIST_CONCURRENCY, async (tasks) => {
		input.signal?.throwIfAborted();
		return client.send(
			new DescribeTasksCommand({cluster: input.cluster, tasks, include: ['TAGS']}),
			sendOptions(input.signal),
		);
	});

	const byArn = new Map<string, Task>();
	const failures: DescribeFailure[] = [];
	for (const response of responses) {
		for (const task of response.tasks ?? []) {
			if (task.taskArn !== undefined) {
				byArn.set(task.taskArn, task);
			}
		}

		for (const failure of response.failures ?? []) {
			// MISSING only means the task is gone (stopped and expired between list and describe).
			if (failure.reason !== 'MISSING') {
				failures.push({arn: failure.arn ?? null, reason: failure.reason ?? null, detail: failure.detail ?? null});
			}
		}
	}

	const failed = new Set(failures.map((failure) => failure.arn));
	const tasks: TaskRow[] = [];
	const missing: string[] = [];
	for (const arn of new Set(input.taskArns)) {
		const task = byArn.get(arn);
		if (task === undefined) {
			if (!failed.has(arn)) {
				missing.push(arn);
			}
		} else {
			tasks.push(toTaskRow(task));
			byArn.delete(arn);
		}
	}

	// ECS answers with the ARNs it was asked for; anything else is still a task of the cluster.
	for (const task of byArn.values()) {
		tasks.push(toTaskRow(task));
	}

	return {tasks, missing, failures};
}

/** Lists (RUNNING and STOPPED, all pages) and describes a cluster's or some services' tasks. */
export async function fetchTasks(client: ECSClient, input: FetchTasksInput): Promise<FetchTasksResult> {
	const taskArns = await listTaskArns(client, input);
	if (taskArns.length === 0) {
		return {tasks: [], missing: [], failures: []};
	}

	return describeTasks(client, {cluster: input.cluster, taskArns, signal: input.signal});
}
