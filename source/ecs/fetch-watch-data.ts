import type {ECSClient} from '@aws-sdk/client-ecs';
import type {DescribeFailure} from '../model/describe-failure.js';
import type {ServiceRow} from '../model/service-row.js';
import type {TaskRefresh} from '../model/task-refresh.js';
import type {TaskRow} from '../model/task-row.js';
import {countFetchRequests} from './call-counter.js';
import {createLatestDeployments} from './fetch-latest-deployments.js';
import {describeServices, fetchServices, listServiceArns, unmatchedServices} from './fetch-services.js';
import {emptyLaneMemory, fetchLanes, rememberFull} from './fetch-lanes.js';
import {fetchTasks, type FetchTasksResult} from './fetch-tasks.js';
import {callsPerPoll, CHEAP_FULL_CALLS, choosePollMode, estimateFastCalls, rolloutServiceNames, sweepPolls} from './poll-plan.js';

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
export type FetchEcsWatchData = (signal: AbortSignal, budget?: {intervalMs: number; apiCallsPerSecond: number}) => Promise<{
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
	/** Absent after a full listing; see ecs/poll-plan.ts. */
	refresh?: TaskRefresh;
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

type ServicesRead = {described: ServiceRow[]} | {error: unknown};

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
 *
 * Given the poller's `budget`, a poll of a large cluster while a watched service rolls out runs in
 * two lanes instead of listing everything (ecs/poll-plan.ts): the services are then read first, to
 * choose, and `refresh` says what was refreshed. Otherwise the poll is the full one, tasks and
 * services read side by side.
 */
export function createFetchWatchData(client: ECSClient, scope: WatchScope): FetchEcsWatchData {
	const counted = countFetchRequests(client);
	const attachLatestDeployments = createLatestDeployments(client);
	const memory = emptyLaneMemory();
	let lastServices: readonly ServiceRow[] = [];
	let lastServiceCalls = 0;
	const readServices = async (signal: AbortSignal): Promise<ServicesRead> => fetchScopeServices(client, scope, signal)
		.then(async (described) => attachLatestDeployments(scope.cluster, described, signal))
		// The tasks are what the watch is for: services that cannot be read (a role without
		// ecs:DescribeServices, a failing call) leave them on screen, with the reason.
		.then((described) => ({described}), (error: unknown) => {
			if (signal.aborted) throw error;
			return {error};
		});
	const readTasks = async (signal: AbortSignal) => fetchTasks(client, {cluster: scope.cluster, services: scope.services, signal});

	const answer = (taskResult: FetchTasksResult, services: ServicesRead, apiCalls: number) => {
		if ('described' in services) lastServices = services.described;
		const {tasks, failures, missing} = taskResult;
		const notFound = scope.services === undefined
			? []
			: ('error' in services ? (taskResult.servicesNotFound ?? []) : unmatchedServices(scope.services, services.described));
		const named = notFound.length === 0 ? {} : {servicesNotFound: notFound};
		return 'error' in services
			? {tasks, services: [], failures, missing, servicesError: services.error, ...named, apiCalls}
			: {tasks, services: services.described, failures, missing, ...named, apiCalls};
	};

	const full = async (signal: AbortSignal, services: ServicesRead, serviceCalls: number) => {
		const taskResult = await counted(async () => readTasks(signal));
		rememberFull(memory, taskResult, taskResult.apiCalls);
		return answer(taskResult, services, taskResult.apiCalls + serviceCalls);
	};

	return async (signal, budget) => {
		const {lastFullCalls} = memory;
		// Lanes can pay off only where a full listing does not fit in one poll's share (never on the first poll).
		const mayLane = budget !== undefined && lastFullCalls !== null && lastFullCalls > CHEAP_FULL_CALLS
			&& lastFullCalls + lastServiceCalls > callsPerPoll(budget);
		if (!mayLane) {
			const [taskResult, services] = await Promise.all([
				counted(async () => readTasks(signal)),
				counted(async () => readServices(signal)),
			]);
			rememberFull(memory, taskResult, taskResult.apiCalls);
			lastServiceCalls = services.apiCalls;
			return answer(taskResult, services, taskResult.apiCalls + services.apiCalls);
		}

		const services = await counted(async () => readServices(signal));
		lastServiceCalls = services.apiCalls;
		const rolling = 'described' in services ? rolloutServiceNames(lastServices, services.described) : [];
		const described = 'described' in services ? services.described : [];
		const mode = choosePollMode({
			budget, lastFullCalls, serviceCalls: services.apiCalls, rolloutServices: rolling,
			fastCalls: Math.max(estimateFastCalls(described, rolling), memory.lastFastCalls),
		});
		if (mode.kind === 'full') return full(signal, services, services.apiCalls);
		const lanes = await counted(async () => fetchLanes(client, memory, {
			cluster: scope.cluster, services: scope.services, signal, rolloutServices: mode.services, sweepCalls: mode.sweepCalls,
		}));
		memory.lastFastCalls = lanes.apiCalls - lanes.sweepCalls;
		const refresh: TaskRefresh = {
			services: mode.services,
			fastTasks: lanes.fastTasks,
			sweepBegan: lanes.sweepBegan,
			sweepCompleted: lanes.sweepCompleted,
			fullEveryMs: sweepPolls(memory.lastFullCalls ?? lastFullCalls, mode.sweepCalls) * budget.intervalMs,
		};
		return {...answer(lanes, services, lanes.apiCalls + services.apiCalls), refresh};
	};
}
