import {rolloutPhase, rolloutState, type RolloutPhase, type RolloutState} from '../model/rollout-state.js';
import {rolloutSentenceText} from '../output/rollout-sentence.js';
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

/**
 * What the watched services are doing, in words: `web: deploying web:42 → 3/6 healthy, 2 pending,
 * 0 failed`, several joined with ` · `; just `steady` when every service is. Empty without services.
 */
export function rolloutSummary(services: readonly ServiceRow[], tasks: readonly TaskRow[]): Part[] {
	if (services.length === 0) return [];
	const parts: Part[] = [];
	for (const service of services) {
		const state = rolloutState(service, tasks);
		if (state.kind === 'steady') continue;
		if (parts.length > 0) parts.push({text: ' · '});
		parts.push({text: `${sanitize(service.serviceName)}: `, tone: 'title'}, rolloutSentence(state));
	}

	return parts.length === 0 ? [rolloutSentence({kind: 'steady'})] : parts;
}
