import type {Json} from '../engine/world-api.js';
import {retentionInDays, type LogGroupState, type LogStore} from './log-store.js';
import {checkRange, invalidParameter} from './logs-errors.js';
import {decodeListToken, encodeListToken} from './list-token.js';

export interface DescribeLogGroupsInput {
	logGroupNamePrefix?: string;
	logGroupNamePattern?: string;
	nextToken?: string;
	limit?: number;
}

const describe = (group: LogGroupState): {[key: string]: Json} => ({
	logGroupName: group.name,
	creationTime: group.createdAt,
	retentionInDays,
	metricFilterCount: 0,
	arn: `${group.arn}:*`,
	storedBytes: 0,
	logGroupClass: 'STANDARD',
	logGroupArn: group.arn,
});

/**
 * DescribeLogGroups (API_DescribeLogGroups): the account's groups in ASCII order, by prefix or by
 * a case-sensitive substring (`logGroupNamePattern`, not both), up to `limit` (50 at most) a page.
 */
export function describeLogGroups(store: LogStore, input: DescribeLogGroupsInput): {[key: string]: Json} {
	checkRange('limit', input.limit, 1, 50);
	if (input.logGroupNamePrefix !== undefined && input.logGroupNamePattern !== undefined) {
		throw invalidParameter('LogGroup name prefix and LogGroup name pattern are mutually exclusive parameters.');
	}

	const prefix = input.logGroupNamePrefix ?? '';
	const pattern = input.logGroupNamePattern ?? '';
	const kind = `groups:${prefix}:${pattern}`;
	const afterName = input.nextToken === undefined ? undefined : decodeListToken(kind, input.nextToken);
	const groups = store.sortedGroups().filter(g => g.name.startsWith(prefix) && g.name.includes(pattern) && (typeof afterName !== 'string' || g.name > afterName));
	const limit = input.limit ?? 50;
	const pageGroups = groups.slice(0, limit);
	return {
		logGroups: pageGroups.map(describe),
		...(groups.length > limit ? {nextToken: encodeListToken(kind, pageGroups.at(-1)!.name)} : {}),
	};
}
