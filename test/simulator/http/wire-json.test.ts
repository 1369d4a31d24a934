import {describe, expect, it} from 'vitest';
import {toWire} from '../../../source/simulator/http/wire-json.js';

describe('toWire', () => {
	it('turns every nested timestamp from epoch ms into epoch seconds and leaves the rest', () => {
		const task = {
			createdAt: 1_700_000_000_123,
			version: 3,
			containers: [{name: 'web', exitCode: 0, startedAt: 1_700_000_001_000}],
			deployments: [{updatedAt: 1_700_000_002_500, desiredCount: 2}],
			lastUpdated: 1_700_000_003_000,
		};
		expect(toWire(task)).toEqual({
			createdAt: 1_700_000_000.123,
			version: 3,
			containers: [{name: 'web', exitCode: 0, startedAt: 1_700_000_001}],
			deployments: [{updatedAt: 1_700_000_002.5, desiredCount: 2}],
			lastUpdated: 1_700_000_003,
		});
		expect(task.createdAt).toBe(1_700_000_000_123);
	});
});
