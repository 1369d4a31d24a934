import {performance} from 'node:perf_hooks';
import {createEcsClient} from '../../source/ecs/client.js';
import {createFetchServiceList} from '../../source/ecs/fetch-service-list.js';
import {ManualClock} from '../../source/simulator/engine/clock.js';
import {createWorld} from '../../source/simulator/engine/create-world.js';
import {startSimulator} from '../../source/simulator/start-simulator.js';
import {measure, runsFor, summarise, type Measurement, type Scale} from './measure.js';

/** demo's own 4 services and these make 2,000. */
const EXTRA_SERVICES = 1996;

/** The services screen's first load of 2,000 services over HTTP: time to the first rows, and to all of them. */
export async function servicesBenchmarks(scale: Scale): Promise<Measurement[]> {
	const simulator = await startSimulator({world: createWorld({clock: new ManualClock(), services: EXTRA_SERVICES})});
	const client = createEcsClient({region: 'us-east-1', endpoint: simulator.url}, {credentials: {accessKeyId: 'test', secretAccessKey: 'test'}, maxAttempts: 1});
	const fetch = createFetchServiceList(client, 'demo');
	const firsts: number[] = [];
	let calls = 0;
	let rows = 0;
	try {
		const all = await measure({id: 'services.all', name: 'services: all 2,000 listed and described (HTTP)'}, {runs: runsFor(scale, 6), warmup: scale.quick ? 0 : 1, budgetMs: 10_000}, async () => {
			const start = performance.now();
			let first: number | null = null;
			const result = await fetch(new AbortController().signal, () => {
				first ??= performance.now() - start;
			});
			if (first !== null) firsts.push(first);
			calls = result.apiCalls;
			rows = result.services.length;
			return performance.now() - start;
		});
		return [
			summarise({id: 'services.first', name: 'services: first rows of 2,000 on screen (HTTP)', unit: 'ms', note: 'the first DescribeServices answer'}, firsts),
			{...all, note: `${calls} API calls (20 ListServices + 200 DescribeServices); ${rows} rows`},
		];
	} finally {
		client.destroy();
		await simulator.close();
	}
}
