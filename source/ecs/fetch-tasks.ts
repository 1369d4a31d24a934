import type {ECSClient} from '@aws-sdk/client-ecs';
import type {TaskRow} from '../model/task-row.js';
import {mapWithConcurrency} from './concurrency.js';
import {LIST_CONCURRENCY, listTaskArns} from './list-task-arns.js';
import {createTaskDescriber} from './task-describer.js';
import type {DescribeFailure} from '../model/describe-failure.js';

export {DESCRIBE_TASKS_CHUNK} from './task-describer.js';

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

/** DescribeTasks (with tags) for the given ARNs, 100 a call, matched back by ARN. */
export async function describeTasks(
	client: ECSClient,
	input: {cluster: string; taskArns: readonly string[]; signal?: AbortSignal | undefined},
): Promise<FetchTasksResult> {
	const describer = createTaskDescriber(client, input);
	describer.add(input.taskArns);
	return describer.finish();
}

const isServiceNotFound = (error: unknown) => error instanceof Error && error.name === 'ServiceNotFoundException';

/**
 * The scope's task ARNs. Each named service is listed on its own, so that one ECS does not know
 * (ListTasks answers ServiceNotFoundException) leaves the others' tasks listed, and is named.
 */
async function listScopeTaskArns(client: ECSClient, input: FetchTasksInput, onPage: (taskArns: readonly string[]) => void): Promise<{taskArns: string[]; servicesNotFound: string[]}> {
	const {services} = input;
	if (services === undefined) return {taskArns: await listTaskArns(client, {...input, onPage}), servicesNotFound: []};
	const notFound = new Set<string>();
	const lists = await mapWithConcurrency([...new Set(services)], LIST_CONCURRENCY, async (service) => {
		try {
			return await listTaskArns(client, {cluster: input.cluster, services: [service], signal: input.signal, onPage});
		} catch (error) {
			if (!isServiceNotFound(error)) throw error;
			notFound.add(service);
			return [];
		}
	});
	return {taskArns: [...new Set(lists.flat())], servicesNotFound: [...new Set(services)].filter((service) => notFound.has(service))};
}

/**
 * Lists (RUNNING and STOPPED, all pages) and describes a cluster's or some services' tasks, each
 * page's tasks described while the next page is listed. Named services ECS does not know are
 * named in `servicesNotFound` (even when none is known).
 */
export async function fetchTasks(client: ECSClient, input: FetchTasksInput): Promise<FetchTasksResult> {
	const describer = createTaskDescriber(client, input);
	const {servicesNotFound} = await listScopeTaskArns(client, input, (taskArns) => describer.add(taskArns)).catch((error: unknown) => {
		describer.abandon();
		throw error;
	});
	const notFound = servicesNotFound.length === 0 ? {} : {servicesNotFound};
	return {...(await describer.finish()), ...notFound};
}
