import {isServerError, isThrottlingError, isTransientError} from '@smithy/core/retry';

/**
 * Whether an error that survived the SDK's own retries is still worth another try later:
 * throttling, a 5xx answer, a timeout or a dropped connection, as the SDK's retry strategy
 * classifies them. Anything else (credentials, access denied, a cluster that does not exist, a bad
 * parameter) will fail the same way again.
 */
export function isRetryableLater(error: unknown): boolean {
	if (typeof error !== 'object' || error === null) return false;
	const sdkError = error as Parameters<typeof isTransientError>[0];
	try {
		return isThrottlingError(sdkError) || isTransientError(sdkError) || isServerError(sdkError);
	} catch {
		return false;
	}
}
