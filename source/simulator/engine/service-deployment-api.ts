import {batchOf, invalidParameter, invalidToken, pageSize, required, serviceNotFound, type BatchRule} from './api-checks.js';
import type {DescribeServiceDeploymentsRequest, DescribeServiceRevisionsRequest, ListServiceDeploymentsRequest} from './ecs-api.js';
import {encodePageToken} from './page-token.js';
import type {ServiceDeploymentStatus} from './service-history.js';
import {serviceDeploymentBriefToWire, serviceDeploymentToWire, serviceRevisionToWire} from './service-deployment-wire.js';
import type {ServiceState} from './service-state.js';
import type {WireRecord} from './world-api.js';
import type {SimulatedWorld} from './world.js';

/*
 * ListServiceDeployments, DescribeServiceDeployments and DescribeServiceRevisions (API reference,
 * API_<operation>.html): ListServiceDeployments pages up to 100 (20 by default) and filters by status
 * and by `createdAt` {before, after}; the Describe operations take 1 to 20 ARNs, unknown ones come
 * back as failures MISSING. Unverified: the newest-first order (as the console lists them) and the
 * messages for too many or no ARNs.
 */

const statuses = new Set<string>(['PENDING', 'SUCCESSFUL', 'STOPPED', 'STOP_REQUESTED', 'IN_PROGRESS', 'ROLLBACK_REQUESTED', 'ROLLBACK_IN_PROGRESS', 'ROLLBACK_SUCCESSFUL', 'ROLLBACK_FAILED']);
const deploymentsRule: BatchRule = {limit: 20, empty: 'serviceDeploymentArns can not be blank.', tooMany: 'serviceDeploymentArns can have at most 20 items.'};
const revisionsRule: BatchRule = {limit: 20, empty: 'serviceRevisionArns can not be blank.', tooMany: 'serviceRevisionArns can have at most 20 items.'};
const tokenKind = 'service-deployments';

function afterToken(token: string): string {
	try {
		const body = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as {k?: unknown; a?: unknown};
		if (body.k === tokenKind && typeof body.a === 'string') return body.a;
	} catch {
		// Fall through: any undecodable token is invalid.
	}

	throw invalidToken();
}

export function listServiceDeployments(world: SimulatedWorld, input: ListServiceDeploymentsRequest): WireRecord {
	world.sync();
	const cluster = world.cluster(input.cluster);
	const service = world.service(cluster, required(input.service, 'service'));
	if (!service) throw serviceNotFound();
	const size = pageSize(input.maxResults, 20);
	for (const status of input.status ?? []) {
		if (!statuses.has(status)) throw invalidParameter(`Invalid status ${status}.`);
	}

	const wanted = input.status && input.status.length > 0 ? new Set(input.status) : undefined;
	const before = input.createdAt?.before === undefined ? undefined : input.createdAt.before * 1000;
	const after = input.createdAt?.after === undefined ? undefined : input.createdAt.after * 1000;
	const matching = [...(service.history?.deployments ?? [])]
		.reverse()
		.filter(d => (!wanted || wanted.has(d.status as ServiceDeploymentStatus)) && (before === undefined || d.createdAt < before) && (after === undefined || d.createdAt > after));
	let start = 0;
	if (input.nextToken !== undefined) {
		const last = afterToken(input.nextToken);
		start = matching.findIndex(d => d.arn === last) + 1;
		if (start === 0) throw invalidToken();
	}

	const page = matching.slice(start, start + size);
	const record: WireRecord = {serviceDeployments: page.map(serviceDeploymentBriefToWire)};
	const last = page.at(-1);
	if (last && start + size < matching.length) record['nextToken'] = encodePageToken(tokenKind, last.arn);
	return record;
}

/** The service an ARN `…:service-deployment/CLUSTER/SERVICE/ID` (or service-revision) names. */
function serviceOfArn(world: SimulatedWorld, arn: string): ServiceState | undefined {
	const parts = arn.split('/');
	if (parts.length !== 4 || !arn.startsWith(`arn:aws:ecs:${world.region}:${world.accountId}:`)) return undefined;
	const service = world.clusters.get(parts[1] ?? '')?.services.get(parts[2] ?? '');
	// "Amazon ECS deletes the service revision when you delete a service" (service-revision.html).
	return service?.lifecycle === 'INACTIVE' ? undefined : service;
}

export function describeServiceDeployments(world: SimulatedWorld, input: DescribeServiceDeploymentsRequest): WireRecord {
	world.sync();
	const arns = batchOf(input.serviceDeploymentArns, deploymentsRule);
	const serviceDeployments: WireRecord[] = [];
	const failures: WireRecord[] = [];
	for (const arn of arns) {
		const service = serviceOfArn(world, arn);
		const record = service?.history?.deployments.find(d => d.arn === arn);
		if (service && record) serviceDeployments.push(serviceDeploymentToWire(service, record));
		else failures.push({arn, reason: 'MISSING'});
	}

	return {serviceDeployments, failures};
}

export function describeServiceRevisions(world: SimulatedWorld, input: DescribeServiceRevisionsRequest): WireRecord {
	world.sync();
	const arns = batchOf(input.serviceRevisionArns, revisionsRule);
	const serviceRevisions: WireRecord[] = [];
	const failures: WireRecord[] = [];
	for (const arn of arns) {
		const revision = serviceOfArn(world, arn)?.history?.revisions.find(r => r.arn === arn);
		if (revision) serviceRevisions.push(serviceRevisionToWire(revision));
		else failures.push({arn, reason: 'MISSING'});
	}

	return {serviceRevisions, failures};
}
