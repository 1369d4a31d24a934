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
import {createReadTargets, type ElbClientSource} from './read-targets.js';

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
	/** Set when the load-balancer targets could not be read although the tasks could; the tasks keep their last targets. */
	targetsError?: unknown;
	/** ELBv2 requests the poll sent (ELB's own budget, not in `apiCalls`); absent without an ELB client. */
	elbApiCalls?: number;
}>;

export interface FetchWatchDataOptions {
	/**
	 * The ELBv2 client, made when first needed: with it, the tasks of the watched services that
	 * have target groups get their `targets` (ecs/read-targets.ts). Without it, none are read.
	 */
	elb?: ElbClientSource | undefined;
	/** Epoch ms clock, for the draining targets' time left; defaults to `Date.now`. */
	now?: (() => number) | undefined;
}


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
 *
 * With `options.elb`, each poll then reads the load-balancer targets of the described services'
 * tasks (DescribeTargetHealth once per target group: ecs/fetch-target-health.ts), none when no
 * service has a target group; an ELB failure leaves the tasks their last targets and is returned
 * as `targetsError`. ELB's requests are counted in `elbApiCalls`, not in `apiCalls`.
 */
export function createFetchWatchData(client: ECSClient, scope: WatchScope, options: FetchWatchDataOptions = {}): FetchEcsWatchData {
	const counted = countFetchRequests(client);
	const readTargets = options.elb === undefined ? undefined : createReadTargets(client, options.elb, options.now === undefined ? {} : {now: options.now});
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

	type Answer = Awaited<ReturnType<FetchEcsWatchData>>;
	type TargetsRead = Awaited<ReturnType<NonNullable<typeof readTargets>>> & {apiCalls: number};
	/**
	 * The targets of the watched services' tasks (their ECS calls, container instances, counted in).
	 * Services not read this time: their target groups are the last ones read.
	 */
	const readScopeTargets = async (services: ServicesRead, tasks: () => readonly TaskRow[] | Promise<readonly TaskRow[]>, signal: AbortSignal) => (
		readTargets === undefined
			? undefined
			: counted(async () => readTargets({cluster: scope.cluster, services: 'described' in services ? services.described : lastServices, tasks: tasks(), signal}))
	);
	const withTargetsRead = (result: Answer, outcome: TargetsRead | undefined): Answer => (outcome === undefined ? result : {
		...result,
		tasks: outcome.tasks,
		apiCalls: result.apiCalls + outcome.apiCalls,
		elbApiCalls: outcome.elbApiCalls,
		...(outcome.targetsError === undefined ? {} : {targetsError: outcome.targetsError}),
	});
	const attachTargets = async (result: Answer, signal: AbortSignal): Promise<Answer> => withTargetsRead(
		result,
		await readScopeTargets(result.servicesError === undefined ? {described: result.services} : {error: result.servicesError}, () => result.tasks, signal),
	);

	const poll = async (signal: AbortSignal, budget?: {intervalMs: number; apiCallsPerSecond: number}): Promise<Answer> => {
		const {lastFullCalls} = memory;
		// Lanes can pay off only where a full listing does not fit in one poll's share (never on the first poll).
		const mayLane = budget !== undefined && lastFullCalls !== null && lastFullCalls > CHEAP_FULL_CALLS
			&& lastFullCalls + lastServiceCalls > callsPerPoll(budget);
		if (!mayLane) {
			// The target groups are read as soon as the services are, while the tasks still are.
			const tasksRead = counted(async () => readTasks(signal));
			const servicesRead = counted(async () => readServices(signal));
			const [taskResult, services, targets] = await Promise.all([
				tasksRead,
				servicesRead,
				servicesRead.then(async (read) => readScopeTargets(read, async () => (await tasksRead).tasks, signal)),
			]);
			rememberFull(memory, taskResult, taskResult.apiCalls);
			lastServiceCalls = services.apiCalls;
			return withTargetsRead(answer(taskResult, services, taskResult.apiCalls + services.apiCalls), targets);
		}

		const services = await counted(async () => readServices(signal));
		lastServiceCalls = services.apiCalls;
		const rolling = 'described' in services ? rolloutServiceNames(lastServices, services.described) : [];
		const described = 'described' in services ? services.described : [];
		const mode = choosePollMode({
			budget, lastFullCalls, serviceCalls: services.apiCalls, rolloutServices: rolling,
			fastCalls: Math.max(estimateFastCalls(described, rolling), memory.lastFastCalls),
		});
		if (mode.kind === 'full') return attachTargets(await full(signal, services, services.apiCalls), signal);
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
		return attachTargets({...answer(lanes, services, lanes.apiCalls + services.apiCalls), refresh}, signal);
	};

	return poll;
}
