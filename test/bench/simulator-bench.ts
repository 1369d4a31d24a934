import {DescribeTasksCommand, type ECSClient, type Task} from '@aws-sdk/client-ecs';
import {createEcsClient} from '../../source/ecs/client.js';
import {ManualClock} from '../../source/simulator/engine/clock.js';
import {createWorld} from '../../source/simulator/engine/create-world.js';
import {startSimulator, type RunningSimulator} from '../../source/simulator/start-simulator.js';
import {measure, runsFor, type Measurement, type Scale} from './measure.js';

const CLUSTER = 'demo';

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

/**
 * (a) world creation, (b) one DescribeTasks of 100 through the SDK, in-process; returns the SDK's
 * tasks for the model and ui benchmarks. A full poll's cost is poll-cost-bench.ts's.
 */
export async function simulatorBenchmarks(scale: Scale, tasks: number): Promise<{results: Measurement[]; sdkTasks: Task[]}> {
	const results: Measurement[] = [];
	results.push(await measure({id: 'sim.create-world', name: 'simulator: createWorld', tasks}, {runs: runsFor(scale, 8), warmup: scale.quick ? 0 : 1, budgetMs: 8000}, () => {
		createWorld({clock: new ManualClock(), taskCount: tasks});
	}));

	const simulator = await startSimulator({world: createWorld({clock: new ManualClock(), taskCount: tasks})});
	const client = simulatorClient(simulator);
	try {
		const arns = [
			...simulator.world.listTaskArns(CLUSTER, {desiredStatus: 'RUNNING'}),
			...simulator.world.listTaskArns(CLUSTER, {desiredStatus: 'STOPPED'}),
		];
		const hundred = arns.slice(0, 100);
		results.push(await measure({id: 'sim.describe-100', name: 'http: DescribeTasks x100 (SDK, in-process)'}, {runs: runsFor(scale, 30), warmup: scale.quick ? 0 : 5}, async () => {
			await client.send(new DescribeTasksCommand({cluster: CLUSTER, tasks: hundred, include: ['TAGS']}));
		}));

		return {results, sdkTasks: await describeAll(client, arns)};
	} finally {
		client.destroy();
		await simulator.close();
	}
}
