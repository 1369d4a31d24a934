import {invalidNextToken} from './logs-errors.js';

/** DescribeLogStreams' and DescribeLogGroups' tokens: what the listing was, and where the last page ended. */
export const encodeListToken = (kind: string, after: string | number) => Buffer.from(JSON.stringify({k: kind, a: after})).toString('base64url');

export function decodeListToken(kind: string, token: string): string | number {
	try {
		const body = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as {k?: unknown; a?: unknown};
		if (body.k === kind && (typeof body.a === 'string' || typeof body.a === 'number')) return body.a;
	} catch {
		// Any undecodable token is invalid.
	}

	throw invalidNextToken();
}
