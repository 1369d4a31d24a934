import {rolloutPhase, rolloutState, type RolloutPhase, type RolloutState} from '../model/rollout-state.js';
import type {DrainingTargets} from '../model/rollout-targets.js';
import {approxDuration, drainingText, rolloutSentenceText} from '../output/rollout-sentence.js';
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
 * `rollout FAILED, rolled back to web:41`; with `, draining web:41 (2 targets, ≈40s)` while an
 * older revision's targets drain (the time left when `now` is given).
 */
export function rolloutSentence(state: RolloutState, now?: number): Part {
	return {text: rolloutSentenceText(state, now), tone: rolloutPhaseTone(rolloutPhase(state))};
}

/** A rollout in one word, for a services list: steady, scaling, deploying, rolling back or FAILED. */
export function rolloutWord(state: RolloutState): Part {
	const phase = rolloutPhase(state);
	return {text: PHASE_WORDS[phase], tone: rolloutPhaseTone(phase)};
}

/** Time left in words: `≈40s left` (to the 10 s above), `≈3m left`, `≈1h 20m left`. */
export function etaText(ms: number): string {
	return `${approxDuration(ms)} left`;
}

function drainingApart(state: RolloutState): {draining: DrainingTargets | undefined; moving: RolloutState} {
	if (state.kind !== 'deploying' && state.kind !== 'rolling-back') return {draining: undefined, moving: state};
	const {draining, ...moving} = state;
	return {draining, moving};
}

/** `, ≈3m left` for a rollout (or rollback) in flight that has a rate to go on; nothing otherwise. */
export function etaParts(track: RolloutTrack | undefined, now: number): Part[] {
	const ms = trackEta(track, now);
	return ms === null ? [] : [{text: ', '}, {text: etaText(ms), tone: 'muted'}];
}

/**
 * What the watched services are doing, in words: `web: deploying web:42 → 3/6 healthy, 2 pending,
 * 0 failed, ≈3m left` (then `, draining web:41 (2 targets, ≈40s)` while an older revision's
 * targets drain), several joined with ` · `; just `steady` when every service is. Empty
 * without services. The estimate of time left comes from the session's `rollouts` at `now`.
 */
export function rolloutSummary(services: readonly ServiceRow[], tasks: readonly TaskRow[], rollouts?: ReadonlyMap<string, RolloutTrack>, now?: number): Part[] {
	if (services.length === 0) return [];
	const parts: Part[] = [];
	for (const service of services) {
		const state = rolloutState(service, tasks);
		if (state.kind === 'steady') continue;
		if (parts.length > 0) parts.push({text: ' · '});
		parts.push({text: `${sanitize(service.serviceName)}: `, tone: 'title'});
		const eta = etaParts(rollouts?.get(service.serviceArn), now ?? 0);
		const {draining, moving} = drainingApart(state);
		if (eta.length === 0 || draining === undefined) {
			parts.push(rolloutSentence(state, now), ...eta);
			continue;
		}

		// The time left of the rollout, then what still drains: `…, ≈3m left, draining web:41 (2 targets, ≈40s)`.
		const sentence = rolloutSentence(moving, now);
		parts.push(sentence, ...eta, {text: ', '}, {...sentence, text: drainingText(draining, now)});
	}

	return parts.length === 0 ? [rolloutSentence({kind: 'steady'})] : parts;
}
