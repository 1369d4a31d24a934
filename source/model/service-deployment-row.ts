/**
 * A service deployment as ListServiceDeployments / DescribeServiceDeployments report it (the ECS
 * console's Deployments tab; service deployments and revisions exist for deployments started on
 * or after 25 October 2024). Absent values are `null`; times ISO 8601.
 */

/** A service revision a deployment moves from (source) or to (target), with its task counts. */
export interface ServiceRevisionRef {
	arn: string;
	/** `family:revision` of the revision's task definition, once DescribeServiceRevisions told it. */
	taskDefinition: string | null;
	requestedTaskCount: number | null;
	runningTaskCount: number | null;
	pendingTaskCount: number | null;
}

export interface ServiceDeploymentRow {
	arn: string;
	serviceArn: string | null;
	clusterArn: string | null;
	/**
	 * PENDING, IN_PROGRESS, SUCCESSFUL, STOPPED, STOP_REQUESTED, ROLLBACK_REQUESTED,
	 * ROLLBACK_IN_PROGRESS, ROLLBACK_SUCCESSFUL or ROLLBACK_FAILED.
	 */
	status: string | null;
	statusReason: string | null;
	/** RECONCILE_SERVICE, PRE_SCALE_UP, SCALE_UP, …, BAKE_TIME, CLEAN_UP. */
	lifecycleStage: string | null;
	source: ServiceRevisionRef[];
	target: ServiceRevisionRef | null;
	/** Set once ECS started rolling back: why, when, and the (earlier, successful) revision it deploys. */
	rollback: {reason: string | null; startedAt: string | null; serviceRevisionArn: string | null} | null;
	circuitBreaker: {status: string | null; failureCount: number | null; threshold: number | null} | null;
	createdAt: string | null;
	startedAt: string | null;
	finishedAt: string | null;
	stoppedAt: string | null;
	updatedAt: string | null;
}
