import type {RolloutCounts, RolloutState} from '../model/rollout-state.js';

/** `3/6 healthy`, or `3/6 running` when the tasks (and so their health) were not loaded. */
function progress(counts: RolloutCounts): string {
	return counts.healthy === null ? `${counts.running}/${counts.desired} running` : `${counts.healthy}/${counts.desired} healthy`;
}

/**
 * A rollout in a sentence, shared by the TUI, `status` and `wait`: `steady`, `scaling 4 → 6`,
 * `deploying web:42 → 3/6 healthy, 2 pending, 0 failed`, `rollout FAILED: <reason>`,
 * `rollout FAILED, rolling back to web:41 → 2/6 healthy`, `rollout FAILED, rolled back to web:41`
 * or `draining (service deleted) → 2 running`.
 */
export function rolloutSentenceText(state: RolloutState): string {
	switch (state.kind) {
		case 'steady': return 'steady';
		case 'scaling': return `scaling ${state.from} → ${state.to}`;
		case 'deploying': return `deploying ${state.target} → ${progress(state)}, ${state.pending} pending, ${state.failed} failed`;
		case 'failed': return state.reason === null ? 'rollout FAILED' : `rollout FAILED: ${state.reason}`;
		case 'rolling-back': return `rollout FAILED, rolling back to ${state.target} → ${progress(state)}`;
		case 'rolled-back': return `rollout FAILED, rolled back to ${state.target}`;
		case 'draining': return `draining (service deleted) → ${state.running} running`;
	}
}
