import {describe, expect, it} from 'vitest';
import type {TaskTarget} from '../../../source/model/targets/task-target.js';
import {TARGET_STATE_ORDER, targetStateRank, worstTarget} from '../../../source/model/targets/worst-target.js';

const target = (state: string, targetGroupArn = `tg-${state}`): TaskTarget => ({targetGroupArn, targetId: '10.0.1.5', port: 80, state, reason: null, description: null, drainingEndsAt: null});

describe('worstTarget', () => {
	it('orders unhealthy, then draining, initial, unavailable/unused, and healthy last', () => {
		expect(TARGET_STATE_ORDER).toEqual(['unhealthy', 'unhealthy.draining', 'draining', 'initial', 'unavailable', 'unused', 'healthy']);
		const shuffled = ['healthy', 'unused', 'initial', 'unhealthy', 'draining', 'unavailable', 'unhealthy.draining'];
		expect(shuffled.toSorted((a, b) => targetStateRank(a) - targetStateRank(b))).toEqual([...TARGET_STATE_ORDER]);
	});

	it('picks the worst of a task\'s targets, the first of equals', () => {
		expect(worstTarget([target('healthy'), target('draining'), target('initial')])?.state).toBe('draining');
		expect(worstTarget([target('healthy'), target('unhealthy', 'a'), target('unhealthy', 'b')])?.targetGroupArn).toBe('a');
		expect(worstTarget([target('healthy')])?.state).toBe('healthy');
	});

	it('has none for no targets', () => {
		expect(worstTarget([])).toBeNull();
		expect(worstTarget(undefined)).toBeNull();
	});

	it('ranks a state it does not know as not known good: below unused, above healthy', () => {
		expect(worstTarget([target('healthy'), target('zonal_shift')])?.state).toBe('zonal_shift');
		expect(worstTarget([target('unused'), target('zonal_shift')])?.state).toBe('unused');
	});
});
