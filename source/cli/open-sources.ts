import {countFetchRequests} from '../ecs/call-counter.js';
import type {EcsClient} from '../ecs/client.js';
import type {FetchLogs} from '../ecs/fetch-logs.js';
import type {LogsClient} from '../ecs/logs-client.js';
import type {ElbClient} from '../ecs/elb-client.js';
import {isRetryableLater} from '../ecs/transient-error.js';
import {fetchDeploymentHistory} from '../ecs/fetch-deployment-history.js';
import {createFetchClusters} from '../ecs/fetch-clusters.js';
import {createFetchServiceList} from '../ecs/fetch-service-list.js';
import {createFetchTask} from '../ecs/fetch-task.js';
import {createFetchTaskJson} from '../ecs/fetch-task-json.js';
import {createFetchWatchData} from '../ecs/fetch-watch-data.js';
import type {Sources} from '../ui/stack/sources.js';
import {createPoller} from '../watch/poller.js';
import {stamp, type ServiceListData} from '../watch/screen-data.js';
import type {ServiceRow} from '../model/service-row.js';
import {createTaskPoller} from '../watch/task-poller.js';
import {createLogTail} from '../watch/log-tail.js';
import type {FirstPoll} from './first-poll.js';
import {DEFAULT_LOG_CAPACITY} from '../model/logs/log-ring.js';

export interface SourceOptions {
	intervalMs: number;
	/** The clock the data lives by (the demo simulator's runs fast). */
	now: () => number;
	/** The CloudWatch Logs client of a Region (null: the ECS client's), for the logs screen. */
	logsClient: (region: string | null) => Promise<LogsClient>;
	/** The ELBv2 client, for the target health of watched services behind a load balancer; none: no targets read. */
	elbClient?: (() => Promise<ElbClient>) | undefined;
	/** The opening grid's first poll, already under way (cli/first-poll.ts). */
	firstPoll?: FirstPoll | undefined;
}

/** A services poll, or the part of one that has arrived (it has no call count yet). */
type ServiceListResult = {services: ServiceRow[]; apiCalls?: number};

/**
 * A deployment history changes once a deployment, and one poll costs a list and a describe call
 * per 20 deployments (and as many for their revisions): polled slowly, the newest 100 only.
 */
export const HISTORY_INTERVAL_MS = 30_000;
export const HISTORY_LIMIT = 100;

/** The screens' data sources: one poller per screen, each over its ECS fetch. */
export function openSources(client: EcsClient, {intervalMs, now, logsClient, elbClient, firstPoll}: SourceOptions): Sources {
	// Errors retrying cannot fix (credentials, access, an unknown cluster) stop the backoff and say so.
	const timing = {intervalMs, now, retryable: isRetryableLater};
	return {
		clusters: () => createPoller({...timing, fetch: createFetchClusters(client), accept: stamp}),
		services: cluster => createPoller<ServiceListResult, ServiceListData>({...timing, fetch: createFetchServiceList(client, cluster), accept: stamp}),
		tasks: scope => createTaskPoller({
			...timing,
			fetch: firstPoll?.claim(scope) ?? createFetchWatchData(client, scope, elbClient === undefined ? {now} : {elb: elbClient, now}),
		}),
		task: (cluster, taskArn) => createPoller({...timing, fetch: createFetchTask(client, cluster, taskArn), accept: stamp}),
		taskJson: (cluster, taskArn) => createPoller({...timing, fetch: createFetchTaskJson(client, cluster, taskArn), accept: stamp}),
		deploymentHistory(cluster, service) {
			const counted = countFetchRequests(client);
			return createPoller({
				intervalMs: Math.max(intervalMs, HISTORY_INTERVAL_MS),
				now,
				retryable: isRetryableLater,
				fetch: async signal => counted(async () => ({deployments: await fetchDeploymentHistory(client, {cluster, service, signal, limit: HISTORY_LIMIT})})),
				accept: stamp,
			});
		},
		logs(scope) {
			// The Logs SDK is loaded when a logs screen first polls: a session without one never pays for it.
			let fetch: FetchLogs | undefined;
			return createLogTail({
				now,
				retryable: isRetryableLater,
				async fetch(signal) {
					// A stream is first read newest first, as much as the screen keeps: a busy one shows its latest lines at once.
					fetch ??= (await import('../ecs/fetch-logs.js')).createFetchLogs({ecs: client, logs: logsClient}, scope, {now, newestFirst: DEFAULT_LOG_CAPACITY});
					return fetch(signal);
				},
			});
		},
	};
}
