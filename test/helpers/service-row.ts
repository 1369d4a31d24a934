import type {ServiceDeploymentRow, ServiceRevisionRef} from '../../source/model/service-deployment-row.js';
import type {DeploymentRow, ServiceRow, TaskSetRow} from '../../source/model/service-row.js';

let counter = 0;

/** A deployment with every optional field null, a generated `ecs-svc/<n>` id and status PRIMARY. */
export function makeDeployment(overrides: Partial<DeploymentRow> = {}): DeploymentRow {
	counter += 1;
	return {
		id: `ecs-svc/${String(1000 + counter)}`,
		status: 'PRIMARY',
		taskDefinition: null,
		rolloutState: null,
		rolloutStateReason: null,
		desiredCount: null,
		runningCount: null,
		pendingCount: null,
		failedTasks: null,
		launchType: null,
		createdAt: null,
		updatedAt: null,
		...overrides,
	};
}

/** A task set with every optional field null, a generated `ecs-svc/<n>` id and status PRIMARY. */
export function makeTaskSet(overrides: Partial<TaskSetRow> = {}): TaskSetRow {
	counter += 1;
	return {
		id: `ecs-svc/${String(5000 + counter)}`,
		taskSetArn: null,
		status: 'PRIMARY',
		taskDefinition: null,
		computedDesiredCount: null,
		runningCount: null,
		pendingCount: null,
		scale: null,
		stabilityStatus: null,
		externalId: null,
		startedBy: null,
		createdAt: null,
		updatedAt: null,
		...overrides,
	};
}

/** A service revision reference with no task definition and no counts unless given. */
export function makeRevisionRef(overrides: Partial<ServiceRevisionRef> = {}): ServiceRevisionRef {
	counter += 1;
	return {
		arn: `arn:aws:ecs:us-east-1:123456789012:service-revision/test/web/${String(9000 + counter)}`,
		taskDefinition: null,
		requestedTaskCount: null,
		runningTaskCount: null,
		pendingTaskCount: null,
		...overrides,
	};
}

/** A service deployment of `web`, IN_PROGRESS, with no revisions unless given. */
export function makeServiceDeployment(overrides: Partial<ServiceDeploymentRow> = {}): ServiceDeploymentRow {
	counter += 1;
	return {
		arn: `arn:aws:ecs:us-east-1:123456789012:service-deployment/test/web/sd${String(counter)}`,
		serviceArn: 'arn:aws:ecs:us-east-1:123456789012:service/test/web',
		clusterArn: 'arn:aws:ecs:us-east-1:123456789012:cluster/test',
		status: 'IN_PROGRESS',
		statusReason: null,
		lifecycleStage: null,
		source: [],
		target: null,
		rollback: null,
		circuitBreaker: null,
		createdAt: null,
		startedAt: null,
		finishedAt: null,
		stoppedAt: null,
		updatedAt: null,
		...overrides,
	};
}

/** A service named `web` (ARN derived from the name) with no deployments and no events unless given. */
export function makeServiceRow(overrides: Partial<ServiceRow> = {}): ServiceRow {
	const serviceName = overrides.serviceName ?? 'web';
	return {
		serviceArn: `arn:aws:ecs:us-east-1:123456789012:service/test/${serviceName}`,
		serviceName,
		clusterArn: 'arn:aws:ecs:us-east-1:123456789012:cluster/test',
		status: 'ACTIVE',
		desiredCount: null,
		runningCount: null,
		pendingCount: null,
		launchType: 'FARGATE',
		capacityProviders: [],
		taskDefinition: null,
		minimumHealthyPercent: null,
		maximumPercent: null,
		circuitBreaker: null,
		deployments: [],
		controller: 'ECS',
		taskSets: [],
		loadBalancers: [],
		events: [],
		createdAt: null,
		...overrides,
	};
}
