import {removeInvisible} from './sanitize.js';
import {createSecretRedactor} from './secret-redactor.js';

/** Anything thrown, reduced to what may be shown or printed: a name and a credential-free message. */
export interface ErrorReport {
	/** E.g. `ThrottlingException`, `ClusterNotFoundException`, `CredentialsProviderError`, `ECONNREFUSED`. */
	name: string;
	message: string;
}

const MAX_NAME_LENGTH = 100;
const MAX_MESSAGE_LENGTH = 1000;
const REDACTED = '[redacted]';

// Signature errors echo the canonical request (access key id, credential scope, security token);
// credential provider errors can echo config lines. Secrets themselves are never in SDK messages,
// but a token pasted into the wrong config key could be.
const REDACTIONS: ReadonlyArray<[RegExp, string]> = [
	// `Credential=AKIA…/20261201/us-east-1/ecs/aws4_request`, also URL-encoded (`X-Amz-Credential=…%2F…`).
	[/(Credential=)[^\s,;&"']+/giu, `$1${REDACTED}`],
	[/(Signature=)[^\s,;&"']+/giu, `$1${REDACTED}`],
	[/((?:aws_)?secret_?access_?key|(?:aws_)?session_?token|(?:x-amz-)?security[-_]?token)(["']?\s*[=:]\s*["']?)[^\s"',;&]+/giu, `$1$2${REDACTED}`],
	// Access key ids: long-term (AKIA), temporary (ASIA), and the other IAM unique-id prefixes.
	[/\b(?:AKIA|ASIA|AIDA|AROA|ANPA|AGPA|ABIA|ACCA)[A-Z0-9]{16}\b/gu, REDACTED],
	// A bare secret access key: exactly 40 base64 characters with upper case, lower case and a digit.
	[/(?<![A-Za-z0-9/+=])(?=[A-Za-z0-9/+]{0,39}[A-Z])(?=[A-Za-z0-9/+]{0,39}[a-z])(?=[A-Za-z0-9/+]{0,39}\d)[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/gu, REDACTED],
	// Session tokens and other long base64 runs.
	[/[A-Za-z0-9/+=]{100,}/gu, REDACTED],
];

// Names that say nothing: a Node network error is told apart by its code instead.
const GENERIC_NAMES = new Set(['Error', 'AggregateError', 'TypeError']);

// The credentials this process resolved, redacted by value (see registerSecrets).
const secrets = createSecretRedactor();

/**
 * Makes every later report redact these values (the resolved access key id, secret access key and
 * session token) wherever they appear in an error's name or message: verbatim, URL-encoded, split
 * by line breaks or cut short (any run of 16 or more of their characters). Values shorter than 8
 * characters, empty or absent are ignored. Call it again when credentials are refreshed: the
 * values add up, none is forgotten.
 */
export function registerSecrets(values: Iterable<string | null | undefined>): void {
	secrets.add(values);
}

/** Forgets every registered secret (for tests). */
export function clearSecrets(): void {
	secrets.clear();
}

function redact(text: string, maxLength: number): string {
	// Invisible characters go first: the terminal would not show them, so a key id or token with a
	// zero-width space inside must still be recognised. By value before by pattern, as the patterns
	// would otherwise cut a token into pieces too short to be recognised.
	let result = secrets.redact(removeInvisible(text), REDACTED);
	for (const [pattern, replacement] of REDACTIONS) {
		result = result.replace(pattern, replacement);
	}

	return result.length > maxLength ? `${result.slice(0, maxLength)}…` : result;
}

// A throwing getter must not turn the report of one error into another error.
function stringField(record: object, key: string): string | undefined {
	try {
		const value = (record as Record<string, unknown>)[key];
		return typeof value === 'string' && value !== '' ? value : undefined;
	} catch {
		return undefined;
	}
}

// Node 20 reports a refused dual-stack connect as an AggregateError with an empty message and the
// code on its inner errors; fetch failures carry it on `cause`.
function networkCode(record: object): string | undefined {
	const {errors, cause} = record as {errors?: unknown; cause?: unknown};
	const candidates = [...(Array.isArray(errors) ? errors : []), cause];
	for (const inner of candidates) {
		if (typeof inner === 'object' && inner !== null) {
			const code = stringField(inner, 'code');
			if (code !== undefined) return code;
		}
	}

	return undefined;
}

/**
 * Turns anything thrown (an SDK service error, a credentials error, a Node network error, a
 * non-error) into `{name, message}` that is safe to print: AWS errors keep their name, network
 * errors named just `Error` are named by their code (`ECONNREFUSED`, …), and access key ids,
 * credential scopes, signatures, secrets and tokens are redacted from both, by pattern and, once
 * {@link registerSecrets} knows them, by value; invisible characters are removed. Not sanitised for the
 * terminal: callers do that where they print.
 */
export function normaliseError(error: unknown): ErrorReport {
	if (typeof error !== 'object' || error === null) {
		return {name: 'Error', message: redact(String(error), MAX_MESSAGE_LENGTH)};
	}

	const code = stringField(error, 'code') ?? networkCode(error);
	let name = stringField(error, 'name') ?? 'Error';
	if (GENERIC_NAMES.has(name) && code !== undefined) {
		name = code;
	}

	const message = stringField(error, 'message') ?? code ?? name;
	return {name: redact(name, MAX_NAME_LENGTH), message: redact(message, MAX_MESSAGE_LENGTH)};
}
