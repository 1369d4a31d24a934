import {registerSecrets} from '../model/error-report.js';
import {sanitize} from '../model/sanitize.js';
import {checkProfile} from '../ecs/aws-profiles.js';
import {createEcsClient, resolveRegion, type EcsClient, type EcsClientOptions} from '../ecs/client.js';
import type {ElbClient} from '../ecs/elb-client.js';
import type {LogsClient} from '../ecs/logs-client.js';
import {lastArnSegment} from '../model/arn.js';
import {UsageError, type WatchCommand} from './command.js';

export interface OpenTarget {
	client: EcsClient;
	/**
	 * The CloudWatch Logs client of a Region (null: the ECS client's) on the same credentials and
	 * endpoint: made, and its SDK loaded, on first use.
	 */
	logsClient(region: string | null): Promise<LogsClient>;
	/** The Elastic Load Balancing v2 client on the same credentials, Region and endpoint: made, and its SDK loaded, on first use. */
	elbClient(): Promise<ElbClient>;
	/** Where the data comes from, for the header: the Region, the endpoint, or the demo simulator. */
	description: string;
	/** The cluster to open: `--cluster` (else ECSWATCH_CLUSTER), the demo's own, or none for the cluster list. */
	cluster: string | undefined;
	/**
	 * The clock the data lives by: real time, or the demo simulator's clock, which runs faster
	 * than real time (ages, highlights and the timeline must be measured against it).
	 */
	now: () => number;
	/** The profile the credentials come from (null: the default chain) and whether it signs in with SSO, for errors' remedies. */
	signIn: {profile: string | null; sso: boolean};
	close(): Promise<void>;
}

/** Credentials the simulator accepts; it checks that requests are signed, not by whom. */
const SIMULATOR_CREDENTIALS = {accessKeyId: 'AKIDSIMULATOR', secretAccessKey: 'simulator-secret'};
const DEMO_REGION = 'us-east-1';

const NO_REGION = 'no AWS Region: pass --region, set AWS_REGION, or give the profile one (aws configure set region REGION)';

/**
 * The Region as the AWS CLI picks it: `--region`, then AWS_REGION, then AWS_DEFAULT_REGION (which
 * the SDK for JavaScript ignores); undefined leaves it to the profile's `region`.
 */
export function regionFrom(flag: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
	return [flag, env.AWS_REGION, env.AWS_DEFAULT_REGION].map(value => value?.trim()).find(value => value !== undefined && value !== '');
}

/**
 * Connects to real ECS (or `--endpoint-url`), or starts the embedded simulator for `--demo`.
 * Throws a UsageError, before any request, for what no retry can fix: a profile that the shared
 * files do not have, or no Region anywhere.
 */
export async function openTarget(command: Pick<WatchCommand, 'demo' | 'aws' | 'cluster'>, env: NodeJS.ProcessEnv = process.env): Promise<OpenTarget> {
	if (command.demo) {
		// Loaded for --demo only: real ECS never pays for the simulator.
		const {startSimulator} = await import('../simulator/start-simulator.js');
		const simulator = await startSimulator({scenario: 'demo'});
		const options = {region: command.aws.region ?? DEMO_REGION, endpoint: simulator.url};
		const client = createEcsClient(options, {credentials: SIMULATOR_CREDENTIALS});
		const logs = lazyLogsClient(options, {credentials: SIMULATOR_CREDENTIALS});
		const elb = lazyElbClient(options, {credentials: SIMULATOR_CREDENTIALS});
		return {
			client,
			logsClient: logs.get,
			elbClient: elb.get,
			description: `demo simulator ${simulator.url}`,
			cluster: command.cluster ?? simulator.world.listClusterArns().map(lastArnSegment)[0] ?? 'demo',
			now: () => simulator.world.clock.now(),
			signIn: {profile: null, sso: false},
			async close() {
				client.destroy();
				logs.destroy();
				elb.destroy();
				await simulator.close();
			},
		};
	}

	const profile = await checkProfile(command.aws.profile, env);
	if (!profile.found) {
		const there = profile.known.length === 0 ? 'there are no profiles there' : `profiles there: ${profile.known.map(sanitize).join(', ')}`;
		throw new UsageError(`profile ${sanitize(profile.profile ?? '')} not found in ${env.AWS_CONFIG_FILE ?? '~/.aws/config'} or ${env.AWS_SHARED_CREDENTIALS_FILE ?? '~/.aws/credentials'} (${there})`);
	}

	const region = regionFrom(command.aws.region, env);
	const options: EcsClientOptions = {
		...(region === undefined ? {} : {region}),
		...(command.aws.profile === undefined ? {} : {profile: command.aws.profile}),
		...(command.aws.endpoint === undefined ? {} : {endpoint: command.aws.endpoint}),
		onCredentials: registerSecrets,
	};
	const client = createEcsClient(options);
	const resolved = await resolveRegion(client);
	if (resolved === null) {
		client.destroy();
		throw new UsageError(NO_REGION);
	}

	const logs = lazyLogsClient({...options, region: resolved});
	const elb = lazyElbClient({...options, region: resolved});
	return {
		client,
		logsClient: logs.get,
		elbClient: elb.get,
		description: command.aws.endpoint ?? resolved,
		cluster: command.cluster,
		now: Date.now,
		signIn: {profile: profile.profile, sso: profile.sso},
		async close() {
			client.destroy();
			logs.destroy();
			elb.destroy();
		},
	};
}

/** Logs clients made on first use, so that a session that never opens logs never loads their SDK. */
function lazyLogsClient(options: EcsClientOptions, overrides: {credentials?: typeof SIMULATOR_CREDENTIALS} = {}) {
	let byRegion: Promise<(region: string | null) => LogsClient> | undefined;
	const made = new Set<LogsClient>();
	return {
		async get(region: string | null): Promise<LogsClient> {
			byRegion ??= import('../ecs/logs-client.js').then(module => module.createLogsClientsByRegion(options, overrides));
			const client = (await byRegion)(region);
			made.add(client);
			return client;
		},
		destroy() {
			for (const client of made) client.destroy();
		},
	};
}

/** The ELB client made on first use: a session whose services have no load balancer never loads its SDK. */
function lazyElbClient(options: EcsClientOptions, overrides: {credentials?: typeof SIMULATOR_CREDENTIALS} = {}) {
	let made: Promise<ElbClient> | undefined;
	let client: ElbClient | undefined;
	return {
		get(): Promise<ElbClient> {
			made ??= import('../ecs/elb-client.js').then(module => {
				client = module.createElbClient(options, overrides);
				return client;
			});
			return made;
		},
		destroy() {
			client?.destroy();
		},
	};
}
