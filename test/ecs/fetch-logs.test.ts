import {AccessDeniedException, FilterLogEventsCommand} from '@aws-sdk/client-cloudwatch-logs';
import {DescribeTaskDefinitionCommand, DescribeTasksCommand, ListTasksCommand} from '@aws-sdk/client-ecs';
import {beforeEach, describe, expect, it} from 'vitest';
import {createFetchLogs, LOGS_MAX_PAGES, LOGS_OVERLAP_MS} from '../../source/ecs/fetch-logs.js';
import {SERVICE_TASKS_REFRESH_MS} from '../../source/ecs/log-scope-tasks.js';
import type {LogsScope} from '../../source/model/logs/log-scope.js';
import {
	answerFilterLogEvents, answerTaskDefinition, answerTasks, ecs, ecsMock, logs, logsMock, resetMocks, stream, type StoredEvent, T0, taskArn, taskId,
} from './logs-fakes.js';

const SINCE_MS = 10 * 60_000;
const taskScope = (n: number): LogsScope => ({cluster: 'prod', target: {kind: 'task', taskArn: taskArn(n), taskId: taskId(n)}, container: null, sinceMs: SINCE_MS});
const serviceScope: LogsScope = {cluster: 'prod', target: {kind: 'service', service: 'web'}, container: null, sinceMs: SINCE_MS};

let clock = T0;
const now = () => clock;
const event = (n: number, id: string, at: number, message = `line ${id}`): StoredEvent => ({eventId: id, timestamp: at, logStreamName: stream(n), message});
const messages = (result: {lines: ReadonlyArray<{message: string}>}) => result.lines.map((line) => line.message);

beforeEach(() => {
	resetMocks();
	clock = T0;
	answerTaskDefinition();
});

