import type {ErrorReport} from './error-report.js';

/**
 * What went wrong, as far as it tells the user what to do: the kinds a remedy is known for, and
 * `other` for the rest. Words live in output/error-sentence.ts.
 */
export type ErrorAdvice =
	| {kind: 'no-credentials'}
	| {kind: 'sso-session-expired'}
	| {kind: 'credentials-expired'}
	| {kind: 'key-not-recognised'}
	| {kind: 'signature-rejected'}
	/** `action` is the IAM action named by the message (`ecs:DescribeServices`), when it names one. */
	| {kind: 'access-denied'; action: string | null}
	| {kind: 'cluster-not-found'}
	| {kind: 'service-not-found'}
	| {kind: 'throttled'}
	| {kind: 'server-error'}
	/** The endpoint could not be reached at all: refused, unknown host, unroutable (the Node code). */
	| {kind: 'unreachable'; code: string}
	/** The connection was dropped before the answer came. */
	| {kind: 'connection-dropped'}
	/** The endpoint took the request and never answered within the SDK's request timeout. */
	| {kind: 'timed-out'}
	| {kind: 'no-region'}
	| {kind: 'other'; name: string; message: string};

// A Map, not an object literal: error names are untrusted and `constructor` must not hit the prototype.
const BY_NAME = new Map<string, ErrorAdvice>([
	['ThrottlingException', {kind: 'throttled'}],
	['TooManyRequestsException', {kind: 'throttled'}],
	['RequestLimitExceeded', {kind: 'throttled'}],
	['ExpiredTokenException', {kind: 'credentials-expired'}],
	['ExpiredToken', {kind: 'credentials-expired'}],
	['UnrecognizedClientException', {kind: 'key-not-recognised'}],
	['InvalidClientTokenId', {kind: 'key-not-recognised'}],
	['InvalidSignatureException', {kind: 'signature-rejected'}],
	['SignatureDoesNotMatch', {kind: 'signature-rejected'}],
	['ClusterNotFoundException', {kind: 'cluster-not-found'}],
	['ServiceNotFoundException', {kind: 'service-not-found'}],
	['ServerException', {kind: 'server-error'}],
	['InternalFailure', {kind: 'server-error'}],
	['ServiceUnavailable', {kind: 'server-error'}],
]);

const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'ECONNABORTED']);
const DROPPED_CODES = new Set(['ECONNRESET', 'EPIPE']);

/** `… is not authorized to perform: ecs:DescribeServices on resource: …` names the action. */
function deniedAction(message: string): string | null {
	return /not authorized to perform:? ([\w-]+:[\w*]+)/u.exec(message)?.[1] ?? null;
}

function networkAdvice({name, message}: ErrorReport): ErrorAdvice | undefined {
	const code = [name, ...message.split(/[\s:,()]+/u)].find(word => UNREACHABLE_CODES.has(word) || DROPPED_CODES.has(word));
	if (code !== undefined) return UNREACHABLE_CODES.has(code) ? {kind: 'unreachable', code} : {kind: 'connection-dropped'};
	// Node's http client says `socket hang up` when the server closes the connection unanswered;
	// the SDK wraps it as a TimeoutError although nothing timed out.
	if (/socket hang up/iu.test(message)) return {kind: 'connection-dropped'};
	if (name === 'TimeoutError' || name === 'RequestTimeout') return {kind: 'timed-out'};
	return undefined;
}

/** Reads a (normalised, redacted) error for the remedy it calls for. */
export function adviseError(error: ErrorReport): ErrorAdvice {
	const known = BY_NAME.get(error.name);
	if (known !== undefined) return known;
	if (error.name === 'AccessDeniedException' || error.name === 'AccessDenied' || /not authorized to perform/u.test(error.message)) {
		return {kind: 'access-denied', action: deniedAction(error.message)};
	}

	if (error.name === 'CredentialsProviderError' || error.name === 'TokenProviderError') {
		return /SSO session|SSO Token|sso login/iu.test(error.message) ? {kind: 'sso-session-expired'} : {kind: 'no-credentials'};
	}

	if (/^Region is missing/u.test(error.message)) return {kind: 'no-region'};
	return networkAdvice(error) ?? {kind: 'other', name: error.name, message: error.message};
}
