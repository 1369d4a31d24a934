import {rolloutPhase, rolloutState, type RolloutPhase, type RolloutState} from '../model/rollout-state.js';
import {rolloutSentenceText} from '../output/rollout-sentence.js';
import {trackEta, type RolloutTrack} from '../watch/rollout-tracking.js';
import {sanitize} from '../model/sanitize.js';
import type {ServiceRow} from '../model/service-row.js';
import type {TaskRow} from '../model/task-row.js';
import type {Part} from './styled-text.js';
import {rolloutPhaseTone} from './theme.js';

const PHASE_WORDS: Readonly<Record<RolloutPhase, string>> = {
	steady: 'steady',
	scaling: 'scaling',
	deploying: 'deploying',
	'rolling-back': 'rolling back',
	failed: 'FAILED',
	draining: 'draining',
};

/**
 * A rollout in a sentence: `steady`, `scaling 4 → 6`, `deploying web:42 → 3/6 healthy, 2 pending,
 * 0 failed`, `rollout FAILED: <reason>`, `rollout FAILED, rolling back to web:41 → 2/6 healthy` or
 * `rollout FAILED, rolled back to web:41`.
 */
export function rolloutSentence(state: RolloutState): Part {
	return {text: rolloutSentenceText(state), tone: rolloutPhaseTone(rolloutPhase(state))};
}

/** A rollout in one word, for a services list: steady, scaling, deploying, rolling back or FAILED. */
export function rolloutWord(state: RolloutState): Part {
	const phase = rolloutPhase(state);
	return {text: PHASE_WORDS[phase], tone: rolloutPhaseTone(phase)};
}

/** Time left in words: `≈40s left` (to the 10 s above), `≈3m left`, `≈1h 20m left`. */
export function etaText(ms: number): string {
	const seconds = Math.max(1, Math.ceil(ms / 1000));
	if (seconds < 60) return `≈${Math.ceil(seconds / 10) * 10}s left`;
	const minutes = Math.round(seconds / 60);
	if (minutes < 60) return `≈${minutes}m left`;
	const rest = minutes % 60;
	return `≈${Math.floor(minutes / 60)}h${rest === 0 ? '' : ` ${rest}m`} left`;
}

/** `, ≈3m left` for a rollout (or rollback) in flight that has a rate to go on; nothing otherwise. */
export function etaParts(track: RolloutTrack | undefined, now: number): Part[] {
	const ms = trackEta(track, now);
	return ms === null ? [] : [{text: ', '}, {text: etaText(ms), tone: 'muted'}];
}

/**
 * What the watched services are doing, in words: `web: deploying web:42 → 3/6 healthy, 2 pending,
 * 0 failed, ≈3m left`, several joined with ` · `; just `steady` when every service is. Empty
 * without services. The estimate of time left comes from the session's `rollouts` at `now`.
 */
export function rolloutSummary(services: readonly ServiceRow[], tasks: readonly TaskRow[], rollouts?: ReadonlyMap<string, RolloutTrack>, now = 0): Part[] {
	if (services.length === 0) return [];
	const parts: Part[] = [];
	for (const service of services) {
		const state = rolloutState(service, tasks);
		if (state.kind === 'steady') continue;
		if (parts.length > 0) parts.push({text: ' · '});
		parts.push({text: `${sanitize(service.serviceName)}: `, tone: 'title'}, rolloutSentence(state), ...etaParts(rollouts?.get(service.serviceArn), now));
	}

	return parts.length === 0 ? [rolloutSentence({kind: 'steady'})] : parts;
}
