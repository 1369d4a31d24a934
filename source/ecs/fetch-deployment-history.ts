import {
	DescribeServiceDeploymentsCommand,
	DescribeServiceRevisionsCommand,
	type ECSClient,
	ListServiceDeploymentsCommand,
	type ServiceDeployment,
	type ServiceDeploymentBrief,
} from '@aws-sdk/client-ecs';
import type {ServiceDeploymentRow} from '../model/service-deployment-row.js';
import {
	briefToServiceDeploymentRow,
	revisionArnsOf,
	revisionTaskDefinitions,
	toServiceDeploymentRow,
	type RevisionTaskDefinitions,
} from '../model/to-service-deployment-row.js';
import {isOperationUnavailable} from './operation-unavailable.js';
import {chunk, mapWithConcurrency} from './concurrency.js';
import {sendOptions} from './send-options.js';

/** DescribeServiceDeployments and DescribeServiceRevisions take at most 20 ARNs per call. */
export const DESCRIBE_DEPLOYMENTS_CHUNK = 20;
export const DESCRIBE_REVISIONS_CHUNK = 20;
/** ListServiceDeployments returns at most 100 per page (20 when maxResults is not given). */
const LIST_PAGE = 100;
const CONCURRENCY = 4;

/**
 * ListServiceDeployments' briefs, page after page until `limit`. The SDK (3.116x) has no paginator
 * for this operation, so the nextToken loop is ours.
 */
export async function listServiceDeployments(
	client: ECSClient,
	input: {cluster: string; service: string; signal?: AbortSignal | undefined; limit?: number | undefined},
): Promise<ServiceDeploymentBrief[]> {
	const briefs: ServiceDeploymentBrief[] = [];
	let nextToken: string | undefined;
	do {
		input.signal?.throwIfAborted();
		const wanted = input.limit === undefined ? LIST_PAGE : Math.min(LIST_PAGE, input.limit - briefs.length);
		const page = await client.send(new ListServiceDeploymentsCommand({
			cluster: input.cluster,
			service: input.service,
			maxResults: wanted,
			...(nextToken === undefined ? {} : {nextToken}),
		}), sendOptions(input.signal));
		briefs.push(...(page.serviceDeployments ?? []));
		nextToken = page.nextToken;
	} while (nextToken !== undefined && nextToken !== '' && (input.limit === undefined || briefs.length < input.limit));

	return input.limit === undefined ? briefs : briefs.slice(0, Math.max(0, input.limit));
}

/** DescribeServiceDeployments in chunks of 20; the ones ECS could not describe are left out. */
export async function describeServiceDeployments(client: ECSClient, arns: readonly string[], signal?: AbortSignal): Promise<ServiceDeployment[]> {
	const responses = await mapWithConcurrency(chunk(arns, DESCRIBE_DEPLOYMENTS_CHUNK), CONCURRENCY, async (serviceDeploymentArns) => {
		signal?.throwIfAborted();
		return client.send(new DescribeServiceDeploymentsCommand({serviceDeploymentArns}), sendOptions(signal));
	});
	return responses.flatMap(response => response.serviceDeployments ?? []);
}

/**
 * The task definition of each service revision, DescribeServiceRevisions in chunks of 20; revisions
 * ECS did not describe are left out. Null when the caller may not describe revisions (AccessDenied).
 */
export async function describeRevisionTaskDefinitions(client: ECSClient, arns: readonly string[], signal?: AbortSignal): Promise<Map<string, string> | null> {
	if (arns.length === 0) return new Map();
	try {
		const responses = await mapWithConcurrency(chunk(arns, DESCRIBE_REVISIONS_CHUNK), CONCURRENCY, async (serviceRevisionArns) => {
			signal?.throwIfAborted();
			return client.send(new DescribeServiceRevisionsCommand({serviceRevisionArns}), sendOptions(signal));
		});
		return revisionTaskDefinitions(responses.flatMap(response => response.serviceRevisions ?? []));
	} catch (error) {
		if (isOperationUnavailable(error)) return null;
		throw error;
	}
}

const timeOf = (row: ServiceDeploymentRow): number => {
	const ms = Date.parse(row.createdAt ?? row.startedAt ?? '');
	return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
};

/**
 * A service's deployment history, newest first: ListServiceDeployments, then DescribeServiceDeployments
 * (20 per call) for the details, then DescribeServiceRevisions (20 per call) for the source and target
 * task definitions. The API reference does not promise an order, so the rows are sorted by creation
 * time. Rejects when the listing fails (AccessDenied included: the caller shows it); a deployment ECS
 * could not describe, or all of them when DescribeServiceDeployments is denied, keeps its brief.
 */
export async function fetchDeploymentHistory(
	client: ECSClient,
	input: {cluster: string; service: string; signal?: AbortSignal; limit?: number},
): Promise<ServiceDeploymentRow[]> {
	const briefs = await listServiceDeployments(client, input);
	const arns = briefs.map(brief => brief.serviceDeploymentArn).filter((arn): arn is string => arn !== undefined && arn !== '');
	if (arns.length === 0) return [];

	let described: ServiceDeployment[] = [];
	try {
		described = await describeServiceDeployments(client, [...new Set(arns)], input.signal);
	} catch (error) {
		if (!isOperationUnavailable(error)) throw error;
	}

	const byArn = new Map(described.map(deployment => [deployment.serviceDeploymentArn ?? '', deployment]));
	const briefTargets = briefs
		.filter(brief => !byArn.has(brief.serviceDeploymentArn ?? ''))
		.map(brief => brief.targetServiceRevisionArn)
		.filter((arn): arn is string => arn !== undefined && arn !== '');
	// Without ecs:DescribeServiceRevisions the history still lists every deployment, without task definitions.
	const revisions: RevisionTaskDefinitions = await describeRevisionTaskDefinitions(client, [...new Set([...revisionArnsOf(described), ...briefTargets])], input.signal) ?? new Map();

	const rows = briefs.map(brief => {
		const deployment = byArn.get(brief.serviceDeploymentArn ?? '');
		return deployment === undefined ? briefToServiceDeploymentRow(brief, revisions) : toServiceDeploymentRow(deployment, revisions);
	});
	// A stable sort: deployments created at the same moment keep ECS's order.
	return rows.sort((a, b) => timeOf(b) - timeOf(a) || 0);
}
