import {clean} from './format.js';
import {atCount, countsOf, laneRunning, nameOf, primaryOf, replacedBy, type Lane} from './rollout-lane.js';
import type {RolloutCounts, RolloutState} from './rollout-state.js';
import {firstLine} from './sanitize.js';
import type {ServiceDeploymentRow, ServiceRevisionRef} from './service-deployment-row.js';
import type {ServiceRow} from './service-row.js';

/**
 * The state a service deployment's status names (developer guide, "View service history using
 * Amazon ECS service deployments"); null when its status leaves the reading to the deployments.
 * ECS creates no service revision for a rollback: it deploys the last successful one again
 * (developer guide, "Amazon ECS service revisions"), so the rollback's target is a source revision
 * and the deployment's own target is the revision that failed.
 * `mover` is the lane the deployments show moving (the PRIMARY, or a blue/green shift's target).
 */
export function namedByServiceDeployment(service: ServiceRow, latest: ServiceDeploymentRow, lanes: readonly Lane[], mover: Lane | undefined, tasksLoaded: boolean): RolloutState | null {
	const targetDefinition = clean(latest.target?.taskDefinition);
	switch (latest.status) {
		case 'PENDING':
		case 'IN_PROGRESS': {
			const lane = laneRunning(lanes, targetDefinition) ?? mover;
			const target = targetDefinition ?? (lane === undefined ? null : nameOf(lane));
			if (target === null) return null;
			const from = sourceDefinition(latest, target) ?? (lane === undefined ? null : replacedBy(lanes, lane));
			return {kind: 'deploying', target, from, ...countsFrom(lane, latest.target, tasksLoaded)};
		}

		case 'ROLLBACK_REQUESTED':
		case 'ROLLBACK_IN_PROGRESS': {
			const failed = targetDefinition ?? failedDefinition(lanes);
			const back = rollbackDefinition(latest, lanes, failed);
			const lane = laneRunning(lanes, back) ?? primaryOf(lanes);
			const target = back ?? (lane === undefined ? null : nameOf(lane));
			if (target === null) return null;
			return {kind: 'rolling-back', target, from: failed, ...countsFrom(lane, rollbackRevision(latest), tasksLoaded)};
		}

		case 'ROLLBACK_SUCCESSFUL': {
			const primary = primaryOf(lanes);
			const failed = targetDefinition ?? failedDefinition(lanes);
			const target = rollbackDefinition(latest, lanes, failed) ?? (primary === undefined ? null : nameOf(primary));
			if (target === null || movedOn(primary, [target, failed])) return null;
			return {kind: 'rolled-back', target, from: failed};
		}

		case 'ROLLBACK_FAILED':
			return failedState(latest, targetDefinition, mover);

		case 'STOPPED': {
			const failedLane = lanes.find(lane => lane.rolloutState === 'FAILED');
			if (latest.circuitBreaker?.status !== 'TRIGGERED' && failedLane === undefined) return null;
			return failedState(latest, targetDefinition ?? (failedLane === undefined ? null : nameOf(failedLane)), failedLane ?? mover);
		}

		case 'SUCCESSFUL': {
			if (movedOn(mover, [targetDefinition])) return null;
			return mover === undefined ? atCount(service.runningCount ?? 0, service.desiredCount ?? 0) : atCount(mover.running, mover.desired);
		}

		default:
			return null;
	}
}

/** A finished service deployment is stale when the deployments already show a newer rollout of another revision. */
function movedOn(lane: Lane | undefined, known: ReadonlyArray<string | null>): boolean {
	return lane?.rolloutState === 'IN_PROGRESS' && lane.taskDefinition !== null && !known.includes(lane.taskDefinition);
}

function failedState(latest: ServiceDeploymentRow, target: string | null, lane: Lane | undefined): RolloutState | null {
	const name = target ?? (lane === undefined ? null : nameOf(lane));
	if (name === null) return null;
	const reason = latest.statusReason ?? latest.rollback?.reason ?? null;
	return {kind: 'failed', target: name, reason: reason === null ? lane?.rolloutStateReason ?? null : clean(firstLine(reason))};
}

/** The revision of a deployment ECS marked FAILED, while it is still listed. */
function failedDefinition(lanes: readonly Lane[]): string | null {
	return lanes.find(lane => lane.rolloutState === 'FAILED')?.taskDefinition ?? null;
}

/** The source revision a deployment moves from: one of another revision than `target` first. */
function sourceDefinition(latest: ServiceDeploymentRow, target: string): string | null {
	const named = latest.source.map(ref => clean(ref.taskDefinition)).filter((name): name is string => name !== null);
	return named.find(name => name !== target) ?? named[0] ?? null;
}

function rollbackRevision(latest: ServiceDeploymentRow): ServiceRevisionRef | null {
	const arn = latest.rollback?.serviceRevisionArn ?? null;
	const byArn = arn === null ? undefined : latest.source.find(ref => ref.arn === arn);
	return byArn ?? latest.source[0] ?? null;
}

/**
 * The revision a rollback deploys again: the rollback's revision when DescribeServiceRevisions named
 * it, else a source revision of another task definition, else the deployment (the PRIMARY first)
 * that runs another revision than the failed one.
 */
function rollbackDefinition(latest: ServiceDeploymentRow, lanes: readonly Lane[], failed: string | null): string | null {
	const named = clean(rollbackRevision(latest)?.taskDefinition);
	if (named !== null) return named;
	const source = failed === null ? null : sourceDefinition(latest, failed);
	if (source !== null && source !== failed) return source;
	if (failed === null) return null;
	const other = lanes.find(lane => lane.taskDefinition !== null && lane.taskDefinition !== failed);
	return other?.taskDefinition ?? null;
}

function countsFrom(lane: Lane | undefined, revision: ServiceRevisionRef | null, tasksLoaded: boolean): RolloutCounts {
	if (lane !== undefined) return countsOf(lane, tasksLoaded);
	return {
		healthy: null,
		running: revision?.runningTaskCount ?? 0,
		desired: revision?.requestedTaskCount ?? 0,
		pending: revision?.pendingTaskCount ?? 0,
		failed: 0,
	};
}