describe('a task\'s logs', () => {
	it('reads the essential container\'s stream from the opening time less sinceMs, in time order', async () => {
		answerTasks(new Map([[1, 'RUNNING']]));
		const events = [event(1, 'b', T0 - 2000, 'GET /health 200'), event(1, 'a', T0 - 5000, 'listening on :80')];
		const sent = answerFilterLogEvents({events: () => events});
		const fetch = createFetchLogs({ecs, logs: () => logs}, taskScope(1), {now});

		const result = await fetch();

		expect(sent).toEqual([expect.objectContaining({logGroupName: '/ecs/web', logStreamNames: [stream(1)], startTime: T0 - SINCE_MS})]);
		expect(messages(result)).toEqual(['listening on :80', 'GET /health 200']);
		expect(result.lines[0]).toEqual({id: 'a', timestamp: T0 - 5000, taskId: taskId(1), container: 'web', message: 'listening on :80'});
		expect(result.since).toBe(T0 - SINCE_MS);
		expect(result.tasks).toEqual([{taskArn: taskArn(1), taskId: taskId(1), lastStatus: 'RUNNING'}]);
		expect(result.sources).toEqual([
			{source: {kind: 'cloudwatch', taskId: taskId(1), container: 'web', group: '/ecs/web', stream: stream(1), region: 'us-east-1'}, status: {kind: 'reading'}, read: true},
			{source: {kind: 'other-driver', taskId: taskId(1), container: 'metrics', driver: 'awsfirelens'}, status: {kind: 'unreadable'}, read: false},
		]);
	});

	it('reads a task that has stopped from its stop less sinceMs: its last minutes, however long ago it stopped', async () => {
		const stopped = T0 - 45 * 60_000;
		answerTasks(new Map([[1, 'STOPPED']]), new Date(stopped));
		const sent = answerFilterLogEvents({events: () => [event(1, 'oom', stopped - 1000, 'memory limit nearly reached')]});
		const result = await createFetchLogs({ecs, logs: () => logs}, taskScope(1), {now})();
		expect(sent[0]?.startTime).toBe(stopped - SINCE_MS);
		expect(result.since).toBe(stopped - SINCE_MS);
		expect(messages(result)).toEqual(['memory limit nearly reached']);
	});

	it('with newestFirst, reads a stream first from its newest line back, only as many as asked, then on from the newest', async () => {
		answerTasks(new Map([[1, 'RUNNING']]));
		const events = Array.from({length: 50}, (_, index) => event(1, String(index), T0 - 50_000 + index * 1000));
		const sent = answerFilterLogEvents({events: () => events, pageSize: 8});
		const fetch = createFetchLogs({ecs, logs: () => logs}, taskScope(1), {now, newestFirst: 20});

		const first = await fetch();
		expect(sent[0]).toMatchObject({startFromHead: false, startTime: T0 - SINCE_MS});
		expect(sent).toHaveLength(3);
		expect(messages(first)).toEqual(events.slice(30).map((each) => each.message));

		clock += 2000;
		events.push(event(1, 'new', T0 + 1000));
		const second = await fetch();
		expect(sent[3]).not.toHaveProperty('startFromHead');
		expect(sent[3]?.startTime).toBe(T0 - 1000 - LOGS_OVERLAP_MS);
		expect(messages(second)).toEqual(['line new']);
	});

	it('reads on from the newest line less the overlap, and returns only lines not returned before', async () => {
		answerTasks(new Map([[1, 'RUNNING']]));
		const events = [event(1, '1', T0 - 3000), event(1, '2', T0 - 1000)];
		const sent = answerFilterLogEvents({events: () => events});
		const fetch = createFetchLogs({ecs, logs: () => logs}, taskScope(1), {now});
		await fetch();

		clock += 2000;
		// Ingested late: older than the newest line already returned, within the overlap.
		events.push(event(1, 'late', T0 - 2000), event(1, '3', T0 + 1000));
		const second = await fetch();

		expect(sent[1]?.startTime).toBe(T0 - 1000 - LOGS_OVERLAP_MS);
		expect(messages(second)).toEqual(['line late', 'line 3']);
		clock += 2000;
		expect(messages(await fetch())).toEqual([]);
	});

	it('follows nextToken through the pages, and leaves pages beyond the bound for the next poll', async () => {
		answerTasks(new Map([[1, 'RUNNING']]));
		const total = (LOGS_MAX_PAGES + 2) * 3;
		const events = Array.from({length: total}, (_, index) => event(1, String(index), T0 - 100_000 + index * 1000));
		const sent = answerFilterLogEvents({events: () => events, pageSize: 3});
		const fetch = createFetchLogs({ecs, logs: () => logs}, taskScope(1), {now});

		const first = await fetch();
		expect(first.lines).toHaveLength(LOGS_MAX_PAGES * 3);
		expect(sent.map((input) => input.nextToken)).toEqual([undefined, '3', '6', '9', '12']);

		const second = await fetch();
		expect(messages(second)).toEqual(events.slice(LOGS_MAX_PAGES * 3).map((each) => each.message));
		// Behind: it resumes at the newest line read, not an overlap before it.
		expect(sent[LOGS_MAX_PAGES]?.startTime).toBe(first.lines.at(-1)!.timestamp);
	});

	it('describes the task every poll and its task definition once', async () => {
		answerTasks(new Map([[1, 'RUNNING']]));
		answerFilterLogEvents({events: () => []});
		const fetch = createFetchLogs({ecs, logs: () => logs}, taskScope(1), {now});
		for (let poll = 0; poll < 3; poll++) {
			clock += 2000;
			await fetch();
		}

		expect(ecsMock.commandCalls(DescribeTasksCommand)).toHaveLength(3);
		expect(ecsMock.commandCalls(DescribeTaskDefinitionCommand)).toHaveLength(1);
		expect(ecsMock.commandCalls(DescribeTaskDefinitionCommand)[0]!.args[0].input).toEqual({taskDefinition: 'web:3'});
		expect(logsMock.commandCalls(FilterLogEventsCommand)).toHaveLength(3);
	});

	it('says the stream is not created while the task is PROVISIONING, without asking CloudWatch', async () => {
		answerTasks(new Map([[1, 'PROVISIONING']]));
		answerFilterLogEvents({events: () => []});
		const result = await createFetchLogs({ecs, logs: () => logs}, taskScope(1), {now})();
		expect(result.sources[0]?.status).toEqual({kind: 'stream-not-created', taskStatus: 'PROVISIONING'});
		expect(logsMock.commandCalls(FilterLogEventsCommand)).toHaveLength(0);
	});

	it('says a missing log group is missing', async () => {
		answerTasks(new Map([[1, 'RUNNING']]));
		answerFilterLogEvents({events: () => [], groups: new Set(['/ecs/other'])});
		const result = await createFetchLogs({ecs, logs: () => logs}, taskScope(1), {now})();
		expect(result.sources[0]?.status).toEqual({kind: 'group-not-found'});
		expect(result.lines).toEqual([]);
	});

	it('lets access denied through, for the error path to name the IAM action', async () => {
		answerTasks(new Map([[1, 'RUNNING']]));
		logsMock.on(FilterLogEventsCommand).rejects(new AccessDeniedException({
			message: 'User: arn:aws:sts::123456789012:assumed-role/dev/me is not authorized to perform: logs:FilterLogEvents', $metadata: {},
		}));
		await expect(createFetchLogs({ecs, logs: () => logs}, taskScope(1), {now})()).rejects.toMatchObject({name: 'AccessDeniedException'});
	});

	it('reads the scope\'s container when one is named', async () => {
		answerTasks(new Map([[1, 'RUNNING']]));
		answerFilterLogEvents({events: () => []});
		const result = await createFetchLogs({ecs, logs: () => logs}, {...taskScope(1), container: 'metrics'}, {now})();
		expect(result.sources.map((state) => [state.source.container, state.read])).toEqual([['web', false], ['metrics', true]]);
		expect(logsMock.commandCalls(FilterLogEventsCommand)).toHaveLength(0);
	});
});

