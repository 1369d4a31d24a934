import {
	DescribeTasksCommand, type DescribeTasksCommandInput, ECSClient, ListTasksCommand, type ListTasksCommandInput, type ListTasksCommandOutput, type Task,
} from '@aws-sdk/client-ecs';
import {mockClient} from 'aws-sdk-client-mock';
import {beforeEach, describe, expect, it, vi} from 'vitest';
import {fetchTasks} from '../../source/ecs/fetch-tasks.js';
import {listAllTaskArns} from '../../source/ecs/list-task-arns.js';
import {loadDescribeTasks, loadListTasks} from '../helpers/fixtures.js';

const ecsMock = mockClient(ECSClient);
const client = new ECSClient({region: 'us-east-1'});
const arn = (n: number) => `arn:aws:ecs:us-east-1:123456789012:task/prod/${n.toString(16).padStart(32, '0')}`;

/** Answers DescribeTasks with every asked task, in reverse order, so matching by index would fail. */
function describeEveryAskedTask(missing: ReadonlySet<string> = new Set()) {
	ecsMock.on(DescribeTasksCommand).callsFake((input: DescribeTasksCommandInput) => {
		const asked = input.tasks ?? [];
		return {
			tasks: asked.filter((a) => !missing.has(a)).reverse().map((a): Task => ({taskArn: a, lastStatus: 'RUNNING'})),
			failures: asked.filter((a) => missing.has(a)).map((a) => ({arn: a, reason: 'MISSING'})),
		};
	});
}

beforeEach(() => {
	ecsMock.reset();
});

describe('listAllTaskArns', () => {
	// The paginator reuses one input object for every page: record each request as it is sent.
	function recordListTasks(answer: (input: ListTasksCommandInput) => ListTasksCommandOutput | Promise<ListTasksCommandOutput>) {
		const sent: ListTasksCommandInput[] = [];
		ecsMock.on(ListTasksCommand).callsFake(async (input: ListTasksCommandInput) => {
			sent.push({...input});
			return answer(input);
		});
		return sent;
	}

	const pages: Record<string, ListTasksCommandOutput> = {
		first: {taskArns: [arn(1), arn(2)], nextToken: 'page-2', $metadata: {}},
		'page-2': {taskArns: [arn(3)], nextToken: 'page-3', $metadata: {}},
		'page-3': {taskArns: [arn(4)], $metadata: {}},
	};

	it('follows nextToken through every page, 100 at a time', async () => {
		const sent = recordListTasks((input) => pages[input.nextToken ?? 'first']!);

		const arns = await listAllTaskArns(client, {cluster: 'prod', desiredStatus: 'RUNNING'});

		expect(arns).toEqual([arn(1), arn(2), arn(3), arn(4)]);
		expect(sent.map((input) => input.nextToken)).toEqual([undefined, 'page-2', 'page-3']);
		expect(sent.every((input) => input.maxResults === 100 && input.cluster === 'prod' && input.desiredStatus === 'RUNNING')).toBe(true);
	});

	it('stops at an empty nextToken', async () => {
		const sent = recordListTasks(() => ({taskArns: [arn(1)], nextToken: '', $metadata: {}}));
		expect(await listAllTaskArns(client, {cluster: 'prod', desiredStatus: 'STOPPED'})).toEqual([arn(1)]);
		expect(sent).toHaveLength(1);
	});

	it('hands the abort signal to the request of every page', async () => {
		const controller = new AbortController();
		recordListTasks((input) => pages[input.nextToken ?? 'first']!);

		await listAllTaskArns(client, {cluster: 'prod', desiredStatus: 'RUNNING', signal: controller.signal});

		const options = ecsMock.commandCalls(ListTasksCommand).map((call) => (call.args as unknown[])[1]);
		expect(options).toEqual([{abortSignal: controller.signal}, {abortSignal: controller.signal}, {abortSignal: controller.signal}]);
	});

	it('asks for no further page once aborted', async () => {
		const controller = new AbortController();
		const sent = recordListTasks((input) => {
			controller.abort();
			return pages[input.nextToken ?? 'first']!;
		});

		await expect(listAllTaskArns(client, {cluster: 'prod', desiredStatus: 'RUNNING', signal: controller.signal}))
			.rejects.toMatchObject({name: 'AbortError'});
		expect(sent).toHaveLength(1);
	});

	it('reads the real empty ListTasks response', async () => {
		ecsMock.on(ListTasksCommand).resolves(loadListTasks('list-tasks-empty.json'));
		expect(await listAllTaskArns(client, {cluster: 'prod', desiredStatus: 'RUNNING'})).toEqual([]);
	});
});

