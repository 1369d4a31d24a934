import type {ECSClient} from '@aws-sdk/client-ecs';
import type {ServiceRow} from '../model/service-row.js';
import type {TaskRow} from '../model/task-row.js';
import {mapWithConcurrency} from './concurrency.js';
import type {AttachLatestDeployments} from './fetch-latest-deployments.js';
import {describeServices, listServiceArns} from './fetch-services.js';
import {describeTasks} from './fetch-tasks.js';
import {LIST_CONCURRENCY, listAllTaskArns, type DesiredStatus} from './list-task-arns.js';
import type {ReadTargets} from './read-targets.js';

export interface StatusScope {
	cluster: string;
	/** Names or ARNs; every service of the cluster when absent or empty. */
	services?: readonly string[] | undefined;
	/** Also list and describe the tasks ECS keeps after they stop (about an hour), for their stop reasons. */
	stopped: boolean;
	signal?: AbortSignal | undefined;
	/** Sets each service's `latestDeployment` (ListServiceDeployments), so the rollout's state is named exactly. */
	attachLatest?: AttachLatestDeployments | undefined;
	/**
	 * Sets the `targets` of the tasks of services with target groups (ecs/read-targets.ts
	 * `createReadTargets`, made once and reused across looks so that it caches what does not change).
	 */
	targets?: ReadTargets | undefined;
}

export interface ServiceStatusData {
	service: ServiceRow;
	/** Tasks of the service with desired status RUNNING (pending and running ones). */
	running: TaskRow[];
	/** Tasks of the service with desired status STOPPED (stopping and stopped); [] unless asked for. */
	stopped: TaskRow[];
}

export interface StatusData {
	/** In the order asked (else the order ListServices gave), each service once. */
	services: ServiceStatusData[];
	/** The names or ARNs asked for that DescribeServices did not find. */
	missing: string[];
	/** Why the load-balancer targets could not be read (the tasks could): the tasks then have their last targets, or none. */
	targetsError?: unknown;
	/** ELBv2 requests this look sent, when `targets` was given. */
	elbApiCalls?: number;
}

/**
 * One look at some services (or all of a cluster's): DescribeServices in chunks of 10, then their
 * tasks, desired RUNNING and (with `stopped`) STOPPED. Named services list their own tasks
 * (ListTasks `serviceName`); a whole cluster lists its tasks once, cluster-wide, and sorts them
 * out by their `group`, which costs far fewer calls than one listing per service.
 * Rejects on any ECS API error; with `targets`, a failure to read the targets is `targetsError`.
 */
export async function fetchStatusData(client: ECSClient, scope: StatusScope): Promise<StatusData> {
	const named = scope.services !== undefined && scope.services.length > 0 ? scope.services : undefined;
	const {signal, cluster} = scope;
	const keys = named ?? (await listServiceArns(client, {cluster, signal})) ?? [];
	const described = keys.length === 0 ? [] : await describeServices(client, {cluster, services: keys, signal});
	const rows = scope.attachLatest === undefined || described.length === 0 ? described : await scope.attachLatest(cluster, described, signal);
	const missing = named === undefined ? [] : named.filter(key => !rows.some(row => row.serviceName === key || row.serviceArn === key));
	if (rows.length === 0) {
		return {services: [], missing};
	}

	const statuses: DesiredStatus[] = scope.stopped ? ['RUNNING', 'STOPPED'] : ['RUNNING'];
	const listings = named === undefined
		? statuses.map(desiredStatus => ({desiredStatus}))
		: rows.flatMap(row => statuses.map(desiredStatus => ({desiredStatus, serviceName: row.serviceName})));
	const arns = (await mapWithConcurrency(listings, LIST_CONCURRENCY, async listing => listAllTaskArns(client, {cluster, signal, ...listing}))).flat();
	const describedTasks = arns.length === 0 ? [] : (await describeTasks(client, {cluster, taskArns: [...new Set(arns)], signal})).tasks;
	const outcome = scope.targets === undefined ? undefined : await scope.targets({cluster, services: rows, tasks: describedTasks, signal});
	const tasks = outcome?.tasks ?? describedTasks;
	const byService = new Map<string, TaskRow[]>();
	for (const task of tasks) {
		if (task.service !== null) byService.set(task.service, [...(byService.get(task.service) ?? []), task]);
	}

	return {
		services: rows.map(service => {
			const mine = byService.get(service.serviceName) ?? [];
			return {
				service,
				running: mine.filter(task => task.desiredStatus !== 'STOPPED'),
				stopped: scope.stopped ? mine.filter(task => task.desiredStatus === 'STOPPED') : [],
			};
		}),
		missing,
		...(outcome === undefined ? {} : {elbApiCalls: outcome.elbApiCalls}),
		...(outcome?.targetsError === undefined ? {} : {targetsError: outcome.targetsError}),
	};
}
