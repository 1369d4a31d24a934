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
		return isThrottlingError(sdkError) || isTransientError(sdkError) || isServerError(sdkError) || isNetworkFailure(error);
	} catch {
		return false;
	}
}

/**
 * A Node system error from the network (the SDK leaves DNS failures such as ENOTFOUND and
 * EAI_AGAIN out of its transient list, but a network that drops comes back): it has a `syscall`,
 * or an inner error (AggregateError, `cause`) that has one.
 */
function isNetworkFailure(error: object): boolean {
	const {syscall, errors, cause} = error as {syscall?: unknown; errors?: unknown; cause?: unknown};
	if (typeof syscall === 'string') return true;
	const inner = [...(Array.isArray(errors) ? errors : []), cause];
	return inner.some(item => typeof item === 'object' && item !== null && typeof (item as {syscall?: unknown}).syscall === 'string');
}
