import type {ServiceLoadBalancer} from './targets/task-target.js';
import type {ServiceDeploymentRow} from './service-deployment-row.js';

/** A service and its deployments as ecswatch shows them. Absent values are `null`; times ISO 8601. */

export interface DeploymentRow {
	id: string;
	/** PRIMARY, ACTIVE or INACTIVE. */
	status: string | null;
	taskDefinition: string | null;
	rolloutState: string | null;
	rolloutStateReason: string | null;
	desiredCount: number | null;
	runningCount: number | null;
	pendingCount: number | null;
	failedTasks: number | null;
	launchType: string | null;
	createdAt: string | null;
	updatedAt: string | null;
}

export interface ServiceEventRow {
	id: string;
	createdAt: string | null;
	message: string;
}

/**
 * A task set of a CODE_DEPLOY (blue/green) or EXTERNAL service: such services report their progress
 * here and have no (or an empty) `deployments` list. `status` is PRIMARY, ACTIVE or DRAINING.
 */
export interface TaskSetRow {
	id: string;
	taskSetArn: string | null;
	status: string | null;
	/** The task definition ARN, as ECS gives it. */
	taskDefinition: string | null;
	computedDesiredCount: number | null;
	runningCount: number | null;
	pendingCount: number | null;
	/** `{value: 100, unit: 'PERCENT'}`; null when absent. */
	scale: {value: number | null; unit: string | null} | null;
	/** STEADY_STATE or STABILIZING. */
	stabilityStatus: string | null;
	externalId: string | null;
	startedBy: string | null;
	createdAt: string | null;
	updatedAt: string | null;
}

export interface ServiceRow {
	serviceArn: string;
	serviceName: string;
	clusterArn: string | null;
	status: string | null;
	desiredCount: number | null;
	runningCount: number | null;
	pendingCount: number | null;
	launchType: string | null;
	capacityProviders: string[];
	taskDefinition: string | null;
	minimumHealthyPercent: number | null;
	maximumPercent: number | null;
	circuitBreaker: {enable: boolean; rollback: boolean} | null;
	deployments: DeploymentRow[];
	/** `deploymentController.type`: ECS (rolling), CODE_DEPLOY (blue/green) or EXTERNAL; null when absent (ECS). */
	controller: string | null;
	/** Task sets of a CODE_DEPLOY or EXTERNAL service, as ECS lists them; `[]` for rolling services. */
	taskSets: TaskSetRow[];
	/**
	 * The newest service deployment (ListServiceDeployments + DescribeServiceDeployments), fetched
	 * for watched services only: undefined when not fetched, null when ECS reported none.
	 */
	latestDeployment?: ServiceDeploymentRow | null | undefined;
	/** DescribeServices' `loadBalancers`: the target groups its tasks register in; `[]` for none. */
	loadBalancers: ServiceLoadBalancer[];
	/** Newest first, as ECS returns them. */
	events: ServiceEventRow[];
	/** When the service was created, ISO 8601. */
	createdAt: string | null;
}
