import {describe, expect, it} from 'vitest';
import {durationText, logTime, waitEndLine, waitStateLine} from '../../source/output/wait-lines.js';

const at = Date.parse('2026-12-01T11:57:02.345Z');

describe('wait lines', () => {
	it('stamp each line in UTC to the second', () => {
		expect(logTime(at)).toBe('2026-12-01T11:57:02Z');
		expect(logTime(Number.NaN)).toBe('-');
	});

	it('word the rollout as the TUI does, and how the wait ended', () => {
		expect(waitStateLine(at, 'web', {kind: 'scaling', from: 4, to: 6})).toBe('2026-12-01T11:57:02Z web scaling 4 → 6\n');
		expect(waitEndLine(at, 'web', {kind: 'done', target: 'web:42'})).toBe('2026-12-01T11:57:02Z web rollout complete: steady on web:42\n');
		expect(waitEndLine(at, 'web', {kind: 'failed', state: {kind: 'rolled-back', target: 'web:41', from: 'web:43'}})).toBe('2026-12-01T11:57:02Z web rollout failed; ECS rolled back to web:41\n');
		expect(waitEndLine(at, 'web', {kind: 'failed', state: {kind: 'failed', target: 'web:43', reason: 'tasks failed to start'}})).toBe('2026-12-01T11:57:02Z web rollout failed: tasks failed to start\n');
		expect(waitEndLine(at, 'web', {kind: 'timeout', afterMs: 20 * 60_000, state: {kind: 'steady'}})).toBe('2026-12-01T11:57:02Z web still not done after 20m (steady): giving up\n');
	});

	it('never let a control character from AWS through', () => {
		expect(waitStateLine(at, 'web\u001b[2J', {kind: 'failed', target: 'web:43', reason: 'bad\u0007'})).toBe('2026-12-01T11:57:02Z web\uFFFD[2J rollout FAILED: bad\uFFFD\n');
	});

	it('write durations as they are typed', () => {
		expect([0, 999, 90_000, 3_600_000, 5_400_000, 3_725_000].map(durationText)).toEqual(['0s', '1s', '1m30s', '1h', '1h30m', '1h2m5s']);
	});
});
