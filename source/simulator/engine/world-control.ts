import type {DeploymentConfiguration, ServiceLoadBalancer} from './service-state.js';
import type {RegisterTaskDefinitionInput, TaskBehaviour} from './task-definitions.js';
import type {WireRecord} from './world-api.js';

export interface CreateServiceInput {
	serviceName: string;
	taskDefinition: string;
	desiredCount: number;
	/** Give a launch type or a capacity provider strategy, never both (FARGATE when neither). */
	launchType?: 'FARGATE' | 'EC2';
	capacityProviderStrategy?: Array<{capacityProvider: string; weight?: number; base?: number}>;
	/** Subnet ids for awsvpc tasks (default: every subnet of the cluster). */
	subnets?: string[];
	deploymentConfiguration?: Partial<DeploymentConfiguration>;
	tags?: Array<{key: string; value: string}>;
	/** ECS (rolling, the default), CODE_DEPLOY (blue/green) or EXTERNAL: the last two run task sets. */
	deploymentController?: {type: 'ECS' | 'CODE_DEPLOY' | 'EXTERNAL'};
	/** Target groups the tasks register in (each must exist in the world's ELB). */
	loadBalancers?: ServiceLoadBalancer[];
	/** CODE_DEPLOY: the deployment group's second target group for each of `loadBalancers`. */
	alternateTargetGroupArns?: string[];
}

/** The test and demo handles on a world, beyond what the ECS API offers. */
export interface WorldControl {
	/** The default cluster's name ('demo'). */
	clusterName(): string;
	registerTaskDefinition(input: RegisterTaskDefinitionInput): WireRecord;
	/** Makes future tasks of that revision behave this way (tasks already started keep theirs). */
	setTaskDefinitionBehaviour(taskDefinition: string, behaviour: TaskBehaviour): void;
	createService(cluster: string, input: CreateServiceInput): WireRecord;
	/** DeleteService: `force` for a service still scaled above 0; DRAINING, then INACTIVE. */
	deleteService(cluster: string, service: string, force?: boolean): WireRecord;
	/** The cluster's subnets, one per Availability Zone. */
	subnets(cluster: string): Array<{subnetId: string; availabilityZone: string; cidrBlock: string}>;
	containerInstanceArns(cluster: string): string[];
	/** Advances the state machines to the clock's time (every read does this by itself). */
	sync(): void;
	/**
	 * Runs `action` once the world reaches simulated time `at`, in order with the world's own
	 * transitions, as if the clock read `at` (so API calls made by it are stamped `at`).
	 */
	schedule(at: number, action: () => void): void;
}
