import {DescribeTasksCommand, type ECSClient} from '@aws-sdk/client-ecs';
import type {JsonValue} from '../model/json-lines.js';
import {countFetchRequests} from './call-counter.js';
import {sendOptions} from './send-options.js';

export type FetchTaskJson = (signal: AbortSignal) => Promise<{task: JsonValue | null; apiCalls: number}>;

/**
 * An SDK value as plain JSON: members that are undefined are left out (as JSON.stringify does),
 * and so is the SDK's `$metadata`; numbers that JSON cannot hold become null.
 *
 * Dates become ISO 8601 in UTC with milliseconds, `2026-01-15T12:00:00.000Z`. The AWS CLI v2
 * (cli_timestamp_format `iso8601`, its default) prints Python's `isoformat()` in the machine's
 * local zone instead, `2026-01-15T13:00:00.123000+01:00`: the same instant, but UTC reads the
 * same on every machine and matches every other time ecswatch shows.
 */
export function toJsonValue(value: unknown): JsonValue {
	if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
	if (typeof value === 'number') return Number.isFinite(value) ? value : null;
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
	if (Array.isArray(value)) return value.map((item: unknown) => toJsonValue(item));
	if (typeof value !== 'object') return null;
	const object: Record<string, JsonValue> = {};
	for (const [key, member] of Object.entries(value)) {
		if (member !== undefined && key !== '$metadata') {
			object[key] = toJsonValue(member);
		}
	}

	return object;
}

/**
 * One task as JSON, for the raw view: DescribeTasks with include TAGS. `task` is null when ECS
 * reports the task MISSING (it stopped and aged out); any other failure rejects.
 * `apiCalls` counts the client's HTTP requests meanwhile, retries included.
 */
export function createFetchTaskJson(client: ECSClient, cluster: string, taskArn: string): FetchTaskJson {
	const counted = countFetchRequests(client);
	return async (signal) => counted(async () => {
		signal.throwIfAborted();
		const response = await client.send(
			new DescribeTasksCommand({cluster, tasks: [taskArn], include: ['TAGS']}),
			sendOptions(signal),
		);
		const task = response.tasks?.[0];
		const failure = response.failures?.find((item) => item.reason !== 'MISSING');
		if (task === undefined && failure !== undefined) {
			const error = new Error(`${failure.reason ?? 'unknown reason'}${failure.detail ? `: ${failure.detail}` : ''} (${failure.arn ?? taskArn})`);
			error.name = 'DescribeTasksFailure';
			throw error;
		}

		return {task: task === undefined ? null : toJsonValue(task)};
	});
}