describe('a service\'s logs', () => {
	it('interleaves its running tasks\' streams in one call a group, and lists tasks at most every 15 s', async () => {
		answerTasks(new Map([[1, 'RUNNING'], [2, 'RUNNING']]));
		const events = [event(1, 'a', T0 - 3000), event(2, 'b', T0 - 2000), event(1, 'c', T0 - 1000)];
		const sent = answerFilterLogEvents({events: () => events});
		const fetch = createFetchLogs({ecs, logs: () => logs}, serviceScope, {now});

		const first = await fetch();
		expect(sent[0]?.logStreamNames).toEqual([stream(1), stream(2)]);
		expect(first.lines.map((line) => [line.taskId, line.message])).toEqual([[taskId(1), 'line a'], [taskId(2), 'line b'], [taskId(1), 'line c']]);

		for (let poll = 0; poll < 3; poll++) {
			clock += 2000;
			await fetch();
		}

		expect(ecsMock.commandCalls(ListTasksCommand)).toHaveLength(1);
		expect(ecsMock.commandCalls(DescribeTasksCommand)).toHaveLength(1);
		clock = T0 + SERVICE_TASKS_REFRESH_MS;
		await fetch();
		expect(ecsMock.commandCalls(ListTasksCommand)).toHaveLength(2);
		expect(ecsMock.commandCalls(ListTasksCommand)[0]!.args[0].input).toMatchObject({cluster: 'prod', serviceName: 'web', desiredStatus: 'RUNNING'});
	});

	it('finds the stream that is not created yet, reads the others, and leaves it out until the tasks are listed again', async () => {
		const statuses = new Map([[1, 'RUNNING'], [2, 'RUNNING'], [3, 'RUNNING'], [4, 'RUNNING']]);
		answerTasks(statuses);
		const existing = new Set([stream(1), stream(2), stream(4)]);
		const events = [event(1, 'a', T0 - 3000), event(2, 'b', T0 - 2000), event(4, 'd', T0 - 1000)];
		const sent = answerFilterLogEvents({events: () => events, existing: () => existing});
		const fetch = createFetchLogs({ecs, logs: () => logs}, serviceScope, {now});

		const first = await fetch();
		expect(messages(first)).toEqual(['line a', 'line b', 'line d']);
		expect(first.sources.filter((state) => state.read).map((state) => state.status)).toEqual([
			{kind: 'reading'}, {kind: 'reading'}, {kind: 'stream-not-created', taskStatus: 'RUNNING'}, {kind: 'reading'},
		]);
		// The four together, then halves, then the failing half's two one by one.
		expect(sent.map((input) => input.logStreamNames)).toEqual([
			[stream(1), stream(2), stream(3), stream(4)], [stream(1), stream(2)], [stream(3), stream(4)], [stream(3)], [stream(4)],
		]);

		clock += 2000;
		sent.length = 0;
		await fetch();
		expect(sent.map((input) => input.logStreamNames)).toEqual([[stream(1), stream(2), stream(4)]]);

		existing.add(stream(3));
		events.push(event(3, 'c', T0 + 1000));
		clock = T0 + SERVICE_TASKS_REFRESH_MS;
		sent.length = 0;
		const later = await fetch();
		expect(messages(later)).toEqual(['line c']);
		// The new stream is read from the start, on its own; the others on from their newest line.
		expect(sent.map((input) => [input.logStreamNames, input.startTime])).toEqual([
			[[stream(1), stream(2), stream(4)], T0 - 1000 - LOGS_OVERLAP_MS], [[stream(3)], T0 - SINCE_MS],
		]);
	});

	it('keeps a task that stopped, and its lines, and reads it a while longer for its last lines', async () => {
		const statuses = new Map([[1, 'RUNNING'], [2, 'RUNNING']]);
		answerTasks(statuses);
		const events = [event(1, 'a', T0 - 3000)];
		const sent = answerFilterLogEvents({events: () => events});
		const fetch = createFetchLogs({ecs, logs: () => logs}, serviceScope, {now});
		await fetch();

		statuses.set(1, 'STOPPED');
		events.push(event(1, 'crash', T0 + 14_000, 'OutOfMemoryError'));
		clock = T0 + SERVICE_TASKS_REFRESH_MS;
		const stopped = await fetch();
		expect(stopped.tasks.map((task) => [task.taskId, task.lastStatus])).toEqual([[taskId(1), 'STOPPED'], [taskId(2), 'RUNNING']]);
		expect(messages(stopped)).toEqual(['OutOfMemoryError']);
		expect(ecsMock.commandCalls(DescribeTasksCommand).at(-1)!.args[0].input.tasks).toEqual([taskArn(2), taskArn(1)]);

		clock += 120_000;
		sent.length = 0;
		await fetch();
		expect(sent.map((input) => input.logStreamNames)).toEqual([[stream(2)]]);
	});

	it('names at most 100 streams a call', async () => {
		answerTasks(new Map(Array.from({length: 150}, (_, index) => [index + 1, 'RUNNING'] as const)));
		const sent = answerFilterLogEvents({events: () => []});
		await createFetchLogs({ecs, logs: () => logs}, serviceScope, {now})();
		expect(sent.map((input) => input.logStreamNames?.length)).toEqual([100, 50]);
	});
});
