import type {DeploymentRow, ServiceRow} from '../../source/model/service-row.js';

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
		events: [],
		createdAt: null,
		...overrides,
	};
}
