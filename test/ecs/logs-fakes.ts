import {CloudWatchLogsClient, FilterLogEventsCommand, type FilterLogEventsCommandInput, ResourceNotFoundException} from '@aws-sdk/client-cloudwatch-logs';
import {DescribeTaskDefinitionCommand, DescribeTasksCommand, type DescribeTasksCommandInput, ECSClient, ListTasksCommand, type Task} from '@aws-sdk/client-ecs';
import {mockClient} from 'aws-sdk-client-mock';

export const ecsMock = mockClient(ECSClient);
export const logsMock = mockClient(CloudWatchLogsClient);
export const ecs = new ECSClient({region: 'us-east-1'});
export const logs = new CloudWatchLogsClient({region: 'us-east-1'});

export const T0 = Date.UTC(2026, 11, 1, 12);
export const taskId = (n: number) => n.toString(16).padStart(32, '0');
export const taskArn = (n: number) => `arn:aws:ecs:us-east-1:123456789012:task/prod/${taskId(n)}`;
export const stream = (n: number, container = 'web') => `ecs/${container}/${taskId(n)}`;

/** web:3: an essential `web` container on awslogs (group /ecs/web, prefix ecs) and a FireLens sidecar. */
export function answerTaskDefinition(group = '/ecs/web') {
	ecsMock.on(DescribeTaskDefinitionCommand).resolves({
		taskDefinition: {
			family: 'web', revision: 3,
			containerDefinitions: [
				{name: 'web', essential: true, logConfiguration: {logDriver: 'awslogs', options: {'awslogs-group': group, 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': 'ecs'}}},
				{name: 'metrics', essential: false, logConfiguration: {logDriver: 'awsfirelens', options: {Name: 'datadog'}}},
			],
		},
	});
}

/** ECS's tasks by number, with their lastStatus; DescribeTasks answers with those asked, ListTasks with the RUNNING-desired ones. */
export function answerTasks(statuses: Map<number, string>, stoppedAt?: Date) {
	const sdkTask = (n: number): Task => ({
		...(statuses.get(n) === 'STOPPED' && stoppedAt !== undefined ? {stoppedAt} : {}),
		taskArn: taskArn(n), taskDefinitionArn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:3', lastStatus: statuses.get(n),
		desiredStatus: statuses.get(n) === 'STOPPED' ? 'STOPPED' : 'RUNNING', group: 'service:web',
		containers: [{name: 'web', lastStatus: statuses.get(n) === 'PROVISIONING' ? 'PENDING' : statuses.get(n)}],
	});
	ecsMock.on(ListTasksCommand).callsFake(async () => ({taskArns: [...statuses].filter(([, status]) => status !== 'STOPPED').map(([n]) => taskArn(n))}));
	ecsMock.on(DescribeTasksCommand).callsFake(async (input: DescribeTasksCommandInput) => ({
		tasks: (input.tasks ?? []).map((arn) => Number.parseInt(arn.slice(arn.lastIndexOf('/') + 1), 16)).filter((n) => statuses.has(n)).map(sdkTask),
		failures: [],
	}));
}

export interface StoredEvent {
	eventId: string;
	timestamp: number;
	logStreamName: string;
	message: string;
}

/**
 * FilterLogEvents over `events` as CloudWatch answers it: the named streams only, from startTime,
 * in time order (newest first with `startFromHead: false`), `pageSize` a page; ResourceNotFoundException when a named stream (or the group) is
 * not in `existing`. Records every request as sent (the paginator reuses one input object).
 */
export function answerFilterLogEvents(options: {events: () => readonly StoredEvent[]; existing?: () => ReadonlySet<string>; groups?: ReadonlySet<string>; pageSize?: number}) {
	const sent: FilterLogEventsCommandInput[] = [];
	const pageSize = options.pageSize ?? 10_000;
	logsMock.on(FilterLogEventsCommand).callsFake(async (input: FilterLogEventsCommandInput) => {
		sent.push({...input, logStreamNames: [...(input.logStreamNames ?? [])]});
		if (options.groups !== undefined && !options.groups.has(input.logGroupName ?? '')) {
			throw new ResourceNotFoundException({message: 'The specified log group does not exist.', $metadata: {}});
		}

		const existing = options.existing?.();
		if (existing !== undefined && (input.logStreamNames ?? []).some((name) => !existing.has(name))) {
			throw new ResourceNotFoundException({message: 'The specified log stream does not exist.', $metadata: {}});
		}

		const matching = options.events()
			.filter((event) => (input.logStreamNames ?? []).includes(event.logStreamName) && event.timestamp >= (input.startTime ?? 0))
			.toSorted((a, b) => (input.startFromHead === false ? b.timestamp - a.timestamp : a.timestamp - b.timestamp));
		const offset = Number(input.nextToken ?? 0);
		const page = matching.slice(offset, offset + pageSize);
		const next = offset + pageSize < matching.length ? {nextToken: String(offset + pageSize)} : {};
		return {events: page, searchedLogStreams: [], ...next};
	});
	return sent;
}

export function resetMocks() {
	ecsMock.reset();
	logsMock.reset();
}
