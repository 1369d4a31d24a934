import {DescribeTasksCommand, ListTasksCommand, paginateListTasks, type ECSClient, type ListTasksCommandInput, type Task} from '@aws-sdk/client-ecs';
import {afterEach, describe, expect, it} from 'vitest';
import {ManualClock} from '../../../source/simulator/engine/clock.js';
import {createWorld} from '../../../source/simulator/engine/create-world.js';
import {startSimulator, type RunningSimulator} from '../../../source/simulator/start-simulator.js';
import {ecsTestClient} from './ecs-test-client.js';

const cluster = 'demo';

describe('ListTasks and DescribeTasks at scale', () => {
	let simulator: RunningSimulator | undefined;
	let client: ECSClient | undefined;

	const start = async (taskCount: number) => {
		const clock = new ManualClock();
		const world = createWorld({clock, taskCount, seed: 5});
		simulator = await startSimulator({world});
		client = ecsTestClient(simulator.url);
		return {clock, world, client};
	};

	afterEach(async () => {
		client?.destroy();
		await simulator?.close();
	});

	it('validates maxResults, filters and tokens as ECS does', async () => {
		const {client} = await start(30);
		const send = async (input: ListTasksCommandInput) => client.send(new ListTasksCommand(input));
		for (const maxResults of [0, 101]) {
			await expect(send({cluster, maxResults})).rejects.toMatchObject({name: 'InvalidParameterException'});
		}

		await expect(send({cluster, startedBy: 'ops-oncall', family: 'report'})).rejects.toMatchObject({name: 'InvalidParameterException'});
		await expect(send({cluster, serviceName: 'ghost'})).rejects.toMatchObject({name: 'ServiceNotFoundException'});
		await expect(send({cluster, nextToken: 'bm90IGEgdG9rZW4'})).rejects.toMatchObject({name: 'InvalidParameterException'});
		expect((await send({cluster, desiredStatus: 'PENDING'})).taskArns).toEqual([]);
		expect((await send({cluster, startedBy: 'ops-oncall'})).taskArns).toHaveLength(1);
		expect((await send({cluster, launchType: 'EC2'})).taskArns).toHaveLength(4); // 3 worker + 1 report
		expect((await send({cluster})).taskArns).toHaveLength(30);
		expect((await send({cluster, desiredStatus: 'STOPPED'})).taskArns).toHaveLength(1); // the seeded migration
	});

	it('keeps pages stable while tasks stop and start between them', async () => {
		const {clock, world, client} = await start(60);
		const before = new Set((await client.send(new ListTasksCommand({cluster}))).taskArns);
		const first = await client.send(new ListTasksCommand({cluster, maxResults: 20}));
		const firstPage = first.taskArns ?? [];

		// Between pages: one task of the next pages stops, one of the first page stops, new ones start.
		const sorted = [...before].sort();
		const stoppedLater = sorted[30] ?? '';
		world.stopTask(cluster, stoppedLater, 'between pages');
		world.stopTask(cluster, firstPage[19] ?? '', 'between pages');
		world.updateService(cluster, 'batch', {desiredCount: 60});
		clock.advance(2 * 60_000);

		const seen = [...firstPage];
		let token = first.nextToken;
		while (token) {
			const page = await client.send(new ListTasksCommand({cluster, maxResults: 20, nextToken: token}));
			seen.push(...(page.taskArns ?? []));
			token = page.nextToken;
		}

		expect(new Set(seen).size).toBe(seen.length);
		const survivors = [...before].filter((arn) => arn !== stoppedLater && arn !== firstPage[19]);
		expect(survivors.every((arn) => seen.includes(arn))).toBe(true);
		expect(seen).not.toContain(stoppedLater);
	});

	it('lists all 5,000 RUNNING tasks by pages of 100 and describes every one of them', async () => {
		const {client} = await start(5000);
		const arns: string[] = [];
		for await (const page of paginateListTasks({client}, {cluster})) {
			expect(page.taskArns?.length).toBeLessThanOrEqual(100);
			arns.push(...(page.taskArns ?? []));
		}

		expect(new Set(arns).size).toBe(5000);
		const described: Task[] = [];
		for (let index = 0; index < arns.length; index += 100) {
			const {tasks = [], failures = []} = await client.send(new DescribeTasksCommand({cluster, tasks: arns.slice(index, index + 100)}));
			expect(failures).toEqual([]);
			described.push(...tasks);
		}

		expect(described.map((task) => task.taskArn)).toEqual(arns);
		expect(described.every((task) => task.lastStatus === 'RUNNING' && task.createdAt instanceof Date)).toBe(true);
	});
});
