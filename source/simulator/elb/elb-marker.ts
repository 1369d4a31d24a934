import {validationError} from './elb-error.js';

/**
 * The opaque `Marker` of DescribeLoadBalancers and DescribeTargetGroups: which listing it pages and
 * the last ARN returned, so the next page resumes right after it even if items came or went.
 */
export function pageOf<T>(kind: string, items: readonly T[], arnOf: (item: T) => string, pageSize: number, marker: string | undefined): {page: T[]; nextMarker?: string} {
	const sorted = [...items].sort((a, b) => (arnOf(a) < arnOf(b) ? -1 : arnOf(a) > arnOf(b) ? 1 : 0));
	let start = 0;
	if (marker !== undefined) {
		const after = decode(kind, marker);
		start = sorted.findIndex(item => arnOf(item) > after);
		if (start < 0) start = sorted.length;
	}

	const page = sorted.slice(start, start + pageSize);
	const last = page.at(-1);
	return start + pageSize < sorted.length && last !== undefined ? {page, nextMarker: encode(kind, arnOf(last))} : {page};
}

const encode = (kind: string, arn: string): string => Buffer.from(JSON.stringify({k: kind, a: arn})).toString('base64');

function decode(kind: string, marker: string): string {
	try {
		const body = JSON.parse(Buffer.from(marker, 'base64').toString('utf8')) as {k?: unknown; a?: unknown};
		if (body.k === kind && typeof body.a === 'string') return body.a;
	} catch {
		// Any marker we did not issue is invalid.
	}

	throw validationError('Invalid Marker');
}
