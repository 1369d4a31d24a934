import {rolloutEta, type RolloutSample} from '../model/rollout-eta.js';
import {rolloutState, type RolloutKind, type RolloutState} from '../model/rollout-state.js';
import type {ServiceRow} from '../model/service-row.js';
import type {TaskRow} from '../model/task-row.js';

/** What a task watch remembers of one service's rollout between polls. */
export interface RolloutTrack {
	state: RolloutState;
	/** The deployment (or task set) being rolled out to; null when no rollout is in flight. */
	target: string | null;
	/** Healthy counts of that target, oldest first: the first poll that saw it and each change since. */
	samples: readonly RolloutSample[];
	/** The count it is rolling out to: the larger of the target's and the service's desired count. */
	desired: number;
}

/** A rollout that ended (or failed) between two polls: the state before, the state now. */
export interface RolloutChange {
	serviceArn: string;
	/** The service's name, as ECS gave it (not sanitised). */
	service: string;
	from: RolloutState;
	to: RolloutState;
	/** Names this outcome of this rollout: the same change seen by two watches has the same key. */
	key: string;
}

/** Samples kept per rollout; older ones are dropped, so the rate is the recent one. */
const MAX_SAMPLES = 100;

const IN_FLIGHT: ReadonlySet<RolloutKind> = new Set(['deploying', 'rolling-back']);
const SETTLED: ReadonlySet<RolloutKind> = new Set(['steady', 'scaling', 'failed', 'rolled-back']);

/**
 * Whether a change of rollout state is one to tell the user about: a rollout or rollback that
 * completed (steady, or settled at a count), failed, or was rolled back — and a deployment that
 * turned into a rollback, which is the moment it failed.
 */
export function isRolloutOutcome(from: RolloutKind, to: RolloutKind): boolean {
	return IN_FLIGHT.has(from) && (SETTLED.has(to) || (from === 'deploying' && to === 'rolling-back'));
}

/** The id of the deployment or task set ECS is moving the service to. */
function targetOf(service: ServiceRow, state: RolloutState): string | null {
	if (state.kind !== 'deploying' && state.kind !== 'rolling-back') return null;
	const primary = service.deployments.find(deployment => deployment.status === 'PRIMARY')
		?? service.taskSets.find(taskSet => taskSet.status === 'PRIMARY');
	return `${primary?.id ?? ''} ${state.target}`;
}

function nextTrack(service: ServiceRow, tasks: readonly TaskRow[], previous: RolloutTrack | undefined, at: number): RolloutTrack {
	const state = rolloutState(service, tasks);
	const target = targetOf(service, state);
	if (target === null || (state.kind !== 'deploying' && state.kind !== 'rolling-back') || state.healthy === null) {
		return {state, target, samples: [], desired: 0};
	}

	const desired = Math.max(state.desired, service.desiredCount ?? 0);
	const kept = previous?.target === target ? previous.samples : [];
	const last = kept.at(-1);
	const samples = last?.healthy === state.healthy ? kept : [...kept, {at, healthy: state.healthy}].slice(-MAX_SAMPLES);
	return {state, target, samples, desired};
}

/**
 * Folds one poll into the rollouts a watch tracks, by service ARN: the rollout state, and the
 * samples the estimate of time left works from. `changes` are the rollouts that ended since the
 * previous poll; the first poll (`previous` null) has none, since nobody saw what came before.
 */
export function advanceRollouts(
	previous: ReadonlyMap<string, RolloutTrack> | null,
	services: readonly ServiceRow[],
	tasks: readonly TaskRow[],
	at: number,
): {rollouts: ReadonlyMap<string, RolloutTrack>; changes: RolloutChange[]} {
	const rollouts = new Map<string, RolloutTrack>();
	const changes: RolloutChange[] = [];
	for (const service of services) {
		const before = previous?.get(service.serviceArn);
		const track = nextTrack(service, tasks, before, at);
		rollouts.set(service.serviceArn, track);
		if (before !== undefined && isRolloutOutcome(before.state.kind, track.state.kind)) {
			changes.push({
				serviceArn: service.serviceArn, service: service.serviceName, from: before.state, to: track.state,
				key: `${service.serviceArn} ${before.target ?? ''} ${track.state.kind}`,
			});
		}
	}

	return {rollouts, changes};
}

/** Milliseconds left of a tracked rollout at `now`, or null (see {@link rolloutEta}). */
export function trackEta(track: RolloutTrack | undefined, now: number): number | null {
	return track === undefined || track.target === null ? null : rolloutEta(track.samples, track.desired, now);
}
