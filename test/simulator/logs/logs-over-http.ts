import {CloudWatchLogsClient, paginateGetLogEvents, type OutputLogEvent} from '@aws-sdk/client-cloudwatch-logs';
import {DescribeTasksCommand, ListTasksCommand, type ECSClient} from '@aws-sdk/client-ecs';
import {useServiceOverHttp, type ServiceOverHttp} from '../service-over-http.js';

/** The real CloudWatch Logs client pointed at a simulator, one attempt only so errors surface as they are. */
export function logsTestClient(url: string): CloudWatchLogsClient {
	return new CloudWatchLogsClient({region: 'us-east-1', endpoint: url, credentials: {accessKeyId: 'test', secretAccessKey: 'test'}, maxAttempts: 1});
}

export type LogsOverHttp = ServiceOverHttp<'logs', CloudWatchLogsClient>;

/** A fresh default world on a manual clock for each test, with the CloudWatch Logs and ECS clients. */
export function useLogsOverHttp(): LogsOverHttp {
	return useServiceOverHttp('logs', logsTestClient);
}

/** The RUNNING tasks of a demo service, as DescribeTasks returns them. */
export async function runningTasks(ecs: ECSClient, service: string) {
	const {taskArns = []} = await ecs.send(new ListTasksCommand({cluster: 'demo', serviceName: service}));
	if (taskArns.length === 0) return [];
	const {tasks = []} = await ecs.send(new DescribeTasksCommand({cluster: 'demo', tasks: taskArns}));
	return tasks;
}

export const taskIdOf = (arn: string | undefined): string => arn?.split('/').at(-1) ?? '';

/** Every event of a stream, paging forward with the SDK's paginator until the token repeats. */
export async function allEvents(client: CloudWatchLogsClient, input: {logGroupName: string; logStreamName: string; startTime?: number; endTime?: number}, pageSize = 1000): Promise<OutputLogEvent[]> {
	const events: OutputLogEvent[] = [];
	for await (const page of paginateGetLogEvents({client, pageSize, stopOnSameToken: true}, {...input, startFromHead: true})) events.push(...(page.events ?? []));
	return events;
}
