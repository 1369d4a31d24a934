import {isoTimeMs} from './iso-time.js';
import {atCount, countsOf, nameOf, replacedBy, type Lane} from './rollout-lane.js';
import type {RolloutState} from './rollout-state.js';

/**
 * A CODE_DEPLOY or EXTERNAL service: deploying while it has more than one task set or its PRIMARY
 * is not STEADY_STATE (an absent stabilityStatus is not taken as STABILIZING), else at its count.
 */
export function taskSetState(lanes: readonly Lane[], tasksLoaded: boolean): RolloutState {
	const primary = lanes.find(lane => lane.status === 'PRIMARY');
	const target = shiftTarget(lanes);
	if (target === undefined) {
		return {kind: 'steady'};
	}

	const stabilizing = primary?.stabilityStatus !== null && primary?.stabilityStatus !== 'STEADY_STATE';
	if (lanes.length > 1 || primary === undefined || stabilizing) {
		return {kind: 'deploying', target: nameOf(target), from: replacedBy(lanes, target), ...countsOf(target, tasksLoaded)};
	}

	return atCount(primary.running, primary.desired);
}

/**
 * The task set a blue/green shift moves to: the newest one that is not DRAINING. CodeDeploy creates
 * the replacement (green) task set ACTIVE — serving no production traffic — and makes it PRIMARY
 * when it reroutes traffic, while the original (blue) becomes ACTIVE and then DRAINING (API
 * reference, TaskSet.status; developer guide, "CodeDeploy blue/green deployments for Amazon ECS").
 * Without creation times, ACTIVE is taken over PRIMARY: the longest phase is the replacement
 * scaling up and taking test traffic before the reroute.
 */
export function shiftTarget(lanes: readonly Lane[]): Lane | undefined {
	const live = lanes.filter(lane => lane.status !== 'DRAINING');
	const candidates = live.length > 0 ? live : [...lanes];
	return candidates.sort((a, b) => {
		const time = isoTimeMs(b.createdAt) - isoTimeMs(a.createdAt);
		if (time !== 0 && Number.isFinite(time)) return time;
		return Number(b.status === 'ACTIVE') - Number(a.status === 'ACTIVE');
	})[0];
}
