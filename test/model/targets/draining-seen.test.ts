import {describe, expect, it} from 'vitest';
import {advanceDrainingSeen, deregistrationDelaySeconds, drainingEnd, drainingKey} from '../../../source/model/targets/draining-seen.js';
import type {TargetGroupRead} from '../../../source/model/targets/elb-types.js';

const TG = 'arn:aws:elasticloadbalancing:us-west-2:123456789012:targetgroup/web/943f017f100becff';
const T0 = Date.UTC(2026, 11, 1, 12);
const read = (states: Record<string, string>): Map<string, TargetGroupRead> => new Map([[TG, {
	group: {TargetGroupArn: TG, TargetType: 'ip', Port: 80},
	health: Object.entries(states).map(([id, State]) => ({Target: {Id: id, Port: 80}, TargetHealth: {State}})),
}]]);

describe('advanceDrainingSeen', () => {
	it('remembers when each target was first seen draining, and forgets the ones that are not any more', () => {
		const first = advanceDrainingSeen(new Map(), read({'10.0.1.1': 'draining', '10.0.1.2': 'healthy'}), T0);
		expect([...first]).toEqual([[drainingKey(TG, '10.0.1.1', 80), T0]]);

		const second = advanceDrainingSeen(first, read({'10.0.1.1': 'draining', '10.0.1.2': 'draining'}), T0 + 5000);
		expect(second.get(drainingKey(TG, '10.0.1.1', 80))).toBe(T0);
		expect(second.get(drainingKey(TG, '10.0.1.2', 80))).toBe(T0 + 5000);

		const third = advanceDrainingSeen(second, read({'10.0.1.2': 'draining'}), T0 + 10_000);
		expect([...third.keys()]).toEqual([drainingKey(TG, '10.0.1.2', 80)]);
	});
});

describe('drainingEnd', () => {
	it('is the first sight plus the deregistration delay, or null when either is unknown', () => {
		expect(drainingEnd(T0, 300)).toBe('2026-12-01T12:05:00.000Z');
		expect(drainingEnd(undefined, 300)).toBeNull();
		expect(drainingEnd(T0, null)).toBeNull();
	});
});

describe('deregistrationDelaySeconds', () => {
	it('reads deregistration_delay.timeout_seconds from DescribeTargetGroupAttributes\' attributes', () => {
		// As the ELB API reference's DescribeTargetGroupAttributes example returns them.
		const attributes = [
			{Key: 'stickiness.enabled', Value: 'false'},
			{Key: 'deregistration_delay.timeout_seconds', Value: '300'},
			{Key: 'stickiness.type', Value: 'lb_cookie'},
			{Key: 'stickiness.lb_cookie.duration_seconds', Value: '86400'},
		];
		expect(deregistrationDelaySeconds(attributes)).toBe(300);
		expect(deregistrationDelaySeconds([{Key: 'deregistration_delay.timeout_seconds', Value: '0'}])).toBe(0);
		expect(deregistrationDelaySeconds([{Key: 'stickiness.enabled', Value: 'false'}])).toBeNull();
		expect(deregistrationDelaySeconds([{Key: 'deregistration_delay.timeout_seconds', Value: 'soon'}])).toBeNull();
	});
});
