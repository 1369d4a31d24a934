import type {RolloutState} from './rollout-state.js';
import type {ServiceRow} from './service-row.js';

/**
 * What `ecswatch wait` makes of a look at the service: keep waiting, the rollout completed and the
 * service is steady on it (exit 0), it failed or was rolled back (exit 3), or the service is being
 * deleted or is gone (exit 1).
 */
export type WaitVerdict = 'waiting' | 'done' | 'failed' | 'deleted';

/** One look at the service: its row (null when DescribeServices no longer finds it) and its rollout state. */
export interface WaitObservation {
	service: ServiceRow | null;
	state: RolloutState;
}

/**
 * What the wait remembers between looks. `next`: the service was settled when the wait began, so
 * the wait is for the next rollout, told by a PRIMARY other than `baseline`. `current`: a rollout
 * (or a scaling) is being judged; `deploying` holds the PRIMARYs seen rolling forward.
 */
export type WaitJudge =
	| {mode: 'next'; baseline: string | null}
	| {mode: 'current'; deploying: readonly string[]};

export interface WaitStep {
	judge: WaitJudge;
	verdict: WaitVerdict;
}

/** What tells one rollout from the next: the PRIMARY deployment's id, else the PRIMARY task set's. */
export function rolloutIdentity(service: ServiceRow): string | null {
	const deployment = service.deployments.find(d => d.status === 'PRIMARY') ?? service.deployments[0];
	if (deployment !== undefined) return deployment.id;
	const taskSet = service.taskSets.find(set => set.status === 'PRIMARY') ?? service.taskSets[0];
	return taskSet?.id ?? null;
}

function isGone(observation: WaitObservation): boolean {
	const status = observation.service?.status ?? 'MISSING';
	return observation.state.kind === 'draining' || status === 'DRAINING' || status === 'INACTIVE' || status === 'MISSING';
}

/**
 * The first look. A service that is steady, or settled after an earlier rollback, is waited on for
 * its next rollout; a rollout or a scaling in progress is judged as it goes; a rollout already
 * failed or rolling back is a failure at once.
 */
export function startWait(observation: WaitObservation): WaitStep {
	const {service, state} = observation;
	if (service === null || isGone(observation)) return {judge: {mode: 'current', deploying: []}, verdict: 'deleted'};
	if (state.kind === 'steady' || state.kind === 'rolled-back') {
		return {judge: {mode: 'next', baseline: rolloutIdentity(service)}, verdict: 'waiting'};
	}

	return judgeCurrent({mode: 'current', deploying: []}, observation);
}

/** Every later look. */
export function nextWait(judge: WaitJudge, observation: WaitObservation): WaitStep {
	const {service} = observation;
	if (service === null || isGone(observation)) return {judge, verdict: 'deleted'};
	if (judge.mode === 'next') {
		// Scaling by hand or by auto scaling is not the rollout the wait is for.
		if (rolloutIdentity(service) === judge.baseline) return {judge, verdict: 'waiting'};
		return judgeCurrent({mode: 'current', deploying: []}, observation);
	}

	return judgeCurrent(judge, observation);
}

function judgeCurrent(judge: {mode: 'current'; deploying: readonly string[]}, {service, state}: WaitObservation): WaitStep {
	const primary = service === null ? null : rolloutIdentity(service);
	switch (state.kind) {
		case 'steady': return {judge, verdict: 'done'};
		case 'scaling': return {judge, verdict: 'waiting'};
		case 'deploying': {
			const deploying = primary === null || judge.deploying.includes(primary) ? judge.deploying : [...judge.deploying, primary];
			return {judge: {mode: 'current', deploying}, verdict: 'waiting'};
		}

		case 'failed':
		case 'rolling-back': return {judge, verdict: 'failed'};
		case 'rolled-back':
			// A rollback deploys under a new PRIMARY. When the PRIMARY seen rolling forward reads as
			// rolled back, the events that say so are older than its completion: look again.
			return {judge, verdict: primary !== null && judge.deploying.includes(primary) ? 'waiting' : 'failed'};
		case 'draining': return {judge, verdict: 'deleted'};
	}
}
