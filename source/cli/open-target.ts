import {registerSecrets} from '../model/error-report.js';
import {createEcsClient, resolveRegion, type EcsClient} from '../ecs/client.js';
import {lastArnSegment} from '../model/arn.js';
import {startSimulator} from '../simulator/start-simulator.js';
import type {WatchCommand} from './parse-command-line.js';

export interface OpenTarget {
	client: EcsClient;
	/** Where the data comes from, for the header: the Region, the endpoint, or the demo simulator. */
	description: string;
	/** The cluster to open: `--cluster` (else ECSWATCH_CLUSTER), the demo's own, or none for the cluster list. */
	cluster: string | undefined;
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
export async function openTarget(command: Pick<WatchCommand, 'demo' | 'aws' | 'cluster'>): Promise<OpenTarget> {
	if (command.demo) {
		const simulator = await startSimulator({scenario: 'demo'});
		const client = createEcsClient(
			{region: command.aws.region ?? DEMO_REGION, endpoint: simulator.url},
			{credentials: SIMULATOR_CREDENTIALS},
		);
		return {
			client,
			description: `demo simulator ${simulator.url}`,
			cluster: command.cluster ?? simulator.world.listClusterArns().map(lastArnSegment)[0] ?? 'demo',
			now: () => simulator.world.clock.now(),
			async close() {
				client.destroy();
				await simulator.close();
			},
		};
	}

	const client = createEcsClient({
		...(command.aws.region === undefined ? {} : {region: command.aws.region}),
		...(command.aws.profile === undefined ? {} : {profile: command.aws.profile}),
		...(command.aws.endpoint === undefined ? {} : {endpoint: command.aws.endpoint}),
		onCredentials: registerSecrets,
	});
	const region = await resolveRegion(client);
	return {
		client,
		description: command.aws.endpoint ?? region ?? 'no region',
		cluster: command.cluster,
		now: Date.now,
		async close() {
			client.destroy();
		},
	};
}
