import {DescribeTasksCommand, type ECSClient, type Task} from '@aws-sdk/client-ecs';
import type {TaskRow} from '../model/task-row.js';
import {toTaskRow} from '../model/to-task-row.js';
import {sendOptions} from './send-options.js';
import {chunk, mapWithConcurrency} from './concurrency.js';
import {LIST_CONCURRENCY, listTaskArns} from './list-task-arns.js';
import type {DescribeFailure} from '../model/describe-failure.js';

/** DescribeTasks takes at most 100 tasks per call. */
export const DESCRIBE_TASKS_CHUNK = 100;

export interface FetchTasksResult {
	/** In ListTasks order, each task once. */
	tasks: TaskRow[];
	/**
	 * Listed but answered MISSING (or not at all): stopped and expired between list and describe,
	 * or ECS's list and describe disagreeing for a moment.
	 */
	missing: string[];
	/** DescribeTasks failures other than MISSING. */
	failures: DescribeFailure[];
	/** Services asked for that ListTasks answered ServiceNotFoundException for; absent means none. */
	servicesNotFound?: string[];
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
			// MISSING tasks are reported by ARN in `missing`, below.
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

const isServiceNotFound = (error: unknown) => error instanceof Error && error.name === 'ServiceNotFoundException';

/**
 * The scope's task ARNs. Each named service is listed on its own, so that one ECS does not know
 * (ListTasks answers ServiceNotFoundException) leaves the others' tasks listed, and is named.
 */
async function listScopeTaskArns(client: ECSClient, input: FetchTasksInput): Promise<{taskArns: string[]; servicesNotFound: string[]}> {
	const {services} = input;
	if (services === undefined) return {taskArns: await listTaskArns(client, input), servicesNotFound: []};
	const notFound = new Set<string>();
	const lists = await mapWithConcurrency([...new Set(services)], LIST_CONCURRENCY, async (service) => {
		try {
			return await listTaskArns(client, {cluster: input.cluster, services: [service], signal: input.signal});
		} catch (error) {
			if (!isServiceNotFound(error)) throw error;
			notFound.add(service);
			return [];
		}
	});
	return {taskArns: [...new Set(lists.flat())], servicesNotFound: [...new Set(services)].filter((service) => notFound.has(service))};
}

/**
 * Lists (RUNNING and STOPPED, all pages) and describes a cluster's or some services' tasks. Named
 * services ECS does not know are named in `servicesNotFound` (even when none is known).
 */
export async function fetchTasks(client: ECSClient, input: FetchTasksInput): Promise<FetchTasksResult> {
	const {taskArns, servicesNotFound} = await listScopeTaskArns(client, input);
	const notFound = servicesNotFound.length === 0 ? {} : {servicesNotFound};
	if (taskArns.length === 0) {
		return {tasks: [], missing: [], failures: [], ...notFound};
	}

	return {...(await describeTasks(client, {cluster: input.cluster, taskArns, signal: input.signal})), ...notFound};
}
