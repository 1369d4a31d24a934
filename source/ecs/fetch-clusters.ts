import {DescribeClustersCommand, type ECSClient, paginateListClusters} from '@aws-sdk/client-ecs';
import {compareClusterRows} from '../model/by-name.js';
import type {ClusterRow} from '../model/cluster-row.js';
import {toClusterRow} from '../model/to-cluster-row.js';
import {countFetchRequests} from './call-counter.js';
import {chunk, mapWithConcurrency} from './concurrency.js';
import {sendOptions} from './send-options.js';

/** ListClusters pages and DescribeClusters calls both take at most 100 clusters. */
export const CLUSTERS_PER_CALL = 100;
/** ListClusters and DescribeClusters share a bucket of 50 burst / 20 per second. */
const DESCRIBE_CONCURRENCY = 4;

export type FetchClusters = (signal: AbortSignal) => Promise<{clusters: ClusterRow[]; apiCalls: number}>;

/** The account's cluster ARNs in the client's Region, all pages. */
async function listClusterArns(client: ECSClient, signal: AbortSignal): Promise<string[]> {
	signal.throwIfAborted();
	const arns = new Set<string>();
	for await (const page of paginateListClusters({client, pageSize: CLUSTERS_PER_CALL}, {}, sendOptions(signal))) {
		for (const arn of page.clusterArns ?? []) {
			arns.add(arn);
		}

		signal.throwIfAborted();
	}

	return [...arns];
}

/**
 * Every cluster of the client's Region, sorted by name: ListClusters (all pages), then
 * DescribeClusters with include STATISTICS, 100 clusters per call. Clusters ECS reports as
 * failures (MISSING: deleted in between) are left out. `apiCalls` counts the client's HTTP
 * requests meanwhile, retries included.
 */
export function createFetchClusters(client: ECSClient): FetchClusters {
	const counted = countFetchRequests(client);
	return async (signal) => counted(async () => {
		const arns = await listClusterArns(client, signal);
		// Never an empty DescribeClusters: without clusters it describes the `default` one.
		const responses = await mapWithConcurrency(chunk(arns, CLUSTERS_PER_CALL), DESCRIBE_CONCURRENCY, async (clusters) => {
			signal.throwIfAborted();
			return client.send(new DescribeClustersCommand({clusters, include: ['STATISTICS']}), sendOptions(signal));
		});
		const byArn = new Map<string, ClusterRow>();
		for (const response of responses) {
			for (const cluster of response.clusters ?? []) {
				const row = toClusterRow(cluster);
				byArn.set(row.clusterArn, row);
			}
		}

		return {clusters: [...byArn.values()].sort(compareClusterRows)};
	});
}
