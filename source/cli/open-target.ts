import type {ECSClient} from '@aws-sdk/client-ecs';
import {createEcsClient, resolveRegion} from '../ecs/client.js';
import {createFetchWatchData, type FetchEcsWatchData} from '../ecs/fetch-watch-data.js';
import {startSimulator} from '../simulator/start-simulator.js';
import type {WatchContext} from '../ui/watch-store.js';
import type {WatchCommand} from './parse-command-line.js';

export interface OpenTarget {
	client: ECSClient;
	fetch: FetchEcsWatchData;
	context: WatchContext;
	/**
	 * The clock the data lives by: real time, or the demo simulator's clock, which runs faster
	 * than real time (ages, highlights and the timeline must be measured against it).
	 */
	now: () => number;
	close(): Promise<void>;
}

/** Credentials the simulator accepts; it checks that requests are signed, not by whom. */
const SIMULATOR_CREDENTIALS = {accessKeyId: 'AKIDSIMULATOR', secretAccessKey: 'simulator-secret'};
const DEMO_REGION = 'us-east-1';

/** Connects to real ECS (or `--endpoint-url`), or starts the embedded simulator for `--demo`. */
export async function openTarget(command: WatchCommand): Promise<OpenTarget> {
	const watching = command.services.length > 0 ? command.services.join(', ') : 'all tasks';
	const scope = (cluster: string) => ({cluster, ...(command.services.length > 0 ? {services: command.services} : {})});

	if (command.demo) {
		const simulator = await startSimulator({scenario: 'demo'});
		const cluster = command.cluster ?? simulator.world.listClusterArns().map(clusterName)[0] ?? 'demo';
		const client = createEcsClient(
			{region: command.aws.region ?? DEMO_REGION, endpoint: simulator.url},
			{credentials: SIMULATOR_CREDENTIALS},
		);
		return {
			client,
			fetch: createFetchWatchData(client, scope(cluster)),
			context: {cluster, target: `demo simulator ${simulator.url}`, watching},
			now: () => simulator.world.clock.now(),
			async close() {
				client.destroy();
				await simulator.close();
			},
		};
	}

	const cluster = command.cluster ?? '';
	const client = createEcsClient({
		...(command.aws.region === undefined ? {} : {region: command.aws.region}),
		...(command.aws.profile === undefined ? {} : {profile: command.aws.profile}),
		...(command.aws.endpoint === undefined ? {} : {endpoint: command.aws.endpoint}),
	});
	const region = await resolveRegion(client);
	return {
		client,
		fetch: createFetchWatchData(client, scope(cluster)),
		context: {cluster, target: command.aws.endpoint ?? region ?? 'no region', watching},
		now: Date.now,
		async close() {
			client.destroy();
		},
	};
}

function clusterName(arn: string): string {
	return arn.slice(arn.lastIndexOf('/') + 1);
}
