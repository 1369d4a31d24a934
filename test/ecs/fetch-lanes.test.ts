import {DescribeTasksCommand, type DescribeTasksCommandInput, ECSClient, ListTasksCommand, type ListTasksCommandInput, type Task} from '@aws-sdk/client-ecs';
import {mockClient} from 'aws-sdk-client-mock';
import {beforeEach, describe, expect, it} from 'vitest';
import {emptyLaneMemory, fetchLanes, rememberFull} from '../../source/ecs/fetch-lanes.js';
import {fetchTasks} from '../../source/ecs/fetch-tasks.js';
import {pageOf} from './paged-fakes.js';

// A small ECS in memory behind the SDK: ListTasks filters by service and desired status and pages
// by offset; DescribeTasks answers what it holds and MISSING for the rest. The test changes it
// between polls as ECS would change.

const ecsMock = mockClient(ECSClient);
const client = new ECSClient({region: 'us-east-1'});
const arn = (id: string) => `arn:aws:ecs:us-east-1:123456789012:task/prod/${id}`;

interface FakeTask {service: string; lastStatus: string; desiredStatus: string; listed: boolean}
let world = new Map<string, FakeTask>();
let calls: string[] = [];

function fakeEcs() {
	ecsMock.on(ListTasksCommand).callsFake((input: ListTasksCommandInput) => {
		calls.push(`list ${input.serviceName ?? '*'} ${input.desiredStatus}`);
		const arns = [...world].filter(([, task]) => task.listed && (input.serviceName === undefined || task.service === input.serviceName)
			&& task.desiredStatus === (input.desiredStatus ?? 'RUNNING')).map(([taskArn]) => taskArn);
		const page = pageOf(arns, input, 100);
		return {taskArns: page.arns, ...(page.nextToken === undefined ? {} : {nextToken: page.nextToken})};
	});
	ecsMock.on(DescribeTasksCommand).callsFake((input: DescribeTasksCommandInput) => {
		calls.push('describe');
		const asked = input.tasks ?? [];
		return {
			tasks: asked.filter(a => world.has(a)).map((a): Task => ({taskArn: a, group: `service:${world.get(a)?.service}`, lastStatus: world.get(a)?.lastStatus, desiredStatus: world.get(a)?.desiredStatus})),
			failures: asked.filter(a => !world.has(a)).map(a => ({arn: a, reason: 'MISSING'})),
		};
	});
}

beforeEach(() => {
	ecsMock.reset();
	calls = [];
	world = new Map([
		[arn('web-1'), {service: 'web', lastStatus: 'RUNNING', desiredStatus: 'RUNNING', listed: true}],
		[arn('web-2'), {service: 'web', lastStatus: 'RUNNING', desiredStatus: 'RUNNING', listed: true}],
		...Array.from({length: 250}, (_, index) => [arn(`batch-${String(index).padStart(3, '0')}`), {service: 'batch', lastStatus: 'RUNNING', desiredStatus: 'RUNNING', listed: true}] as const),
	]);
	fakeEcs();
});

const scope = {cluster: 'prod', signal: new AbortController().signal, rolloutServices: ['web'], sweepCalls: 2};
const row = (outcome: {tasks: ReadonlyArray<{taskArn: string; lastStatus: string | null}>}, id: string) => outcome.tasks.find(task => task.taskArn === arn(id));

async function startFromFullPoll() {
	const memory = emptyLaneMemory();
	rememberFull(memory, await fetchTasks(client, {cluster: 'prod'}), 7);
	calls = [];
	return memory;
}

describe('a poll in lanes', () => {
	it('refreshes the rolling service every poll and the rest as its sweep reaches them, keeping last values meanwhile', async () => {
		const memory = await startFromFullPoll();
		world.set(arn('web-2'), {service: 'web', lastStatus: 'DEACTIVATING', desiredStatus: 'STOPPED', listed: true});
		world.set(arn('batch-249'), {service: 'batch', lastStatus: 'STOPPING', desiredStatus: 'STOPPED', listed: true});
		const first = await fetchLanes(client, memory, scope);
		// The fast lane: web's RUNNING and STOPPED lists and one describe; then two calls of the sweep:
		// two pages, as the first page less the two web tasks just described is short of a batch.
		expect(calls).toEqual(['list web RUNNING', 'list web STOPPED', 'describe', 'list * RUNNING', 'list * RUNNING']);
		expect(row(first, 'web-2')?.lastStatus).toBe('DEACTIVATING');
		expect(row(first, 'batch-249')?.lastStatus).toBe('RUNNING');
		expect(first.tasks).toHaveLength(252);
		let outcome = first;
		for (let poll = 0; poll < 10 && !outcome.sweepCompleted; poll++) outcome = await fetchLanes(client, memory, scope);
		expect(outcome.sweepCompleted).toBe(true);
		expect(row(outcome, 'batch-249')?.lastStatus).toBe('STOPPING');
	});

	it('keeps a task that left the fast lane\'s lists unseen stopped until a completed sweep confirms it is gone', async () => {
		const memory = await startFromFullPoll();
		await fetchLanes(client, memory, scope);
		// ECS no longer lists web-2, and DescribeTasks no longer knows it: nothing says it stopped.
		world.delete(arn('web-2'));
		let outcome = await fetchLanes(client, memory, scope);
		expect(outcome.missing).toEqual([arn('web-2')]);
		// The sweep under way saw it listed (on the first poll): only a sweep begun since can tell it is gone.
		let begunSince = false;
		while (!(begunSince && outcome.sweepCompleted)) {
			outcome = await fetchLanes(client, memory, scope);
			begunSince ||= outcome.sweepBegan;
			if (!(begunSince && outcome.sweepCompleted)) expect(outcome.missing).toEqual([arn('web-2')]);
		}

		expect(outcome.missing).toEqual([]);
		expect(row(outcome, 'web-2')).toBeUndefined();
		expect(outcome.tasks).toHaveLength(251);
	});

	it('keeps a steady task that a sweep\'s listing would miss only until the sweep completes', async () => {
		const memory = await startFromFullPoll();
		world.set(arn('batch-000'), {service: 'batch', lastStatus: 'RUNNING', desiredStatus: 'RUNNING', listed: false});
		let outcome = await fetchLanes(client, memory, scope);
		expect(row(outcome, 'batch-000')).toBeDefined();
		while (!outcome.sweepCompleted) outcome = await fetchLanes(client, memory, scope);
		expect(row(outcome, 'batch-000')).toBeUndefined();
	});

	it('spends at most the sweep\'s share on it each poll', async () => {
		const memory = await startFromFullPoll();
		for (let poll = 0; poll < 6; poll++) {
			calls = [];
			const outcome = await fetchLanes(client, memory, {...scope, sweepCalls: 3});
			expect(outcome.sweepCalls).toBeLessThanOrEqual(3);
			expect(calls.length).toBe(3 + outcome.sweepCalls);
		}
	});
});
