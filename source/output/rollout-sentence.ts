import {isoTimeMs} from '../model/iso-time.js';
import type {RolloutCounts, RolloutState} from '../model/rollout-state.js';
import type {DrainingTargets} from '../model/rollout-targets.js';

/** A time to go, roughly: `≈40s` (to the 10 s above), `≈3m`, `≈1h 20m`. */
export function approxDuration(ms: number): string {
	const seconds = Math.max(1, Math.ceil(ms / 1000));
	if (seconds < 60) return `≈${Math.ceil(seconds / 10) * 10}s`;
	const minutes = Math.round(seconds / 60);
	if (minutes < 60) return `≈${minutes}m`;
	const rest = minutes % 60;
	return `≈${Math.floor(minutes / 60)}h${rest === 0 ? '' : ` ${rest}m`}`;
}

/**
 * `draining web:41 (2 targets, ≈40s)`: the time left of the deregistration delay at `now`, left
 * out without a clock (`wait` prints a line per change, not a countdown) or an end time.
 */
export function drainingText(draining: DrainingTargets, now?: number): string {
	const count = `${draining.targets} target${draining.targets === 1 ? '' : 's'}`;
	const left = now === undefined || draining.endsAt === null ? null : isoTimeMs(draining.endsAt) - now;
	return `draining ${draining.taskDefinition} (${left === null || left <= 0 ? count : `${count}, ${approxDuration(left)}`})`;
}

const drainingTail = (counts: RolloutCounts, now?: number): string => (counts.draining === undefined ? '' : `, ${drainingText(counts.draining, now)}`);

/** `3/6 healthy`, or `3/6 running` when the tasks (and so their health) were not loaded. */
function progress(counts: RolloutCounts): string {
	return counts.healthy === null ? `${counts.running}/${counts.desired} running` : `${counts.healthy}/${counts.desired} healthy`;
}

/**
 * A rollout in a sentence, shared by the TUI, `status` and `wait`: `steady`, `scaling 4 → 6`,
 * `deploying web:42 → 3/6 healthy, 2 pending, 0 failed`, `rollout FAILED: <reason>`,
 * `rollout FAILED, rolling back to web:41 → 2/6 healthy`, `rollout FAILED, rolled back to web:41`
 * or `draining (service deleted) → 2 running`. Behind a load balancer, while an older revision's
 * targets drain: `deploying web:42 → 6/6 healthy, draining web:41 (2 targets, ≈40s)` (`0 pending,
 * 0 failed` left out then; the time left only with `now`, epoch ms).
 */
export function rolloutSentenceText(state: RolloutState, now?: number): string {
	switch (state.kind) {
		case 'steady': return 'steady';
		case 'scaling': return `scaling ${state.from} → ${state.to}`;
		case 'deploying': {
			// Once only the draining is left, it is said in place of `0 pending, 0 failed`, to fit 80 columns.
			const quiet = state.draining !== undefined && state.pending === 0 && state.failed === 0;
			return `deploying ${state.target} → ${progress(state)}${quiet ? '' : `, ${state.pending} pending, ${state.failed} failed`}${drainingTail(state, now)}`;
		}
		case 'failed': return state.reason === null ? 'rollout FAILED' : `rollout FAILED: ${state.reason}`;
		case 'rolling-back': return `rollout FAILED, rolling back to ${state.target} → ${progress(state)}${drainingTail(state, now)}`;
		case 'rolled-back': return `rollout FAILED, rolled back to ${state.target}`;
		case 'draining': return `draining (service deleted) → ${state.running} running`;
	}
}
