import type {ClusterState} from './cluster-state.js';
import type {TaskState} from './task-state.js';
import type {WireRecord} from './world-api.js';

const pending = new Set(['PROVISIONING', 'PENDING', 'ACTIVATING']);

/** Renders a cluster as DescribeClusters returns it, with its live task counts. */
export function describeClusterRecord(cluster: ClusterState, tasks: Iterable<TaskState>): WireRecord {
	let running = 0;
	let pendingCount = 0;
	for (const task of tasks) {
		if (task.clusterArn !== cluster.arn) continue;
		if (task.lastStatus === 'RUNNING') running++;
		else if (pending.has(task.lastStatus) && task.desiredStatus === 'RUNNING') pendingCount++;
	}

	return {
		clusterArn: cluster.arn,
		clusterName: cluster.name,
		status: 'ACTIVE',
		registeredContainerInstancesCount: cluster.containerInstances.length,
		runningTasksCount: running,
		pendingTasksCount: pendingCount,
		activeServicesCount: cluster.services.size,
		statistics: [],
		tags: [],
		settings: [{name: 'containerInsights', value: 'disabled'}],
		capacityProviders: ['FARGATE', 'FARGATE_SPOT'],
		defaultCapacityProviderStrategy: [],
	};
}
