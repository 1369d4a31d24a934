import type {ClusterState} from './cluster-state.js';
import {createSubnet} from './network.js';
import type {CapacityProviderItem} from './service-state.js';
import {providerLaunchType} from './service-state.js';
import type {SimulatedWorld} from './world.js';

export interface ClusterSpec {
	name: string;
	createdAt: number;
	/** The second octet of the cluster's VPC, 10.<vpc>.0.0/16: one /20 subnet per zone. */
	vpc: number;
	/** Availability Zones (and subnets), a, b, c… (default 3). */
	zones?: number;
	/** Registered EC2 container instances, spread over the zones (default 0). */
	instances?: number;
	capacityProviders: string[];
	defaultCapacityProviderStrategy?: CapacityProviderItem[];
	containerInsights?: 'enabled' | 'disabled';
	tags?: Array<{key: string; value: string}>;
}

/** Adds an empty cluster to the world: its subnets, container instances and capacity providers. */
export function addCluster(world: SimulatedWorld, spec: ClusterSpec): ClusterState {
	const {region, accountId, prng} = world;
	const zones = ['a', 'b', 'c', 'd', 'e', 'f'].slice(0, spec.zones ?? 3).map(letter => `${region}${letter}`);
	const subnets = zones.map((zone, index) => createSubnet(`subnet-${prng.hex(17)}`, zone, `10.${spec.vpc}.${index * 16}.0/20`));
	const containerInstances = Array.from({length: spec.instances ?? 0}, (_, index) => {
		const subnet = subnets[index % subnets.length]!;
		return {
			arn: `arn:aws:ecs:${region}:${accountId}:container-instance/${spec.name}/${prng.hex(32)}`,
			ec2InstanceId: `i-${prng.hex(17)}`,
			availabilityZone: subnet.availabilityZone,
			subnetId: subnet.id,
			nextHostPort: 32_768,
			freePorts: [],
		};
	});
	const attachments = spec.capacityProviders
		.filter(provider => providerLaunchType(provider) === 'EC2')
		.map(provider => ({
			id: prng.uuid(),
			type: 'as_policy',
			status: 'CREATED',
			details: [
				{name: 'capacityProviderName', value: provider},
				{name: 'scalingPolicyName', value: `ECSManagedAutoScalingPolicy-${prng.uuid()}`},
			],
		}));
	const cluster: ClusterState = {
		name: spec.name,
		arn: `arn:aws:ecs:${region}:${accountId}:cluster/${spec.name}`,
		createdAt: spec.createdAt,
		subnets,
		containerInstances,
		services: new Map(),
		capacityProviders: [...spec.capacityProviders],
		defaultCapacityProviderStrategy: spec.defaultCapacityProviderStrategy ?? [],
		settings: [{name: 'containerInsights', value: spec.containerInsights ?? 'disabled'}],
		tags: spec.tags ?? [],
		attachments,
	};
	world.clusters.set(spec.name, cluster);
	return cluster;
}
