import {batchOf, describeClustersRule, invalidParameter, pageSize} from './api-checks.js';
import {clusterToWire} from './cluster-wire.js';
import type {DescribeClustersInput, ListClustersInput} from './ecs-api.js';
import {pageOf, pageRecord} from './page-token.js';
import type {WireRecord} from './world-api.js';
import {lastSegment} from '../last-segment.js';
import type {SimulatedWorld} from './world.js';

/** ListClusters: pages of up to 100 (the default and the maximum, API reference). */
export function listClusters(world: SimulatedWorld, input: ListClustersInput): WireRecord {
	const size = pageSize(input.maxResults, 100);
	return pageRecord('clusterArns', pageOf('clusters', world.listClusterArns(), size, input.nextToken));
}

/** DescribeClusters: up to 100 names or ARNs (`default` when none), unknown ones MISSING. */
export function describeClusters(world: SimulatedWorld, input: DescribeClustersInput): WireRecord {
	// An empty list is taken as none given (unverified: ECS's answer to `clusters: []` is not documented).
	const requested = input.clusters === undefined || input.clusters.length === 0 ? ['default'] : input.clusters;
	const names = batchOf(requested, describeClustersRule);
	if (names.some(name => name.trim() === '')) throw invalidParameter('Clusters can not be blank.');
	world.sync();
	const include = input.include ?? [];
	const clusters: WireRecord[] = [];
	const failures: WireRecord[] = [];
	for (const name of names) {
		const cluster = world.clusters.get(lastSegment(name));
		if (cluster && (!name.startsWith('arn:') || name === cluster.arn)) {
			clusters.push(clusterToWire(cluster, world.lifecycle.tasks.values(), include));
		} else {
			const arn = name.startsWith('arn:') ? name : `arn:aws:ecs:${world.region}:${world.accountId}:cluster/${lastSegment(name)}`;
			failures.push({arn, reason: 'MISSING'});
		}
	}

	return {clusters, failures};
}
