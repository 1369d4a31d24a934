import {ElasticLoadBalancingV2Client, type ElasticLoadBalancingV2ClientConfig} from '@aws-sdk/client-elastic-load-balancing-v2';
import {sdkClientConfig, type EcsClientOptions} from './client.js';

/** The SDK's Elastic Load Balancing v2 client, named here so that layers above ecs/ never import the SDK themselves. */
export type ElbClient = ElasticLoadBalancingV2Client;

/**
 * An ELBv2 client on the same options as the ECS client (see createEcsClient): the same Region,
 * profile, endpoint (the simulator serves both protocols on one), adaptive retries (ELB's request
 * buckets are the account's, shared with the console and every other tool) and request timeouts.
 * Load it with `import()` where it is first needed: start-up must not pay for this SDK.
 */
export function createElbClient(options: EcsClientOptions, overrides: ElasticLoadBalancingV2ClientConfig = {}): ElbClient {
	return new ElasticLoadBalancingV2Client({
		...sdkClientConfig(options),
		...overrides,
	});
}
