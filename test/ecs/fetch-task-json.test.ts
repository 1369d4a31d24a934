import {DescribeTasksCommand, ECSClient} from '@aws-sdk/client-ecs';
import {mockClient} from 'aws-sdk-client-mock';
import {beforeEach, describe, expect, it} from 'vitest';
import {createFetchTaskJson, toJsonValue} from '../../source/ecs/fetch-task-json.js';
import {loadDescribeTasks} from '../helpers/fixtures.js';

const ecsMock = mockClient(ECSClient);
const client = new ECSClient({region: 'us-east-1'});
const taskArn = 'arn:aws:ecs:us-east-1:123456789012:task/prod/0123456789abcdef0123456789abcdef';

beforeEach(() => {
	ecsMock.reset();
});

describe('toJsonValue', () => {
	it('turns Dates into ISO 8601 UTC strings and leaves undefined members and $metadata out', () => {
		const value = {
			$metadata: {httpStatusCode: 200},
			createdAt: new Date(Date.UTC(2026, 0, 15, 12, 0, 0)),
			stoppedAt: undefined,
			nested: [{at: new Date(1_700_000_000_123), n: 1.5, ok: true, none: null}, 'text'],
			bad: [Number.NaN, Number.POSITIVE_INFINITY, new Date(Number.NaN)],
		};
		expect(toJsonValue(value)).toEqual({
			createdAt: '2026-01-15T12:00:00.000Z',
			nested: [{at: '2023-11-14T22:13:20.123Z', n: 1.5, ok: true, none: null}, 'text'],
			bad: [null, null, null],
		});
	});
});

describe('createFetchTaskJson', () => {
	it('describes that one task with its tags and returns it as plain JSON', async () => {
		const real = loadDescribeTasks('seed-fargate-ui-task.json');
		const task = {...real.tasks?.[0], tags: [{key: 'team', value: 'payments'}]};
		ecsMock.on(DescribeTasksCommand).resolves({tasks: [task], failures: [], $metadata: {httpStatusCode: 200}});

		const {task: json} = await createFetchTaskJson(client, 'prod', taskArn)(new AbortController().signal);

		expect(ecsMock.commandCalls(DescribeTasksCommand).map((call) => call.args[0].input)).toEqual([
			{cluster: 'prod', tasks: [taskArn], include: ['TAGS']},
		]);
		// Exactly what JSON makes of the SDK object, with its Dates as ISO strings.
		expect(json).toEqual(JSON.parse(JSON.stringify(task)));
		expect(json).toMatchObject({tags: [{key: 'team', value: 'payments'}], taskArn: task.taskArn});
		expect((json as {createdAt?: unknown}).createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/u);
	});

	it('is null when ECS reports the task MISSING', async () => {
		ecsMock.on(DescribeTasksCommand).resolves({tasks: [], failures: [{arn: taskArn, reason: 'MISSING'}]});
		expect((await createFetchTaskJson(client, 'prod', taskArn)(new AbortController().signal)).task).toBeNull();
	});

	it('rejects on any other failure', async () => {
		ecsMock.on(DescribeTasksCommand).resolves({tasks: [], failures: [{arn: taskArn, reason: 'INTERNAL_ERROR', detail: 'try again'}]});
		await expect(createFetchTaskJson(client, 'prod', taskArn)(new AbortController().signal)).rejects.toMatchObject({
			name: 'DescribeTasksFailure',
			message: `INTERNAL_ERROR: try again (${taskArn})`,
		});
	});

	it('sends nothing with a signal aborted already', async () => {
		ecsMock.on(DescribeTasksCommand).resolves({tasks: []});
		const controller = new AbortController();
		controller.abort();
		await expect(createFetchTaskJson(client, 'prod', taskArn)(controller.signal)).rejects.toMatchObject({name: 'AbortError'});
		expect(ecsMock.calls()).toHaveLength(0);
	});
});
