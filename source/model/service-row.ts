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
	/** Newest first, as ECS returns them. */
	events: ServiceEventRow[];
	/** When the service was created, ISO 8601. */
	createdAt: string | null;
}
