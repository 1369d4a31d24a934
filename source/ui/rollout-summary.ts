import {rolloutSentence} from '../model/deployment-view.js';
import {sanitize} from '../model/sanitize.js';
import type {ServiceRow} from '../model/service-row.js';
import type {TaskRow} from '../model/task-row.js';
import type {Tone} from './theme.js';

export interface SummaryPart {
	text: string;
	tone?: Tone;
}

/** A sentence's tone: failed rollouts are bad, anything in flight a warning, steady good. */
function sentenceTone(sentence: string): Tone {
	if (sentence.includes('FAILED')) return 'bad';
	return sentence === 'steady' ? 'good' : 'warning';
}

/**
 * What the watched services are doing, in words: `web: deploying web:42 → 3/6 healthy, 2 pending,
 * 0 failed`, several joined with ` · `; just `steady` when every service is. Empty without services.
 */
export function rolloutSummary(services: readonly ServiceRow[], tasks: readonly TaskRow[]): SummaryPart[] {
	if (services.length === 0) return [];
	const parts: SummaryPart[] = [];
	for (const service of services) {
		const sentence = rolloutSentence(service, tasks);
		if (sentence === 'steady') continue;
		if (parts.length > 0) parts.push({text: ' · '});
		parts.push({text: `${sanitize(service.serviceName)}: `, tone: 'title'}, {text: sentence, tone: sentenceTone(sentence)});
	}

	return parts.length === 0 ? [{text: 'steady', tone: 'good'}] : parts;
}
