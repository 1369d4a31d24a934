import {invalidToken} from './api-checks.js';

interface TokenBody {
	/** Which listing the token belongs to, so a ListServices token cannot page ListTasks. */
	k: string;
	/** The last ARN of the previous page. */
	a: string;
}

export const encodePageToken = (kind: string, lastArn: string) =>
	Buffer.from(JSON.stringify({k: kind, a: lastArn} satisfies TokenBody)).toString('base64url');

function decodePageToken(kind: string, token: string): string {
	try {
		const body = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Partial<TokenBody>;
		if (body.k === kind && typeof body.a === 'string') {
			return body.a;
		}
	} catch {
		// Fall through: any undecodable token is invalid.
	}

	throw invalidToken();
}

export interface Page {
	arns: string[];
	nextToken?: string;
}

/**
 * One page of `arns`. The list is sorted by ARN and a token carries the last ARN returned, so
 * the next page resumes right after it even when ARNs appeared or vanished in between: an ARN
 * present throughout is listed exactly once.
 */
export function pageOf(kind: string, arns: readonly string[], maxResults: number, token: string | undefined): Page {
	const sorted = [...arns].sort();
	let start = 0;
	if (token !== undefined) {
		const after = decodePageToken(kind, token);
		start = firstAfter(sorted, after);
	}

	const page = sorted.slice(start, start + maxResults);
	const last = page.at(-1);
	return start + maxResults < sorted.length && last !== undefined
		? {arns: page, nextToken: encodePageToken(kind, last)}
		: {arns: page};
}

/** Index of the first element strictly greater than `value` (binary search). */
function firstAfter(sorted: readonly string[], value: string): number {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if ((sorted[middle] ?? '') <= value) {
			low = middle + 1;
		} else {
			high = middle;
		}
	}

	return low;
}

/** A List* response: `{<key>: arns}`, with `nextToken` when more pages follow. */
export function pageRecord(key: string, page: Page): {[key: string]: string | string[]} {
	return page.nextToken === undefined ? {[key]: page.arns} : {[key]: page.arns, nextToken: page.nextToken};
}
