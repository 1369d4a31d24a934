import type {ClusterState} from './cluster-state.js';
import {serviceLaunchType} from './service-state.js';
import type {TaskState} from './task-state.js';
import type {Json, WireRecord} from './world-api.js';

const pending = new Set(['PROVISIONING', 'PENDING', 'ACTIVATING']);

interface Counts {
	running: number;
	pending: number;
	runningEc2: number;
	pendingEc2: number;
	activeEc2Services: number;
	/** ACTIVE services: DRAINING and INACTIVE ones are not counted. */
	activeServices: number;
}

function countsOf(cluster: ClusterState, tasks: Iterable<TaskState>): Counts {
	const counts: Counts = {running: 0, pending: 0, runningEc2: 0, pendingEc2: 0, activeEc2Services: 0, activeServices: 0};
	for (const task of tasks) {
		if (task.clusterArn !== cluster.arn) continue;
		const ec2 = task.launchType === 'EC2';
		if (task.lastStatus === 'RUNNING') {
			counts.running++;
			if (ec2) counts.runningEc2++;
		} else if (pending.has(task.lastStatus) && task.desiredStatus === 'RUNNING') {
			counts.pending++;
			if (ec2) counts.pendingEc2++;
		}
	}

	for (const service of cluster.services.values()) {
		if (service.lifecycle !== undefined) continue;
		counts.activeServices++;
		if (serviceLaunchType(service.launch) === 'EC2') counts.activeEc2Services++;
	}

	return counts;
}

/**
 * DescribeClusters' `statistics` with include STATISTICS: names, order and string values as in a
 * published real response (grucloud's ECS Cluster page, a live eu-west-2 cluster). External tasks
 * and draining services do not exist in the simulator: those counts are 0. (A 2025 emulator also
 * lists ManagedInstances counts; unverified against ECS, so left out.)
 */
function statistics(cluster: ClusterState, counts: Counts): Json[] {
	const services = counts.activeServices;
	const values: Array<[string, number]> = [
		['runningEC2TasksCount', counts.runningEc2],
		['runningFargateTasksCount', counts.running - counts.runningEc2],
		['pendingEC2TasksCount', counts.pendingEc2],
		['pendingFargateTasksCount', counts.pending - counts.pendingEc2],
		['runningExternalTasksCount', 0],
		['pendingExternalTasksCount', 0],
		['activeEC2ServiceCount', counts.activeEc2Services],
		['activeFargateServiceCount', services - counts.activeEc2Services],
		['drainingEC2ServiceCount', 0],
		['drainingFargateServiceCount', 0],
		['activeExternalServiceCount', 0],
		['drainingExternalServiceCount', 0],
	];
	return values.map(([name, value]) => ({name, value: String(value)}));
}

/**
 * Renders a cluster as DescribeClusters returns it, with its live counts. As in the AWS CLI's
 * published `describe-clusters --include ATTACHMENTS` output, `statistics`, `tags` and `settings` are
 * empty lists unless asked for, and `attachments` appear only with ATTACHMENTS. Unverified: the
 * `configuration` given with CONFIGURATIONS, and `attachments: []` for a cluster without an Auto
 * Scaling group provider.
 */
export function clusterToWire(cluster: ClusterState, tasks: Iterable<TaskState>, include: readonly string[] = []): WireRecord {
	const counts = countsOf(cluster, tasks);
	const record: WireRecord = {
		clusterArn: cluster.arn,
		clusterName: cluster.name,
		status: 'ACTIVE',
		registeredContainerInstancesCount: cluster.containerInstances.length,
		runningTasksCount: counts.running,
		pendingTasksCount: counts.pending,
		activeServicesCount: counts.activeServices,
		statistics: include.includes('STATISTICS') ? statistics(cluster, counts) : [],
		tags: include.includes('TAGS') ? cluster.tags.map(t => ({key: t.key, value: t.value})) : [],
		settings: include.includes('SETTINGS') ? cluster.settings.map(s => ({name: s.name, value: s.value})) : [],
		capacityProviders: [...cluster.capacityProviders],
		defaultCapacityProviderStrategy: cluster.defaultCapacityProviderStrategy.map(item => ({...item})),
	};
	if (include.includes('CONFIGURATIONS')) record['configuration'] = {executeCommandConfiguration: {logging: 'DEFAULT'}};
	if (include.includes('ATTACHMENTS')) {
		record['attachments'] = cluster.attachments.map(a => ({id: a.id, type: a.type, status: a.status, details: a.details.map(d => ({...d}))}));
		if (cluster.attachments.length > 0) record['attachmentsStatus'] = 'UPDATE_COMPLETE';
	}

	return record;
}
