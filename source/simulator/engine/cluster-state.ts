import type {ContainerInstance, Subnet} from './network.js';
import type {CapacityProviderItem, ServiceState} from './service-state.js';

export interface KeyValue {
	name: string;
	value: string;
}

export interface ClusterState {
	name: string;
	arn: string;
	createdAt: number;
	subnets: Subnet[];
	/** EC2 instances registered with the cluster (none in a Fargate-only cluster). */
	containerInstances: ContainerInstance[];
	services: Map<string, ServiceState>;
	/** FARGATE, FARGATE_SPOT and Auto Scaling group providers, as DescribeClusters lists them. */
	capacityProviders: string[];
	defaultCapacityProviderStrategy: CapacityProviderItem[];
	/** containerInsights. */
	settings: KeyValue[];
	tags: Array<{key: string; value: string}>;
	/** One `as_policy` attachment per Auto Scaling group provider (DescribeClusters include ATTACHMENTS). */
	attachments: Array<{id: string; type: string; status: string; details: KeyValue[]}>;
}
