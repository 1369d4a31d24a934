import type {ECSClient} from '@aws-sdk/client-ecs';
import type {TaskRow} from '../model/task-row.js';
import {countFetchRequests} from './call-counter.js';
import {describeTasks} from './fetch-tasks.js';

export type FetchTask = (signal: AbortSignal) => Promise<{task: TaskRow | null; apiCalls: number}>;

/** One task, described on its own (one DescribeTasks call a poll); null once ECS reports it MISSING. */
export function createFetchTask(client: ECSClient, cluster: string, taskArn: string): FetchTask {
	const counted = countFetchRequests(client);
	return async (signal) => counted(async () => {
		const {tasks, failures} = await describeTasks(client, {cluster, taskArns: [taskArn], signal});
		const [failure] = failures;
		if (failure !== undefined) {
			throw Object.assign(new Error(failure.detail ?? `ECS could not describe the task (${failure.reason ?? 'no reason given'})`), {name: 'DescribeFailure'});
		}

		return {task: tasks.find(task => task.taskArn === taskArn) ?? null};
	});
}
