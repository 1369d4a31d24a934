import {firstLine} from '../model/sanitize.js';
import type {PollError} from './snapshot.js';

const NETWORK_CODES = new Set([
	'ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'TimeoutError',
]);

// A Map, not an object literal: error names are untrusted and `constructor` must not hit the prototype.
const BY_NAME = new Map<string, string>(Object.entries({
	ThrottlingException: 'throttled by AWS, backing off',
	TooManyRequestsException: 'throttled by AWS, backing off',
	RequestLimitExceeded: 'throttled by AWS, backing off',
	ExpiredTokenException: 'credentials expired',
	ExpiredToken: 'credentials expired',
	CredentialsProviderError: 'no AWS credentials found',
	UnrecognizedClientException: 'credentials not recognised',
	InvalidSignatureException: 'request signature rejected (check the secret key and clock)',
	ClusterNotFoundException: 'cluster not found',
	AccessDeniedException: 'access denied',
	ServiceNotFoundException: 'service not found',
	ServerException: 'ECS server error',
}));

/**
 * A short human sentence for a poll error, for the status line. Unrecognised errors fall back to
 * `name: first line of the message`. The result is sanitised, safe to render.
 */
export function describeError(error: PollError): string {
	const known = BY_NAME.get(error.name);
	if (known !== undefined) {
		return known;
	}

	if (NETWORK_CODES.has(error.name) || [...NETWORK_CODES].some(code => error.message.includes(code))) {
		return 'cannot reach the endpoint';
	}

	const name = firstLine(error.name);
	const message = firstLine(error.message);
	return message === '' || message === name ? name : `${name}: ${message}`;
}
