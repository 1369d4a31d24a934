import type {ECSClient} from '@aws-sdk/client-ecs';
import type {DescribeFailure} from '../model/describe-failure.js';
import type {ServiceRow} from '../model/service-row.js';
import type {TaskRow} from '../model/task-row.js';
import {countFetchRequests} from './call-counter.js';
import {createLatestDeployments} from './fetch-latest-deployments.js';
import {describeServices, fetchServices, listServiceArns, unmatchedServices} from './fetch-services.js';
import {fetchTasks} from './fetch-tasks.js';

/**
 * Above this many services the cluster-wide watch shows tasks only. Describing services costs
 * one ListServices call per 100 and one DescribeServices call per 10 on every poll, from a
 * throttling bucket (20/s sustained) that the console and every other tool of the account share;
 * 30 services keep that at 4 calls per poll.
 */
export const MAX_AUTO_SERVICES = 30;

export interface WatchScope {
	cluster: string;
	/** Watch only these services (names or ARNs); their services are always described. */
	services?: readonly string[] | undefined;
}

/** Structurally the watch layer's `FetchWatchData` (ecs/ may not import watch/). */
export type FetchEcsWatchData = (signal: AbortSignal) => Promise<{
	tasks: TaskRow[];
	services: ServiceRow[];
	failures: DescribeFailure[];
	/** Task ARNs ListTasks listed but DescribeTasks answered MISSING. */
	missing: string[];
	/** Watched services ECS does not know in the cluster, as asked; absent means none. */
	servicesNotFound?: string[];
	/** Set when the services could not be read although the tasks could (e.g. no ecs:DescribeServices). */
	servicesError?: unknown;
	apiCalls: number;
}>;

async function fetchScopeServices(client: ECSClient, scope: WatchScope, signal: AbortSignal): Promise<ServiceRow[]> {
	if (scope.services !== undefined) {
		return fetchServices(client, {cluster: scope.cluster, services: scope.services, signal});
	}

	const arns = await listServiceArns(client, {cluster: scope.cluster, signal, limit: MAX_AUTO_SERVICES});
	if (arns === null || arns.length === 0) {
		return [];
	}

	return describeServices(client, {cluster: scope.cluster, services: arns, signal});
}

/**
 * One poll: the scope's tasks and, when watching services or when the cluster has at most
 * {@link MAX_AUTO_SERVICES} services, their services — with, for those whose rollout may be in
 * progress, their latest service deployment (see createLatestDeployments for the rule and its cost).
 * Rejects on any task API error; a services error is returned as `servicesError` (and the
 * service-deployment APIs may be denied). DescribeTasks
 * failures other than MISSING are passed on, for the header to show; MISSING ones by ARN in
 * `missing`. A watched service ECS does not know is named in `servicesNotFound` (DescribeServices
 * answered it MISSING, or, when the services could not be read, ListTasks answered
 * ServiceNotFoundException) while the others are watched as usual.
 * `apiCalls` counts the HTTP requests the poll sent, retries included, for the poller's budget.
 */
export function createFetchWatchData(client: ECSClient, scope: WatchScope): FetchEcsWatchData {
	const counted = countFetchRequests(client);
	const attachLatestDeployments = createLatestDeployments(client);
	return async (signal) => counted(async () => {
		const [taskResult, services] = await Promise.all([
			fetchTasks(client, {cluster: scope.cluster, services: scope.services, signal}),
			// The tasks are what the watch is for: services that cannot be read (a role without
			// ecs:DescribeServices, a failing call) leave them on screen, with the reason.
			fetchScopeServices(client, scope, signal)
				.then(async (described) => attachLatestDeployments(scope.cluster, described, signal))
				.then((described) => ({described}), (error: unknown) => {
					if (signal.aborted) throw error;
					return {error};
				}),
		]);
		const {tasks, failures, missing} = taskResult;
		const notFound = scope.services === undefined
			? []
			: ('error' in services ? (taskResult.servicesNotFound ?? []) : unmatchedServices(scope.services, services.described));
		const named = notFound.length === 0 ? {} : {servicesNotFound: notFound};
		return 'error' in services
			? {tasks, services: [], failures, missing, servicesError: services.error, ...named}
			: {tasks, services: services.described, failures, missing, ...named};
	});
}
