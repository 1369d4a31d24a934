import type {LoadBalancing} from './load-balancing.js';

export interface DemoTargetGroups {
	web: string;
	checkoutBlue: string;
	checkoutGreen: string;
	worker: string;
}

/** Quick health checks, so a demo rollout shows initial → healthy in seconds: every 5 s, 2 to pass or fail. */
const quickChecks = {intervalSeconds: 5, timeoutSeconds: 4, healthyThresholdCount: 2, unhealthyThresholdCount: 2, httpCode: '200'};
/** A short deregistration delay (ELB's default is 300 s), so old tasks drain for 20 s. */
const deregistrationDelaySeconds = 20;

/**
 * The demo cluster's load balancers: the internet-facing `demo-public` ALB in front of `web`
 * (target group `demo-web`) and the blue/green `checkout` (CodeDeploy's pair `demo-checkout-blue`
 * and `demo-checkout-green`), all `ip` targets on port 8080; the internal `demo-internal` ALB in
 * front of the EC2 bridge-mode `worker` (`demo-worker`: `instance` targets on their host ports).
 */
export function addDemoLoadBalancers(elb: LoadBalancing, subnets: ReadonlyArray<{subnetId: string; availabilityZone: string}>, vpcId: string, createdAt: number): DemoTargetGroups {
	const zones = subnets.map(s => ({zoneName: s.availabilityZone, subnetId: s.subnetId}));
	const publicAlb = elb.addLoadBalancer({name: 'demo-public', scheme: 'internet-facing', vpcId, zones, createdAt});
	const internalAlb = elb.addLoadBalancer({name: 'demo-internal', scheme: 'internal', vpcId, zones, createdAt});
	const group = (name: string, loadBalancerArn: string, targetType: 'ip' | 'instance', path: string): string =>
		elb.addTargetGroup({name, port: 8080, vpcId, targetType, loadBalancerArn, healthCheck: {...quickChecks, path}, deregistrationDelaySeconds, createdAt}).arn;
	return {
		web: group('demo-web', publicAlb.arn, 'ip', '/health'),
		checkoutBlue: group('demo-checkout-blue', publicAlb.arn, 'ip', '/ping'),
		checkoutGreen: group('demo-checkout-green', publicAlb.arn, 'ip', '/ping'),
		worker: group('demo-worker', internalAlb.arn, 'instance', '/healthz'),
	};
}
