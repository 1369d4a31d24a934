import {ECSClient, type ECSClientConfig} from '@aws-sdk/client-ecs';
import {defaultProvider} from '@aws-sdk/credential-provider-node';

/** The SDK's client, named here so that layers above ecs/ never import the SDK themselves. */
export type EcsClient = ECSClient;

/**
 * Without these the SDK waits up to 15 minutes on a silent connection (and only logs a warning
 * when a request timeout passes), so one stalled socket would freeze the watch. A timed-out
 * attempt is a TimeoutError, which the SDK retries like any transient error.
 */
export const REQUEST_TIMEOUTS = {connectionTimeout: 5000, requestTimeout: 15_000, throwOnRequestTimeout: true} as const;

export interface EcsClientOptions {
	region?: string;
	/** A profile of the shared config/credentials files (SSO profiles included). */
	profile?: string;
	/** Another ECS endpoint, e.g. the embedded simulator's `http://127.0.0.1:PORT`. */
	endpoint?: string;
	/** Told every credential identity the default chain resolves (refreshes too), so errors can redact them by value. */
	onCredentials?: (values: ReadonlyArray<string | undefined>) => void;
}

/** The SDK's own default chain, with each identity it resolves reported to `tell`. */
function reportingDefaultProvider(tell: (values: ReadonlyArray<string | undefined>) => void) {
	return (input: Parameters<typeof defaultProvider>[0]) => {
		const provider = defaultProvider(input);
		return async (properties?: Record<string, unknown>) => {
			const identity = await provider(properties);
			tell([identity.accessKeyId, identity.secretAccessKey, identity.sessionToken]);
			return identity;
		};
	};
}

/**
 * An ECS client. What the options leave out comes from the SDK's default chain (environment,
 * shared config and credentials files, SSO, container and instance metadata). Retries use the
 * `adaptive` mode, which also slows the client down when ECS throttles it: the request bucket is
 * shared with every other tool of the account. Requests time out ({@link REQUEST_TIMEOUTS}).
 *
 * `overrides` is for callers that must replace SDK plumbing (static credentials for the
 * simulator, a request handler in tests).
 */
export function createEcsClient(options: EcsClientOptions, overrides: ECSClientConfig = {}): ECSClient {
	return new ECSClient({...sdkClientConfig(options), ...overrides});
}

/**
 * What every client of ecswatch's (ECS, CloudWatch Logs, ELBv2) is made with: the same Region,
 * profile and endpoint (the simulator serves every protocol on one), adaptive retries (the request
 * buckets are the account's), request timeouts, and credentials reported for redaction.
 */
export function sdkClientConfig(options: EcsClientOptions) {
	return {
		retryMode: 'adaptive',
		requestHandler: REQUEST_TIMEOUTS,
		...(options.region === undefined ? {} : {region: options.region}),
		...(options.profile === undefined ? {} : {profile: options.profile}),
		...(options.endpoint === undefined ? {} : {endpoint: options.endpoint}),
		...(options.onCredentials === undefined ? {} : {credentialDefaultProvider: reportingDefaultProvider(options.onCredentials)}),
	};
}

/** The region the client will call, or null when none is configured anywhere. */
export async function resolveRegion(client: ECSClient): Promise<string | null> {
	try {
		return await client.config.region();
	} catch {
		return null;
	}
}
