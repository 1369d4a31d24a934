import {describe, expect, it} from 'vitest';
import type {RolloutState} from '../../source/model/rollout-state.js';
import {rolloutSentence, rolloutSummary, rolloutWord} from '../../source/ui/rollout-summary.js';
import type {Part} from '../../source/ui/styled-text.js';
import {makeServiceRow} from '../helpers/service-row.js';

const counts = {healthy: 3, running: 4, desired: 6, pending: 2, failed: 0};

describe('rolloutSentence and rolloutWord', () => {
	const cases: Array<[RolloutState, Part, Part]> = [
		[{kind: 'steady'}, {text: 'steady', tone: 'good'}, {text: 'steady', tone: 'good'}],
		[{kind: 'scaling', from: 4, to: 6}, {text: 'scaling 4 → 6', tone: 'warning'}, {text: 'scaling', tone: 'warning'}],
		[{kind: 'deploying', target: 'web:42', from: null, ...counts}, {text: 'deploying web:42 → 3/6 healthy, 2 pending, 0 failed', tone: 'warning'}, {text: 'deploying', tone: 'warning'}],
		[{kind: 'deploying', target: 'web:42', from: null, ...counts, healthy: null}, {text: 'deploying web:42 → 4/6 running, 2 pending, 0 failed', tone: 'warning'}, {text: 'deploying', tone: 'warning'}],
		[{kind: 'failed', target: 'web:42', reason: 'tasks failed to start.'}, {text: 'rollout FAILED: tasks failed to start.', tone: 'bad'}, {text: 'FAILED', tone: 'bad'}],
		[{kind: 'failed', target: 'web:42', reason: null}, {text: 'rollout FAILED', tone: 'bad'}, {text: 'FAILED', tone: 'bad'}],
		[{kind: 'rolling-back', target: 'web:41', from: null, ...counts, healthy: 2}, {text: 'rollout FAILED, rolling back to web:41 → 2/6 healthy', tone: 'bad'}, {text: 'rolling back', tone: 'bad'}],
		[{kind: 'rolling-back', target: 'web:41', from: null, ...counts, healthy: null}, {text: 'rollout FAILED, rolling back to web:41 → 4/6 running', tone: 'bad'}, {text: 'rolling back', tone: 'bad'}],
		[{kind: 'rolled-back', target: 'web:41', from: null}, {text: 'rollout FAILED, rolled back to web:41', tone: 'bad'}, {text: 'FAILED', tone: 'bad'}],
	];
	it.each(cases)('words %o', (state, sentence, word) => {
		expect(rolloutSentence(state)).toEqual(sentence);
		expect(rolloutWord(state)).toEqual(word);
	});
});

describe('rolloutSummary', () => {
	it('is empty without services and one steady part when every service is steady', () => {
		expect(rolloutSummary([], [])).toEqual([]);
		expect(rolloutSummary([makeServiceRow({desiredCount: 2, runningCount: 2})], [])).toEqual([{text: 'steady', tone: 'good'}]);
	});

	it('names each moving service and joins them', () => {
		const services = [
			makeServiceRow({serviceName: 'api', desiredCount: 6, runningCount: 4}),
			makeServiceRow({serviceName: 'ok', desiredCount: 1, runningCount: 1}),
			makeServiceRow({serviceName: 'worker', desiredCount: 1, runningCount: 2}),
		];
		expect(rolloutSummary(services, [])).toEqual([
			{text: 'api: ', tone: 'title'}, {text: 'scaling 4 → 6', tone: 'warning'},
			{text: ' · '},
			{text: 'worker: ', tone: 'title'}, {text: 'scaling 2 → 1', tone: 'warning'},
		]);
	});
});
