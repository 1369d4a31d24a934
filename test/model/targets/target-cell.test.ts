import {describe, expect, it} from 'vitest';
import {targetCell, targetCellText, targetSortKey} from '../../../source/model/targets/target-cell.js';
import {shortReason, targetGroupName} from '../../../source/model/targets/target-group-name.js';
import type {TaskTarget} from '../../../source/model/targets/task-target.js';

// Target group ARN and TargetHealth values as the ELBv2 API reference and `aws elbv2 describe-target-health` examples show them.
const WEB_TG = 'arn:aws:elasticloadbalancing:us-west-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067';
const ADMIN_TG = 'arn:aws:elasticloadbalancing:us-west-2:123456789012:targetgroup/admin-targets/0123456789abcdef';
const NOW = Date.parse('2026-01-15T12:00:00Z');

function target(overrides: Partial<TaskTarget> = {}): TaskTarget {
	return {targetGroupArn: WEB_TG, targetId: '10.0.1.17', port: 80, state: 'healthy', reason: null, description: null, drainingEndsAt: null, ...overrides};
}

const unhealthy = target({state: 'unhealthy', reason: 'Target.ResponseCodeMismatch', description: 'Health checks failed with these codes: [404]'});
const initial = target({state: 'initial', reason: 'Elb.InitialHealthChecking', description: 'Initial health checks in progress'});
const draining = target({state: 'draining', reason: 'Target.DeregistrationInProgress', description: 'Target deregistration is in progress', drainingEndsAt: '2026-01-15T12:04:30Z'});
const unused = target({state: 'unused', reason: 'Target.NotRegistered', description: 'Target is not registered to the target group'});
const unavailable = target({state: 'unavailable', reason: 'Target.HealthCheckDisabled', description: 'Health checks are disabled'});
const text = (targets: TaskTarget[] | undefined) => targetCellText(targetCell({targets}, NOW));

describe('the TARGET cell', () => {
	it('says the state, with the reason of an unhealthy target without `Target.` and the draining time left', () => {
		expect(text([target()])).toBe('healthy');
		expect(text([unhealthy])).toBe('unhealthy (ResponseCodeMismatch)');
		expect(text([target({state: 'unhealthy', reason: 'Target.Timeout'})])).toBe('unhealthy (Timeout)');
		expect(text([target({state: 'unhealthy', reason: 'Elb.InternalError'})])).toBe('unhealthy (Elb.InternalError)');
		expect(text([target({state: 'unhealthy'})])).toBe('unhealthy');
		expect(text([initial])).toBe('initial');
		expect(text([draining])).toBe('draining 4m');
		expect(text([target({state: 'draining', drainingEndsAt: '2026-01-15T12:00:42Z'})])).toBe('draining 42s');
		expect(text([target({state: 'draining', drainingEndsAt: null})])).toBe('draining');
		expect(text([target({state: 'draining', drainingEndsAt: '2026-01-15T11:59:00Z'})])).toBe('draining 0s');
		expect(text([target({state: 'unhealthy.draining', drainingEndsAt: '2026-01-15T12:02:00Z'})])).toBe('draining 2m (unhealthy)');
		expect(text([unused])).toBe('unused');
		expect(text([unavailable])).toBe('unavailable');
	});

	it('is `-` without a load balancer, `unregistered` in none of its service\'s target groups', () => {
		expect(text(undefined)).toBeNull();
		expect(targetCell({}, NOW)).toEqual({kind: 'none'});
		expect(text([])).toBe('unregistered');
	});

	it('sanitises what ELB sent', () => {
		expect(text([target({state: 'unhealthy', reason: 'Target.\u001B[2JBad\u202E'})])).toBe('unhealthy (\uFFFD[2JBad\uFFFD)');
		expect(text([target({state: 'new\u0007state'})])).toBe('new\uFFFDstate');
	});

	it('shows the worst target of a task in several target groups', () => {
		expect(text([target(), {...unhealthy, targetGroupArn: ADMIN_TG}])).toBe('unhealthy (ResponseCodeMismatch)');
		expect(text([{...initial, targetGroupArn: ADMIN_TG}, draining])).toBe('draining 4m');
		expect(text([target(), {...initial, targetGroupArn: ADMIN_TG}])).toBe('initial');
		expect(text([target(), {...unused, targetGroupArn: ADMIN_TG}])).toBe('unused');
		expect(text([{...unused, targetGroupArn: ADMIN_TG}, unavailable])).toBe('unavailable');
	});
});

describe('targetSortKey', () => {
	it('orders worst first, draining ones by their end, and has no key without a load balancer', () => {
		const rows = [[target()], [unused], [], [initial], [draining], [unhealthy]].map(targets => ({targets}));
		const keys = rows.map(targetSortKey);
		const order = [...keys.keys()].sort((a, b) => keys[a]![0] - keys[b]![0]);
		expect(order.map(index => targetCellText(targetCell(rows[index]!, NOW)))).toEqual(['unhealthy (ResponseCodeMismatch)', 'draining 4m', 'initial', 'unused', 'unregistered', 'healthy']);
		const sooner = {targets: [target({state: 'draining', drainingEndsAt: '2026-01-15T12:01:00Z'})]};
		expect(targetSortKey(sooner)![1]).toBeLessThan(targetSortKey(rows[4]!)![1]);
		expect(targetSortKey({})).toBeNull();
	});
});

describe('target group names and reasons', () => {
	it('takes the name from the ARN, or keeps what is not one', () => {
		expect(targetGroupName(WEB_TG)).toBe('my-targets');
		expect(targetGroupName('not-an-arn')).toBe('not-an-arn');
	});

	it('drops `Target.` only', () => {
		expect(shortReason('Target.FailedHealthChecks')).toBe('FailedHealthChecks');
		expect(shortReason('Elb.RegistrationInProgress')).toBe('Elb.RegistrationInProgress');
		expect(shortReason('Target.')).toBe('Target.');
	});
});
