import type {ContainerInstance, Subnet} from './network.js';
import type {ServiceState} from './service-state.js';

export interface ClusterState {
	name: string;
	arn: string;
	createdAt: number;
	subnets: Subnet[];
	containerInstances: ContainerInstance[];
	services: Map<string, ServiceState>;
}
