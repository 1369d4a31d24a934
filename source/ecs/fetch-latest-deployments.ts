import {type ECSClient, ListServiceDeploymentsCommand, type ServiceDeployment, type ServiceDeploymentBrief} from '@aws-sdk/client-ecs';
import type {ServiceDeploymentRow} from '../model/service-deployment-row.js';
import type {ServiceRow} from '../model/service-row.js';
import {briefToServiceDeploymentRow, revisionArnsOf, toServiceDeploymentRow} from '../model/to-service-deployment-row.js';
import {mapWithConcurrency} from './concurrency.js';
import {describeRevisionTaskDefinitions, describeServiceDeployments} from './fetch-deployment-history.js';
import {isOperationUnavailable} from './operation-unavailable.js';
import {sendOptions} from './send-options.js';

const CONCURRENCY = 4;
/** Service deployment statuses after which nothing more happens (developer guide, "View service history"). */
const FINISHED = new Set(['SUCCESSFUL', 'STOPPED', 'ROLLBACK_SUCCESSFUL', 'ROLLBACK_FAILED']);

/**
 * Whether a service's rollout may be in progress, from what DescribeServices already said: more
 * than one deployment (INACTIVE ones aside) or task set, a PRIMARY deployment whose rolloutState
 * is there and not COMPLETED, or a PRIMARY task set that is not STEADY_STATE. (A missing
 * rolloutState — some deployment types have none — is not taken as a rollout, or such services
 * would cost two calls on every poll.)
 */
export function mayBeRollingOut(service: ServiceRow): boolean {
	const deployments = service.deployments.filter(deployment => deployment.status !== 'INACTIVE');
	if (deployments.length > 1 || service.taskSets.length > 1) return true;
	const primary = deployments.find(deployment => deployment.status === 'PRIMARY');
	if (primary?.rolloutState !== undefined && primary.rolloutState !== null && primary.rolloutState !== 'COMPLETED') return true;
	const primarySet = service.taskSets.find(taskSet => taskSet.status === 'PRIMARY');
	return primarySet?.stabilityStatus !== undefined && primarySet.stabilityStatus !== null && primarySet.stabilityStatus !== 'STEADY_STATE';
}

export type AttachLatestDeployments = (cluster: string, services: readonly ServiceRow[], signal?: AbortSignal) => Promise<ServiceRow[]>;

/**
 * Sets `latestDeployment` on the services of one poll, within the API budget. The rule: a service's
 * newest service deployment is fetched when {@link mayBeRollingOut} says so now or said so on the
 * previous poll, or when the last one fetched had not finished — so the poll after a rollout ends
 * still reads how it ended. Cost: one ListServiceDeployments (maxResults 1) per such service, one
 * DescribeServiceDeployments per 20 of them, and a DescribeServiceRevisions only for revisions not
 * seen before (revisions are immutable, so their task definitions are kept for the session).
 * A service fetched once keeps its last finished deployment on later polls without new calls
 * (ECS goes on reporting it as the latest until the next rollout, which the rule above catches);
 * a service never fetched keeps `latestDeployment` undefined.
 * AccessDenied (IAM policies older than these APIs) or an endpoint that does not know them: the
 * poll goes on without them and they are not asked again this session.
 */
export function createLatestDeployments(client: ECSClient, options: {
	/** Fetch every service's, not only those that may be rolling out: a one-shot look (`status`) that must name how the last rollout ended. */
	every?: (services: readonly ServiceRow[]) => boolean;
} = {}): AttachLatestDeployments {
	const last = new Map<string, ServiceDeploymentRow | null>();
	const taskDefinitions = new Map<string, string>();
	/** Revisions asked about already, found or not (revisions from before 25 October 2024 never are). */
	const askedRevisions = new Set<string>();
	let wasRollingOut = new Set<string>();
	let listUnavailable = false;
	let revisionsUnavailable = false;

	const ongoing = (arn: string): boolean => {
		const row = last.get(arn);
		return row !== undefined && row !== null && !FINISHED.has(row.status ?? '');
	};

	const lookUpRevisions = async (deployments: readonly ServiceDeployment[], briefs: readonly ServiceDeploymentBrief[], signal?: AbortSignal) => {
		const arns = [...revisionArnsOf(deployments), ...briefs.map(brief => brief.targetServiceRevisionArn ?? '')]
			.filter(arn => arn !== '' && !askedRevisions.has(arn));
		if (revisionsUnavailable || arns.length === 0) return;
		const unique = [...new Set(arns)];
		const found = await describeRevisionTaskDefinitions(client, unique, signal);
		if (found === null) {
			revisionsUnavailable = true;
			return;
		}

		for (const arn of unique) askedRevisions.add(arn);
		for (const [arn, definition] of found) taskDefinitions.set(arn, definition);
	};

	const fetchLatest = async (cluster: string, services: readonly ServiceRow[], signal?: AbortSignal): Promise<void> => {
		let briefs: Array<ServiceDeploymentBrief | undefined>;
		try {
			briefs = await mapWithConcurrency(services, CONCURRENCY, async (service) => {
				signal?.throwIfAborted();
				const page = await client.send(new ListServiceDeploymentsCommand({cluster, service: service.serviceName, maxResults: 1}), sendOptions(signal));
				return page.serviceDeployments?.[0];
			});
		} catch (error) {
			if (!isOperationUnavailable(error)) throw error;
			listUnavailable = true;
			return;
		}

		const listed = briefs.filter((brief): brief is ServiceDeploymentBrief => brief?.serviceDeploymentArn !== undefined);
		let described: ServiceDeployment[] = [];
		if (listed.length > 0) {
			try {
				described = await describeServiceDeployments(client, listed.map(brief => brief.serviceDeploymentArn ?? ''), signal);
			} catch (error) {
				if (!isOperationUnavailable(error)) throw error;
			}

			await lookUpRevisions(described, listed, signal);
		}

		const byArn = new Map(described.map(deployment => [deployment.serviceDeploymentArn ?? '', deployment]));
		services.forEach((service, index) => {
			const brief = briefs[index];
			const deployment = brief === undefined ? undefined : byArn.get(brief.serviceDeploymentArn ?? '');
			const row = brief === undefined ? null : deployment === undefined ? briefToServiceDeploymentRow(brief, taskDefinitions) : toServiceDeploymentRow(deployment, taskDefinitions);
			last.set(service.serviceArn, row);
		});
	};

	return async (cluster, services, signal) => {
		const rollingOut = new Set(services.filter(mayBeRollingOut).map(service => service.serviceArn));
		const every = options.every?.(services) === true;
		const wanted = services.filter(service => every || rollingOut.has(service.serviceArn) || wasRollingOut.has(service.serviceArn) || ongoing(service.serviceArn));
		if (!listUnavailable && wanted.length > 0) {
			await fetchLatest(cluster, wanted, signal);
		}

		wasRollingOut = rollingOut;
		return services.map(service => {
			const latest = last.get(service.serviceArn);
			return latest === undefined ? service : {...service, latestDeployment: latest};
		});
	};
}
