import {CloudWatchLogsClient, type CloudWatchLogsClientConfig} from '@aws-sdk/client-cloudwatch-logs';
import {sdkClientConfig, type EcsClientOptions} from './client.js';

/** The SDK's CloudWatch Logs client, named here so that layers above ecs/ never import the SDK themselves. */
export type LogsClient = CloudWatchLogsClient;

/**
 * A CloudWatch Logs client on the same options as the ECS client (see createEcsClient): the same
 * Region, profile, endpoint (the simulator serves both protocols on one), adaptive retries and
 * request timeouts.
 */
export function createLogsClient(options: EcsClientOptions, overrides: CloudWatchLogsClientConfig = {}): LogsClient {
	return new CloudWatchLogsClient({
		...sdkClientConfig(options),
		...overrides,
	});
}

/**
 * One Logs client per Region, made on first use: a container's `awslogs-region` may differ from
 * the cluster's. `null` is the options' own Region (or the SDK's default chain's).
 */
export function createLogsClientsByRegion(options: EcsClientOptions, overrides: CloudWatchLogsClientConfig = {}): (region: string | null) => LogsClient {
	const clients = new Map<string | null, LogsClient>();
	return (region) => {
		const key = region === options.region ? null : region;
		let client = clients.get(key);
		if (client === undefined) {
			client = createLogsClient(key === null ? options : {...options, region: key}, overrides);
			clients.set(key, client);
		}

		return client;
	};
}
