import {parseTaskDefinition} from './arn.js';
import {rollbackInEvents, mentionsRollback} from './rollback-in-events.js';
import {atCount, countsOf, nameOf, primaryOf, replacedBy, type Lane} from './rollout-lane.js';
import type {RolloutState} from './rollout-state.js';
import {sanitize} from './sanitize.js';
import type {DeploymentRow, ServiceRow} from './service-row.js';

/** The state from the deployments, as ECS's rolling update reports them. */
export function rollingDeploymentState(service: ServiceRow, lanes: readonly Lane[], tasksLoaded: boolean): RolloutState {
	const primary = primaryOf(lanes);
	if (primary === undefined) {
		return atCount(service.runningCount ?? 0, service.desiredCount ?? 0);
	}

	const target = nameOf(primary);
	const counts = countsOf(primary, tasksLoaded);
	// An INACTIVE failed deployment still explains a rollback, so look at every deployment here.
	const failed = service.deployments.find(deployment => deployment.rolloutState === 'FAILED' && deployment.id !== primary.id);
	if (failed !== undefined && isRollback(primary, failed)) {
		const from = definitionOf(failed.taskDefinition);
		return primary.rolloutState === 'IN_PROGRESS' ? {kind: 'rolling-back', target, from, ...counts} : {kind: 'rolled-back', target, from};
	}

	if (primary.rolloutState === 'FAILED') {
		return {kind: 'failed', target, reason: primary.rolloutStateReason};
	}

	const settled = primary.rolloutState === 'COMPLETED' || primary.rolloutState === null;
	const from = replacedBy(lanes, primary);
	// ECS drops the failed deployment once its tasks are gone; the events still tell the story.
	const rollback = rollbackInEvents(service);
	if (rollback === 'in progress' && !settled) {
		return {kind: 'rolling-back', target, from, ...counts};
	}

	if (rollback !== null && settled && lanes.length === 1) {
		return {kind: 'rolled-back', target, from: null};
	}

	if (primary.rolloutState === 'IN_PROGRESS' || !settled || lanes.length > 1) {
		return {kind: 'deploying', target, from, ...counts};
	}

	return atCount(primary.running, primary.desired);
}

function definitionOf(taskDefinition: string | null): string | null {
	const parsed = parseTaskDefinition(taskDefinition ?? undefined);
	return parsed === null ? null : sanitize(parsed.taskDefinition);
}

/** A PRIMARY is a rollback when its reason says so, or it runs an older revision of the failed family. */
function isRollback(primary: Lane, failed: DeploymentRow): boolean {
	if (primary.rolloutStateReason !== null && mentionsRollback(primary.rolloutStateReason)) {
		return true;
	}

	const mine = parseTaskDefinition(primary.taskDefinition ?? undefined);
	const theirs = parseTaskDefinition(failed.taskDefinition ?? undefined);
	return mine !== null && theirs !== null && mine.family === theirs.family
		&& mine.revision !== null && theirs.revision !== null && mine.revision < theirs.revision;
}
