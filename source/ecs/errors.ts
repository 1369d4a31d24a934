/** An API or SDK error reduced to what may be shown: its name and a credential-free message. */
export interface EcsError {
	/** E.g. `ThrottlingException`, `ClusterNotFoundException`, `CredentialsProviderError`. */
	name: string;
	message: string;
}

const MAX_MESSAGE_LENGTH = 1000;

// Signature errors echo the canonical request (access key id, security token); credential
// provider errors can echo config lines. Secrets themselves are never in SDK messages, but
// a token pasted into the wrong config key could be.
const REDACTIONS: Array<[RegExp, string]> = [
	[/\b(?:AKIA|ASIA|AIDA|AROA|ANPA|AGPA)[A-Z0-9]{16}\b/gu, '[redacted]'],
	[/(aws_secret_access_key|aws_session_token|secretAccessKey|sessionToken|x-amz-security-token)(["']?\s*[=:]\s*)\S+/giu, '$1$2[redacted]'],
	[/(Signature=)[0-9a-f]+/giu, '$1[redacted]'],
	[/[A-Za-z0-9/+=]{100,}/gu, '[redacted]'],
];

function redact(text: string): string {
	let result = text;
	for (const [pattern, replacement] of REDACTIONS) {
		result = result.replace(pattern, replacement);
	}

	return result.length > MAX_MESSAGE_LENGTH ? `${result.slice(0, MAX_MESSAGE_LENGTH)}…` : result;
}

/** Turns anything thrown by the SDK (or a fetch) into `{name, message}` without credentials. */
export function normaliseError(error: unknown): EcsError {
	if (error instanceof Error) {
		const name = error.name === '' ? 'Error' : error.name;
		return {name, message: redact(error.message === '' ? name : error.message)};
	}

	if (typeof error === 'object' && error !== null) {
		const {name, message} = error as {name?: unknown; message?: unknown};
		return {
			name: typeof name === 'string' && name !== '' ? name : 'Error',
			message: redact(typeof message === 'string' ? message : 'Unknown error'),
		};
	}

	return {name: 'Error', message: redact(String(error))};
}
