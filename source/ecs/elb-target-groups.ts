import {DescribeTargetGroupAttributesCommand, DescribeTargetHealthCommand, paginateDescribeTargetGroups} from '@aws-sdk/client-elastic-load-balancing-v2';
import type {ElbTargetGroup, ElbTargetHealthDescription} from '../model/targets/elb-types.js';
import {deregistrationDelaySeconds} from '../model/targets/draining-seen.js';
import {chunk} from './concurrency.js';
import type {ElbClient} from './elb-client.js';
import {sendOptions} from './send-options.js';

/** Target group ARNs per DescribeTargetGroups call (its LoadBalancerArns take at most 20; the same bound here). */
export const DESCRIBE_TARGET_GROUPS_CHUNK = 20;

const isNotFound = (error: unknown) => error instanceof Error && error.name === 'TargetGroupNotFoundException';
const isDenied = (error: unknown) => error instanceof Error && (error.name === 'AccessDeniedException' || error.name === 'AccessDenied');

async function describeChunk(client: ElbClient, arns: readonly string[], signal: AbortSignal | undefined): Promise<ElbTargetGroup[]> {
	const groups: ElbTargetGroup[] = [];
	for await (const page of paginateDescribeTargetGroups({client}, {TargetGroupArns: [...arns]}, sendOptions(signal))) {
		groups.push(...(page.TargetGroups ?? []));
	}

	return groups;
}

/**
 * DescribeTargetGroups of the ARNs, {@link DESCRIBE_TARGET_GROUPS_CHUNK} a call (following
 * `Marker`). ELB fails a whole call when one of its groups does not exist (TargetGroupNotFound):
 * that call's groups are then described one by one. Returns each group by ARN, null for a group
 * that does not exist (deleted while a service still names it).
 */
export async function describeTargetGroups(client: ElbClient, arns: readonly string[], signal?: AbortSignal): Promise<Map<string, ElbTargetGroup | null>> {
	const found = new Map<string, ElbTargetGroup | null>();
	for (const part of chunk(arns, DESCRIBE_TARGET_GROUPS_CHUNK)) {
		let groups: ElbTargetGroup[];
		try {
			groups = await describeChunk(client, part, signal);
		} catch (error) {
			if (!isNotFound(error)) throw error;
			groups = [];
			// One alone was the missing one; of several, find which.
			for (const arn of part.length === 1 ? [] : part) {
				try {
					groups.push(...await describeChunk(client, [arn], signal));
				} catch (each) {
					if (!isNotFound(each)) throw each;
				}
			}
		}

		for (const group of groups) {
			if (group.TargetGroupArn !== undefined) found.set(group.TargetGroupArn, group);
		}

		for (const arn of part) {
			if (!found.has(arn)) found.set(arn, null);
		}
	}

	return found;
}

/**
 * The group's `deregistration_delay.timeout_seconds` (DescribeTargetGroupAttributes); null when
 * it is not told or the caller may not read it (the draining time left is then not shown, the
 * rest is). Other errors reject.
 */
export async function readDeregistrationDelay(client: ElbClient, arn: string, signal?: AbortSignal): Promise<number | null> {
	try {
		const response = await client.send(new DescribeTargetGroupAttributesCommand({TargetGroupArn: arn}), sendOptions(signal));
		return deregistrationDelaySeconds(response.Attributes ?? []);
	} catch (error) {
		if (isDenied(error) || isNotFound(error)) return null;
		throw error;
	}
}

/** DescribeTargetHealth of every target of the group (one call, not paginated); null when the group no longer exists. */
export async function describeTargetHealth(client: ElbClient, arn: string, signal?: AbortSignal): Promise<ElbTargetHealthDescription[] | null> {
	try {
		const response = await client.send(new DescribeTargetHealthCommand({TargetGroupArn: arn}), sendOptions(signal));
		return response.TargetHealthDescriptions ?? [];
	} catch (error) {
		if (isNotFound(error)) return null;
		throw error;
	}
}
