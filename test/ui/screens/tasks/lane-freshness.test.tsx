import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {FETCHED_AT, snapshotWith} from '../../../helpers/fake-store.js';
import {renderApp} from '../../render-app.js';
import {sampleTasks} from '../../sample-tasks.js';

process.env.TZ = 'UTC';
afterEach(() => {
	cleanup();
});

describe('the header while polls run in lanes', () => {
	it('says how fresh each part of the tasks is', () => {
		const lanes = {services: ['web'], fastTasks: 12, fullEveryMs: 40_000, sweepStartedAt: FETCHED_AT - 10_000};
		const app = renderApp(snapshotWith(sampleTasks(), {lanes, fullAt: FETCHED_AT - 30_000}, {intervalMs: 5000}), {colorEnabled: false, height: 14, width: 140});
		expect(app.frame()).toContain('rollout tasks every 5s · all tasks every 40s');
	});

	it('says nothing of lanes after a full poll', () => {
		const app = renderApp(snapshotWith(sampleTasks(), {}, {intervalMs: 26_000}), {colorEnabled: false, height: 14, width: 140});
		expect(app.frame()).not.toContain('rollout tasks every');
	});
});
