import type {Subnet} from './network.js';
import type {ServiceHistory} from './service-history.js';
import type {TaskDefinition} from './task-definitions.js';
import type {TaskSetController, TaskSetState} from './task-sets.js';
import type {TaskState} from './task-state.js';

export interface CapacityProviderItem {
	capacityProvider: string;
	weight: number;
	base: number;
}

export type ServiceLaunch = {launchType: 'FARGATE' | 'EC2'} | {capacityProviderStrategy: CapacityProviderItem[]};

/** Tasks placed by FARGATE or FARGATE_SPOT run on Fargate; by an Auto Scaling group provider, on EC2. */
export const providerLaunchType = (provider: string | undefined): 'FARGATE' | 'EC2' =>
	provider === undefined || provider === 'FARGATE' || provider === 'FARGATE_SPOT' ? 'FARGATE' : 'EC2';

/** The launch type a service's tasks get: its own, or its strategy's first provider's. */
export const serviceLaunchType = (launch: ServiceLaunch): 'FARGATE' | 'EC2' =>
	'launchType' in launch ? launch.launchType : providerLaunchType(launch.capacityProviderStrategy[0]?.capacityProvider);

/** A service's (or task set's) load balancer (API_LoadBalancer): its tasks' containerName:containerPort register in the target group. */
export interface ServiceLoadBalancer {
	targetGroupArn: string;
	containerName: string;
	containerPort: number;
}

export interface DeploymentConfiguration {
	minimumHealthyPercent: number;
	maximumPercent: number;
	deploymentCircuitBreaker: {enable: boolean; rollback: boolean};
}

export interface Deployment {
	id: string;
	status: 'PRIMARY' | 'ACTIVE';
	definition: TaskDefinition;
	/**
	 * The PRIMARY's rises from 0 as the scheduler starts its tasks (published UpdateService
	 * responses); an old ACTIVE one keeps its count while it drains.
	 */
	desiredCount: number;
	/** Consecutive failures (API_Deployment.failedTasks): 0 again, and no longer counted, once a task runs healthily. */
	failedTasks: number;
	/** Set once a task of the deployment ran healthily: the circuit breaker stops evaluating it. */
	breakerSettled?: boolean;
	/** The service revision it deploys (a rollback deploys an existing one). */
	revisionArn?: string;
	/** The service deployment (2024 APIs) that created it. */
	serviceDeploymentArn?: string;
	createdAt: number;
	updatedAt: number;
	rolloutState: 'IN_PROGRESS' | 'COMPLETED' | 'FAILED';
	rolloutStateReason: string;
	/** Its tasks not yet removed from the world, in launch order. */
	tasks: Set<TaskState>;
}

export interface ServiceEvent {
	id: string;
	createdAt: number;
	message: string;
}

export interface ServiceState {
	name: string;
	arn: string;
	clusterArn: string;
	desiredCount: number;
	launch: ServiceLaunch;
	subnets: Subnet[];
	securityGroups: string[];
	deploymentConfiguration: DeploymentConfiguration;
	/** PRIMARY first, then older ACTIVE ones. */
	deployments: Deployment[];
	/** Newest first, at most 100. */
	events: ServiceEvent[];
	tags: Array<{key: string; value: string}>;
	createdAt: number;
	/** The task definition of the last deployment that completed: the circuit breaker's rollback target. */
	lastCompleted?: {definition: TaskDefinition; deploymentId: string; revisionArn?: string};
	steady: boolean;
	reconcileAt?: number;
	/** Absent for ACTIVE; DRAINING after DeleteService until its tasks are stopping, then INACTIVE. */
	lifecycle?: 'DRAINING' | 'INACTIVE';
	/** Unhealthy tasks awaiting a replacement, with the replacement once started (ECS starts it first). */
	replacing?: Map<TaskState, TaskState | undefined>;
	/** When the service last said it was unable to place a task. */
	unplacedAt?: number;
	/** Service revisions and service deployments (service-history.ts). */
	history?: ServiceHistory;
	/** CODE_DEPLOY or EXTERNAL (API_DeploymentController); absent for ECS, the rolling controller. */
	controller?: TaskSetController;
	/** Present exactly when `controller` is: the service runs task sets (task-sets.ts), no deployments. */
	taskSets?: TaskSetState[];
	/** Given at CreateService; a rolling service's tasks register in them (service-targets.ts). */
	loadBalancers?: ServiceLoadBalancer[];
	/**
	 * CODE_DEPLOY only: the second target group of the CodeDeploy deployment group, per load balancer
	 * of the service. A replacement task set goes in whichever of the pair the PRIMARY set is not in.
	 */
	alternateTargetGroupArns?: string[];
}

export const maxServiceEvents = 100;

export function primaryOf(service: ServiceState): Deployment {
	const primary = service.deployments[0];
	if (!primary) {
		throw new Error(`service ${service.name} has no deployment`);
	}

	return primary;
}

/** ECS's fixed circuit-breaker threshold: half the desired count, at least 3, at most 200. */
export const failureThreshold = (desiredCount: number): number =>
	Math.min(200, Math.max(3, Math.ceil(desiredCount * 0.5)));
