import {lastArnSegment} from './arn.js';
import type {ClusterRow} from './cluster-row.js';
import type {EcsKeyValuePair, Maybe} from './ecs-types.js';
import {orNull} from './or-null.js';

/** The parts of a DescribeClusters cluster the model reads, shaped like the SDK's `Cluster`. */
export interface EcsCluster {
	clusterArn?: Maybe<string>;
	clusterName?: Maybe<string>;
	status?: Maybe<string>;
	registeredContainerInstancesCount?: Maybe<number>;
	runningTasksCount?: Maybe<number>;
	pendingTasksCount?: Maybe<number>;
	activeServicesCount?: Maybe<number>;
	statistics?: Maybe<EcsKeyValuePair[]>;
	capacityProviders?: Maybe<string[]>;
}

/** Flattens a DescribeClusters cluster into the row ecswatch lists. Absent values become null. */
export function toClusterRow(cluster: EcsCluster): ClusterRow {
	const clusterArn = cluster.clusterArn ?? '';
	const statistics = new Map<string, string>();
	for (const {name, value} of cluster.statistics ?? []) {
		if (name !== undefined && value !== undefined) {
			statistics.set(name, value);
		}
	}

	return {
		clusterArn,
		clusterName: cluster.clusterName ?? lastArnSegment(clusterArn),
		status: orNull(cluster.status),
		runningTasks: orNull(cluster.runningTasksCount),
		pendingTasks: orNull(cluster.pendingTasksCount),
		activeServices: orNull(cluster.activeServicesCount),
		containerInstances: orNull(cluster.registeredContainerInstancesCount),
		capacityProviders: [...(cluster.capacityProviders ?? [])],
		statistics,
	};
}
