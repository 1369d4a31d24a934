import {CloudWatchLogsClient, paginateGetLogEvents, type OutputLogEvent} from '@aws-sdk/client-cloudwatch-logs';
import {DescribeTasksCommand, ListTasksCommand, type ECSClient} from '@aws-sdk/client-ecs';
import {afterEach, beforeEach} from 'vitest';
import {ManualClock} from '../../../source/simulator/engine/clock.js';
import {createWorld} from '../../../source/simulator/engine/create-world.js';
import {startSimulator, type RunningSimulator} from '../../../source/simulator/start-simulator.js';
import {ecsTestClient} from '../http/ecs-test-client.js';

/** The real CloudWatch Logs client pointed at a simulator, one attempt only so errors surface as they are. */
export function logsTestClient(url: string): CloudWatchLogsClient {
	return new CloudWatchLogsClient({region: 'us-east-1', endpoint: url, credentials: {accessKeyId: 'test', secretAccessKey: 'test'}, maxAttempts: 1});
}

export interface LogsOverHttp {
	readonly clock: ManualClock;
	readonly world: ReturnType<typeof createWorld>;
	readonly simulator: RunningSimulator;
	readonly logs: CloudWatchLogsClient;
	readonly ecs: ECSClient;
}

/** A fresh default world on a manual clock (throttling buckets on the same clock) for each test, with both SDK clients. */
export function useLogsOverHttp(): LogsOverHttp {
	let current: LogsOverHttp | undefined;
	beforeEach(async () => {
		const clock = new ManualClock();
		const world = createWorld({clock});
		const simulator = await startSimulator({world, throttleClock: clock});
		current = {clock, world, simulator, logs: logsTestClient(simulator.url), ecs: ecsTestClient(simulator.url)};
	});

	afterEach(async () => {
		current?.logs.destroy();
		current?.ecs.destroy();
		await current?.simulator.close();
		current = undefined;
	});

	const started = () => {
		if (!current) throw new Error('the simulator runs only inside a test');
		return current;
	};

	return {
		get clock() {
			return started().clock;
		},
		get world() {
			return started().world;
		},
		get simulator() {
			return started().simulator;
		},
		get logs() {
			return started().logs;
		},
		get ecs() {
			return started().ecs;
		},
	};
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
