import {describe, expect, it} from 'vitest';
import {loadBalancedView} from '../../../source/model/targets/load-balanced.js';
import {makeServiceRow} from '../../helpers/service-row.js';
import {makeTaskRow} from '../../helpers/task-row.js';

const tg = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/73e2d6bc24d8a067';

describe('loadBalancedView', () => {
	it('is true when a service has a target group or a task has targets read', () => {
		const balanced = makeServiceRow({loadBalancers: [{targetGroupArn: tg, loadBalancerName: null, containerName: 'web', containerPort: 80}]});
		expect(loadBalancedView([makeServiceRow(), balanced], [])).toBe(true);
		expect(loadBalancedView([], [makeTaskRow(), makeTaskRow({targets: []})])).toBe(true);
	});

	it('is false with no load balancer, or only a Classic one (which has no targets)', () => {
		const classic = makeServiceRow({loadBalancers: [{targetGroupArn: null, loadBalancerName: 'legacy-elb', containerName: 'web', containerPort: 80}]});
		expect(loadBalancedView([makeServiceRow(), classic], [makeTaskRow()])).toBe(false);
		expect(loadBalancedView([], [])).toBe(false);
	});
});
