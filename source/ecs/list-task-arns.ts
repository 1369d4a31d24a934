import {type ECSClient, ListTasksCommand, paginateListTasks} from '@aws-sdk/client-ecs';
import {sendOptions} from './send-options.js';
import {mapWithConcurrency} from './concurrency.js';

export type DesiredStatus = 'RUNNING' | 'STOPPED';

/** ListTasks and DescribeTasks share one throttling bucket (100 burst, 20/s): stay well below. */
export const LIST_CONCURRENCY = 4;

export interface ListTaskArnsInput {
	cluster: string;
	serviceName?: string;
	desiredStatus: DesiredStatus;
	signal?: AbortSignal | undefined;
	/** Told each page's ARNs as it arrives (to describe them meanwhile). */
	onPage?: ((taskArns: readonly string[]) => void) | undefined;
}

/** ListTasks' largest page. */
const PAGE_SIZE = 100;

/** Every task ARN of one ListTasks query, following `nextToken` through all pages. */
export async function listAllTaskArns(client: ECSClient, input: ListTaskArnsInput): Promise<string[]> {
	const arns: string[] = [];
	input.signal?.throwIfAborted();
	// The paginator hands its extra arguments to every `client.send`: the signal aborts the request in flight.
	const pages = paginateListTasks(
		{client, pageSize: PAGE_SIZE},
		{
			cluster: input.cluster,
			desiredStatus: input.desiredStatus,
			...(input.serviceName === undefined ? {} : {serviceName: input.serviceName}),
		},
		sendOptions(input.signal),
	);
	for await (const page of pages) {
		arns.push(...(page.taskArns ?? []));
		input.onPage?.(page.taskArns ?? []);
		// Before the next page is asked for (leaving the loop ends the paginator).
		input.signal?.throwIfAborted();
	}

	return arns;
}

/**
 * The ARNs of a cluster's tasks (or of the given services' tasks), desired RUNNING and STOPPED
 * alike: a task on its way out has desired status STOPPED while still running, and listing only
 * RUNNING would make it vanish mid-stop. De-duplicated, first-seen order.
 *
 * Per scope, STOPPED is listed only after every RUNNING page: desired status only ever goes from
 * RUNNING to STOPPED, so a task that stops while the RUNNING pages are read is still caught.
 */
export async function listTaskArns(
	client: ECSClient,
	input: {cluster: string; services?: readonly string[] | undefined; signal?: AbortSignal | undefined; onPage?: ListTaskArnsInput['onPage']},
): Promise<string[]> {
	const scopes: Array<string | undefined> = input.services === undefined ? [undefined] : [...input.services];
	const pages = await mapWithConcurrency(scopes, LIST_CONCURRENCY, async (serviceName) => {
		const arns: string[] = [];
		for (const desiredStatus of ['RUNNING', 'STOPPED'] as const) {
			arns.push(...(await listAllTaskArns(client, {
				cluster: input.cluster,
				desiredStatus,
				...(serviceName === undefined ? {} : {serviceName}),
				signal: input.signal,
				onPage: input.onPage,
			})));
		}

		return arns;
	});
	return [...new Set(pages.flat())];
}

export interface TaskPage {
	taskArns: string[];
	/** Absent on the last page. */
	nextToken?: string;
}

/**
 * One ListTasks page (of up to 100), resuming at `nextToken`: the slow lane of a poll plan reads a
 * large cluster's listing a few pages per poll (ecs/task-sweep.ts).
 */
export async function listTaskPage(
	client: ECSClient,
	input: ListTaskArnsInput & {nextToken?: string | undefined},
): Promise<TaskPage> {
	input.signal?.throwIfAborted();
	const page = await client.send(new ListTasksCommand({
		cluster: input.cluster,
		desiredStatus: input.desiredStatus,
		maxResults: PAGE_SIZE,
		...(input.serviceName === undefined ? {} : {serviceName: input.serviceName}),
		...(input.nextToken === undefined ? {} : {nextToken: input.nextToken}),
	}), sendOptions(input.signal));
	return page.nextToken === undefined ? {taskArns: page.taskArns ?? []} : {taskArns: page.taskArns ?? [], nextToken: page.nextToken};
}
