import {DescribeTasksCommand, type ECSClient, type Task} from '@aws-sdk/client-ecs';
import {createEcsClient} from '../../source/ecs/client.js';
import {createFetchWatchData} from '../../source/ecs/fetch-watch-data.js';
import {ManualClock} from '../../source/simulator/engine/clock.js';
import {createWorld} from '../../source/simulator/engine/create-world.js';
import {startSimulator, type RunningSimulator} from '../../source/simulator/start-simulator.js';
import {measure, type Measurement} from './measure.js';

export const TASKS = 5000;
const CLUSTER = 'demo';

/** Counts the API calls the simulator answers, by operation (every call passes the fault controller). */
function countCalls(simulator: RunningSimulator): Map<string, number> {
	const counts = new Map<string, number>();
	const apply = simulator.faults.apply.bind(simulator.faults);
	simulator.faults.apply = async (operation) => {
		counts.set(operation, (counts.get(operation) ?? 0) + 1);
		return apply(operation);
	};
	return counts;
}

function simulatorClient(simulator: RunningSimulator): ECSClient {
	return createEcsClient(
		{region: 'us-east-1', endpoint: simulator.url},
		{credentials: {accessKeyId: 'test', secretAccessKey: 'test'}, maxAttempts: 1},
	);
}

/** Every task of the cluster as the SDK returns it: the input of the model benchmarks. */
async function describeAll(client: ECSClient, arns: readonly string[]): Promise<Task[]> {
	const tasks: Task[] = [];
	for (let i = 0; i < arns.length; i += 100) {
		const response = await client.send(new DescribeTasksCommand({cluster: CLUSTER, tasks: arns.slice(i, i + 100), include: ['TAGS']}));
		tasks.push(...(response.tasks ?? []));
	}
	return tasks;
}

/** (a) world creation, (b) one DescribeTasks of 100, (c) one full poll; returns the SDK tasks for the model benchmarks. */
export async function simulatorBenchmarks(): Promise<{results: Measurement[]; sdkTasks: Task[]}> {
	const results: Measurement[] = [];
	results.push(await measure(`simulator: createWorld (${TASKS} tasks)`, {runs: 15, warmup: 2, budgetMs: 15_000}, () => {
		createWorld({clock: new ManualClock(), taskCount: TASKS});
	}));

	const simulator = await startSimulator({world: createWorld({clock: new ManualClock(), taskCount: TASKS})});
	const client = simulatorClient(simulator);
	try {
		const arns = [
			...simulator.world.listTaskArns(CLUSTER, {desiredStatus: 'RUNNING'}),
			...simulator.world.listTaskArns(CLUSTER, {desiredStatus: 'STOPPED'}),
		];
		const hundred = arns.slice(0, 100);
		results.push(await measure('http: DescribeTasks x100 (SDK)', {runs: 30, warmup: 5}, async () => {
			await client.send(new DescribeTasksCommand({cluster: CLUSTER, tasks: hundred, include: ['TAGS']}));
		}));

		const fetch = createFetchWatchData(client, {cluster: CLUSTER});
		const calls = countCalls(simulator);
		await fetch(new AbortController().signal);
		const perPoll = [...calls.entries()].map(([operation, count]) => `${operation} ${count}`).join(', ');
		const total = [...calls.values()].reduce((sum, count) => sum + count, 0);
		let rowCount = 0;
		const poll = await measure(`http: one full poll (${arns.length} tasks)`, {runs: 15, warmup: 1, budgetMs: 20_000}, async () => {
			rowCount = (await fetch(new AbortController().signal)).tasks.length;
		});
		results.push({...poll, note: `${total} API calls/poll (${perPoll}); ${rowCount} rows`});

		return {results, sdkTasks: await describeAll(client, arns)};
	} finally {
		client.destroy();
		await simulator.close();
	}
}
