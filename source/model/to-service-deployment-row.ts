import {parseTaskDefinition} from './arn.js';
import type {EcsServiceDeployment, EcsServiceDeploymentBrief, EcsServiceRevision, EcsServiceRevisionSummary} from './ecs-types.js';
import {toIsoTime} from './iso-time.js';
import {fieldsOrNull, orNull} from './or-null.js';
import type {ServiceDeploymentRow, ServiceRevisionRef} from './service-deployment-row.js';

/** Service revision ARN → `family:revision` of its task definition, from DescribeServiceRevisions. */
export type RevisionTaskDefinitions = ReadonlyMap<string, string>;

const NONE: RevisionTaskDefinitions = new Map();

/** The `family:revision` of every described revision, keyed by its ARN. */
export function revisionTaskDefinitions(revisions: readonly EcsServiceRevision[]): Map<string, string> {
	const byArn = new Map<string, string>();
	for (const revision of revisions) {
		const definition = parseTaskDefinition(revision.taskDefinition);
		if (revision.serviceRevisionArn !== undefined && definition !== null) {
			byArn.set(revision.serviceRevisionArn, definition.taskDefinition);
		}
	}

	return byArn;
}

function toRevisionRef(summary: EcsServiceRevisionSummary, taskDefinitions: RevisionTaskDefinitions): ServiceRevisionRef {
	const arn = summary.arn ?? '';
	return {
		arn,
		taskDefinition: taskDefinitions.get(arn) ?? null,
		...fieldsOrNull(summary, ['requestedTaskCount', 'runningTaskCount', 'pendingTaskCount']),
	};
}

/** The fields a ServiceDeployment and a ServiceDeploymentBrief share, up to the revisions. */
function identityOf(deployment: EcsServiceDeployment | EcsServiceDeploymentBrief): Pick<ServiceDeploymentRow, 'arn' | 'serviceArn' | 'clusterArn' | 'status' | 'statusReason'> {
	return {arn: deployment.serviceDeploymentArn ?? '', ...fieldsOrNull(deployment, ['serviceArn', 'clusterArn', 'status', 'statusReason'])};
}

/**
 * A DescribeServiceDeployments ServiceDeployment as ecswatch keeps it. `taskDefinitions` fills each
 * revision's task definition (revisions not in it keep `taskDefinition: null`).
 */
export function toServiceDeploymentRow(deployment: EcsServiceDeployment, taskDefinitions: RevisionTaskDefinitions = NONE): ServiceDeploymentRow {
	const rollback = deployment.rollback;
	const breaker = deployment.deploymentCircuitBreaker;
	const target = deployment.targetServiceRevision;
	return {
		...identityOf(deployment),
		lifecycleStage: orNull(deployment.lifecycleStage),
		source: (deployment.sourceServiceRevisions ?? []).map(summary => toRevisionRef(summary, taskDefinitions)),
		target: target === undefined ? null : toRevisionRef(target, taskDefinitions),
		rollback: rollback === undefined ? null : {
			reason: orNull(rollback.reason),
			startedAt: toIsoTime(rollback.startedAt),
			serviceRevisionArn: orNull(rollback.serviceRevisionArn),
		},
		circuitBreaker: breaker === undefined ? null : fieldsOrNull(breaker, ['status', 'failureCount', 'threshold']),
		createdAt: toIsoTime(deployment.createdAt),
		startedAt: toIsoTime(deployment.startedAt),
		finishedAt: toIsoTime(deployment.finishedAt),
		stoppedAt: toIsoTime(deployment.stoppedAt),
		updatedAt: toIsoTime(deployment.updatedAt),
	};
}

/**
 * A ListServiceDeployments ServiceDeploymentBrief as a row, for a deployment DescribeServiceDeployments
 * did not describe: no source revisions, no counts, no rollback or circuit-breaker details.
 */
export function briefToServiceDeploymentRow(brief: EcsServiceDeploymentBrief, taskDefinitions: RevisionTaskDefinitions = NONE): ServiceDeploymentRow {
	const target = brief.targetServiceRevisionArn;
	return {
		...identityOf(brief),
		lifecycleStage: null,
		source: [],
		target: target === undefined ? null : toRevisionRef({arn: target}, taskDefinitions),
		rollback: null,
		circuitBreaker: null,
		createdAt: toIsoTime(brief.createdAt),
		startedAt: toIsoTime(brief.startedAt),
		finishedAt: toIsoTime(brief.finishedAt),
		stoppedAt: null,
		updatedAt: null,
	};
}

/** Every service revision ARN the deployments name (sources, targets, rollbacks), each once. */
export function revisionArnsOf(deployments: readonly EcsServiceDeployment[]): string[] {
	const arns = new Set<string>();
	for (const deployment of deployments) {
		for (const summary of [...(deployment.sourceServiceRevisions ?? []), deployment.targetServiceRevision]) {
			if (summary?.arn !== undefined && summary.arn !== '') arns.add(summary.arn);
		}

		const rollback = deployment.rollback?.serviceRevisionArn;
		if (rollback !== undefined && rollback !== '') arns.add(rollback);
	}

	return [...arns];
}
