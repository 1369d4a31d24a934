import {type ECSClient, paginateListServices, paginateListTasks} from '@aws-sdk/client-ecs';
import {performance} from 'node:perf_hooks';
import {createEcsClient} from '../../source/ecs/client.js';
import {createFetchWatchData, MAX_AUTO_SERVICES} from '../../source/ecs/fetch-watch-data.js';
import {CLUSTER, SIMULATOR_ENV, startSimulatorProcess} from './bench-env.js';
import {runsFor, summarise, type Measurement, type Scale} from './measure.js';

/** Counts the requests a client sends, by operation, and the most in flight at once (SDK middleware). */
export function instrument(client: ECSClient): {calls: Map<string, number>; peak: () => number; reset: () => void} {
	const calls = new Map<string, number>();
	let inFlight = 0;
	let peak = 0;
	client.middlewareStack.add(
		(next, context) => async (args) => {
			const operation = context.commandName?.replace(/Command$/u, '') ?? 'unknown';
			calls.set(operation, (calls.get(operation) ?? 0) + 1);
			inFlight++;
			peak = Math.max(peak, inFlight);
			try {
				return await next(args);
			} finally {
				inFlight--;
			}
		},
		// Where the app's own counter sits: inside the retries, around each HTTP attempt.
		{step: 'finalizeRequest', priority: 'low', name: 'benchRequestMeter'},
	);
	return {
		calls,
		peak: () => peak,
		reset: () => {
			calls.clear();
			peak = 0;
		},
	};
}

export function simulatorClient(endpoint: string): ECSClient {
	return createEcsClient(
		{region: SIMULATOR_ENV.AWS_REGION, endpoint},
		{credentials: {accessKeyId: SIMULATOR_ENV.AWS_ACCESS_KEY_ID, secretAccessKey: SIMULATOR_ENV.AWS_SECRET_ACCESS_KEY}, maxAttempts: 1},
	);
}

async function countPages<T>(pages: AsyncIterable<T>, size: (page: T) => number): Promise<{pages: number; items: number}> {
	let count = 0;
	let items = 0;
	for await (const page of pages) {
		count++;
		items += size(page);
	}

	return {pages: count, items};
}

/**
 * The fewest calls one poll of the whole cluster can make, from the cluster as listed by the
 * bench itself: ListTasks pages of 100 for desired RUNNING and for STOPPED (a page even when
 * empty), DescribeTasks chunks of 100, one ListServices page (enough to tell <= 30 services) and,
 * up to MAX_AUTO_SERVICES services, DescribeServices chunks of 10. Steady services need no
 * deployment calls.
 */
export async function pollFloor(client: ECSClient): Promise<{floor: number; tasks: number; services: number; detail: string}> {
	const running = await countPages(paginateListTasks({client, pageSize: 100}, {cluster: CLUSTER, desiredStatus: 'RUNNING'}), (page) => page.taskArns?.length ?? 0);
	const stopped = await countPages(paginateListTasks({client, pageSize: 100}, {cluster: CLUSTER, desiredStatus: 'STOPPED'}), (page) => page.taskArns?.length ?? 0);
	const services = await countPages(paginateListServices({client, pageSize: 100}, {cluster: CLUSTER}), (page) => page.serviceArns?.length ?? 0);
	const tasks = running.items + stopped.items;
	const describeTasks = Math.ceil(tasks / 100);
	const describeServices = services.items <= MAX_AUTO_SERVICES ? Math.ceil(services.items / 10) : 0;
	const floor = running.pages + stopped.pages + describeTasks + 1 + describeServices;
	return {
		floor,
		tasks,
		services: services.items,
		detail: `ListTasks ${running.pages}+${stopped.pages}, DescribeTasks ${describeTasks}, ListServices 1, DescribeServices ${describeServices}`,
	};
}

/** (2) One poll of the whole cluster (createFetchWatchData) against `ecswatch simulate` in its own process. */
export async function pollCostBenchmarks(scale: Scale): Promise<Measurement[]> {
	const sizes = scale.quick ? [100] : [100, 1000, 5000];
	const results: Measurement[] = [];
	for (const size of sizes) {
		const simulator = await startSimulatorProcess(size);
		const client = simulatorClient(simulator.endpoint);
		try {
			const {floor, tasks, detail} = await pollFloor(client);
			const meter = instrument(client);
			const fetch = createFetchWatchData(client, {cluster: CLUSTER});
			const walls: number[] = [];
			const calls: number[] = [];
			const ratios: number[] = [];
			const peaks: number[] = [];
			let last = '';
			const runs = runsFor(scale, size >= 5000 ? 8 : 12);
			for (let run = scale.quick ? 0 : -1; run < runs; run++) {
				meter.reset();
				const start = performance.now();
				const result = await fetch(new AbortController().signal);
				const wall = performance.now() - start;
				if (run < 0) continue;
				const total = [...meter.calls.values()].reduce((sum, count) => sum + count, 0);
				walls.push(wall);
				calls.push(total);
				ratios.push(total / floor);
				peaks.push(meter.peak());
				last = `${[...meter.calls.entries()].map(([operation, count]) => `${operation} ${count}`).join(', ')}; app counted ${result.apiCalls}`;
			}

			const base = {tasks} as const;
			results.push(
				summarise({...base, id: 'poll.wall', name: 'poll: one full poll, wall time', unit: 'ms', note: 'createFetchWatchData over HTTP to `ecswatch simulate`'}, walls),
				summarise({...base, id: 'poll.calls', name: 'poll: API calls', unit: 'calls', note: `${last}`}, calls),
				summarise({...base, id: 'poll.floor', name: 'poll: API calls / floor', unit: 'x', note: `floor ${floor}: ${detail}`}, ratios),
				summarise({...base, id: 'poll.concurrency', name: 'poll: peak requests in flight', unit: 'count', note: 'SDK middleware around each attempt'}, peaks),
			);
		} finally {
			client.destroy();
			await simulator.stop();
		}
	}

	return results;
}
