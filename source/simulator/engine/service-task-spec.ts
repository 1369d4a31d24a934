import type {ClusterState} from './cluster-state.js';
import type {Subnet} from './network.js';
import {chooseProviderBy, leastOf, type PlacementTally} from './placement.js';
import {providerLaunchType, type ServiceLaunch} from './service-state.js';
import type {TaskDefinition} from './task-definitions.js';
import type {LaunchSpec} from './task-lifecycle.js';

/** What a service task is started for: a rolling deployment or a task set, with where its tasks go. */
export interface TaskOwner {
	/** The deployment's or task set's id: the task's startedBy and deploymentId. */
	id: string;
	definition: TaskDefinition;
	launch: ServiceLaunch;
	subnets: Subnet[];
}

/**
 * The spec of a new task of the service for `owner`, placed where `tally` says it spreads best:
 * its capacity provider by the strategy, then the container instance (EC2) or the subnet (Fargate)
 * with the fewest tasks. An EC2 task with no container instance to go to has no `containerInstance`.
 */
export function serviceTaskSpec(cluster: ClusterState, serviceName: string, owner: TaskOwner, tally: PlacementTally): LaunchSpec {
	const spec: LaunchSpec = {
		definition: owner.definition,
		clusterArn: cluster.arn,
		clusterName: cluster.name,
		launchType: 'FARGATE',
		group: `service:${serviceName}`,
		startedBy: owner.id,
		serviceName,
		deploymentId: owner.id,
		tags: [{key: 'aws:ecs:serviceName', value: serviceName}, {key: 'aws:ecs:clusterName', value: cluster.name}],
	};
	if ('launchType' in owner.launch) {
		spec.launchType = owner.launch.launchType;
	} else {
		spec.capacityProviderName = chooseProviderBy(owner.launch.capacityProviderStrategy, tally.providers);
		spec.launchType = providerLaunchType(spec.capacityProviderName);
	}

	if (spec.launchType === 'EC2') {
		const instance = leastOf(cluster.containerInstances, tally.instances);
		if (instance) {
			spec.containerInstance = instance;
			const subnet = cluster.subnets.find(s => s.id === instance.subnetId);
			if (subnet && owner.definition.networkMode === 'awsvpc') spec.subnet = subnet;
		}
	} else {
		const subnet = leastOf(owner.subnets, tally.subnets);
		if (subnet) spec.subnet = subnet;
	}

	return spec;
}