describe('fetchTasks', () => {
	it('lists desired RUNNING and STOPPED tasks and returns each once', async () => {
		ecsMock
			.on(ListTasksCommand, {desiredStatus: 'RUNNING'}).resolves({taskArns: [arn(1), arn(2)]})
			.on(ListTasksCommand, {desiredStatus: 'STOPPED'}).resolves({taskArns: [arn(2), arn(3)]});
		describeEveryAskedTask();

		const {tasks, missing, failures} = await fetchTasks(client, {cluster: 'prod'});

		expect(tasks.map((task) => task.taskArn)).toEqual([arn(1), arn(2), arn(3)]);
		expect(missing).toEqual([]);
		expect(failures).toEqual([]);
		const statuses = ecsMock.commandCalls(ListTasksCommand).map((call) => call.args[0].input.desiredStatus);
		expect(statuses.sort()).toEqual(['RUNNING', 'STOPPED']);
		const describe = ecsMock.commandCalls(DescribeTasksCommand)[0]?.args[0].input;
		expect(describe).toMatchObject({cluster: 'prod', include: ['TAGS']});
	});

	it('describes more than 100 tasks in calls of at most 100, every task exactly once', async () => {
		const running = Array.from({length: 230}, (_, i) => arn(i + 1));
		const stopped = Array.from({length: 30}, (_, i) => arn(i + 221));
		ecsMock
			.on(ListTasksCommand, {desiredStatus: 'RUNNING'}).resolves({taskArns: running.slice(0, 100), nextToken: 'r2'})
			.on(ListTasksCommand, {desiredStatus: 'RUNNING', nextToken: 'r2'}).resolves({taskArns: running.slice(100, 180), nextToken: 'r3'})
			.on(ListTasksCommand, {desiredStatus: 'RUNNING', nextToken: 'r3'}).resolves({taskArns: running.slice(180)})
			.on(ListTasksCommand, {desiredStatus: 'STOPPED'}).resolves({taskArns: stopped});
		describeEveryAskedTask();

		const {tasks} = await fetchTasks(client, {cluster: 'prod'});

		const all = Array.from({length: 250}, (_, i) => arn(i + 1));
		expect(tasks.map((task) => task.taskArn)).toEqual(all);
		const chunks = ecsMock.commandCalls(DescribeTasksCommand).map((call) => call.args[0].input.tasks ?? []);
		expect(chunks.length).toBe(3);
		expect(chunks.every((asked) => asked.length <= 100)).toBe(true);
		expect(chunks.flat().sort()).toEqual([...all].sort());
	});

	it('treats MISSING failures as tasks that are gone, not as errors, and reports other failures', async () => {
		ecsMock.on(ListTasksCommand, {desiredStatus: 'RUNNING'}).resolves({taskArns: [arn(1), arn(2), arn(3)]});
		ecsMock.on(ListTasksCommand, {desiredStatus: 'STOPPED'}).resolves({taskArns: []});
		ecsMock.on(DescribeTasksCommand).resolves({
			tasks: [{taskArn: arn(1)}],
			failures: [{arn: arn(2), reason: 'MISSING'}, {arn: arn(3), reason: 'ACCESS_DENIED', detail: 'no'}],
		});

		const {tasks, missing, failures} = await fetchTasks(client, {cluster: 'prod'});

		expect(tasks.map((task) => task.taskArn)).toEqual([arn(1)]);
		expect(missing).toEqual([arn(2)]);
		expect(failures).toEqual([{arn: arn(3), reason: 'ACCESS_DENIED', detail: 'no'}]);
	});

	it('does not lose a task whose desired status turns STOPPED while the RUNNING pages are read', async () => {
		let stopped = false;
		ecsMock.on(ListTasksCommand).callsFake((input: {desiredStatus?: string; nextToken?: string}) => {
			if (input.desiredStatus === 'STOPPED') {
				return {taskArns: stopped ? [arn(2)] : []};
			}

			if (input.nextToken === undefined) {
				return {taskArns: [arn(1)], nextToken: 'page-2'};
			}

			// The task on the second page is told to stop just before that page is read.
			stopped = true;
			return {taskArns: []};
		});
		describeEveryAskedTask();

		const {tasks} = await fetchTasks(client, {cluster: 'prod'});

		expect(tasks.map((task) => task.taskArn)).toEqual([arn(1), arn(2)]);
	});

	it('lists each watched service, RUNNING and STOPPED', async () => {
		ecsMock.on(ListTasksCommand, {serviceName: 'web'}).resolves({taskArns: [arn(1)]});
		ecsMock.on(ListTasksCommand, {serviceName: 'api'}).resolves({taskArns: [arn(2)]});
		describeEveryAskedTask();

		const {tasks} = await fetchTasks(client, {cluster: 'prod', services: ['web', 'api']});

		expect(tasks.map((task) => task.taskArn).sort()).toEqual([arn(1), arn(2)]);
		const queries = ecsMock.commandCalls(ListTasksCommand).map((call) => `${call.args[0].input.serviceName}/${call.args[0].input.desiredStatus}`);
		expect(queries.sort()).toEqual(['api/RUNNING', 'api/STOPPED', 'web/RUNNING', 'web/STOPPED']);
	});

	it('maps the real recorded ListTasks + DescribeTasks pair', async () => {
		ecsMock.on(ListTasksCommand, {desiredStatus: 'RUNNING'}).resolves(loadListTasks('list-tasks-two.placebo.json'));
		ecsMock.on(ListTasksCommand, {desiredStatus: 'STOPPED'}).resolves({taskArns: []});
		ecsMock.on(DescribeTasksCommand).resolves(loadDescribeTasks('fargate-spot-provisioning-attaching-and-pending.placebo.json'));

		const {tasks} = await fetchTasks(client, {cluster: 'c7n-fargate-test'});

		expect(tasks.map((task) => [task.taskId, task.lastStatus, task.eniId, task.attachmentStatus])).toEqual([
			['575e66d2c7814af6aab4d3ec8ab58dab', 'PROVISIONING', 'eni-0d77e756c403bc543', 'ATTACHING'],
			['ab3791544fcc4bd2a501edb673f037f6', 'PENDING', 'eni-0c3042130d331bd71', 'ATTACHED'],
		]);
	});

	it('makes no DescribeTasks call for an empty cluster', async () => {
		ecsMock.on(ListTasksCommand).resolves({taskArns: []});
		expect(await fetchTasks(client, {cluster: 'prod'})).toEqual({tasks: [], missing: [], failures: []});
		expect(ecsMock.commandCalls(DescribeTasksCommand)).toHaveLength(0);
	});

	it('passes the abort signal to every call and rejects on API errors', async () => {
		const controller = new AbortController();
		ecsMock.on(ListTasksCommand).rejects(Object.assign(new Error('Cluster not found.'), {name: 'ClusterNotFoundException'}));

		await expect(fetchTasks(client, {cluster: 'nope', signal: controller.signal})).rejects.toMatchObject({
			name: 'ClusterNotFoundException',
		});
		expect((ecsMock.commandCalls(ListTasksCommand)[0]?.args as unknown[] | undefined)?.[1]).toEqual({abortSignal: controller.signal});
	});

	it('sends nothing once aborted', async () => {
		const controller = new AbortController();
		controller.abort();
		ecsMock.on(ListTasksCommand).resolves({taskArns: [arn(1)]});

		await expect(fetchTasks(client, {cluster: 'prod', signal: controller.signal})).rejects.toMatchObject({name: 'AbortError'});
		expect(ecsMock.calls()).toHaveLength(0);
	});

	it('describes each page\'s tasks while the next page is listed', async () => {
		describeEveryAskedTask();
		const page = (from: number, count: number) => Array.from({length: count}, (_, index) => arn(from + index));
		let releaseSecondPage: (() => void) | undefined;
		ecsMock.on(ListTasksCommand, {desiredStatus: 'STOPPED'}).resolves({taskArns: []});
		ecsMock.on(ListTasksCommand, {desiredStatus: 'RUNNING'}).callsFake(async (input: ListTasksCommandInput) => {
			if (input.nextToken === undefined) return {taskArns: page(0, 100), nextToken: 'page-2'};
			await new Promise<void>((resolve) => {
				releaseSecondPage = resolve;
			});
			return {taskArns: page(100, 30)};
		});

		const fetched = fetchTasks(client, {cluster: 'prod'});
		await vi.waitFor(() => {
			expect(releaseSecondPage).toBeDefined();
			expect(ecsMock.commandCalls(DescribeTasksCommand)).toHaveLength(1);
		});
		releaseSecondPage!();
		const {tasks} = await fetched;

		expect(tasks.map((task) => task.taskArn)).toEqual(page(0, 130));
		expect(ecsMock.commandCalls(DescribeTasksCommand).map((call) => call.args[0].input.tasks?.length)).toEqual([100, 30]);

	});

	it('starts no other DescribeTasks once the listing has failed', async () => {
		// Five pages of 100: five describes, four in flight and one waiting, then the sixth page fails.
		ecsMock.on(ListTasksCommand, {desiredStatus: 'RUNNING'}).callsFake(async (input: ListTasksCommandInput) => {
			const index = input.nextToken === undefined ? 0 : Number(input.nextToken);
			if (index === 5) throw Object.assign(new Error('User is not authorized to perform: ecs:ListTasks'), {name: 'AccessDeniedException'});
			return {taskArns: Array.from({length: 100}, (_, n) => arn(index * 100 + n)), nextToken: String(index + 1)};
		});
		const held: Array<() => void> = [];
		ecsMock.on(DescribeTasksCommand).callsFake(async (input: DescribeTasksCommandInput) => {
			await new Promise<void>((resolve) => {
				held.push(resolve);
			});
			return {tasks: (input.tasks ?? []).map((a): Task => ({taskArn: a})), failures: []};
		});

		await expect(fetchTasks(client, {cluster: 'prod'})).rejects.toMatchObject({name: 'AccessDeniedException'});
		expect(held).toHaveLength(4);
		for (const release of held) release();
		await new Promise((resolve) => setTimeout(resolve, 20));

		expect(ecsMock.commandCalls(DescribeTasksCommand)).toHaveLength(4);
	});
});
