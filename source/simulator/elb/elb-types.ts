/*
 * Elastic Load Balancing (v2, API version 2015-12-01) as the simulator keeps it: Application Load
 * Balancers, their target groups and the targets ECS registers in them. Shapes and values follow the
 * API reference (API_LoadBalancer, API_TargetGroup, API_TargetHealthDescription, API_TargetHealth,
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/) and the SDK's models.
 */

export interface LoadBalancerState {
	name: string;
	/** `arn:aws:elasticloadbalancing:REGION:ACCOUNT:loadbalancer/app/NAME/16 hex`. */
	arn: string;
	dnsName: string;
	canonicalHostedZoneId: string;
	createdAt: number;
	scheme: 'internet-facing' | 'internal';
	vpcId: string;
	zones: Array<{zoneName: string; subnetId: string}>;
	securityGroups: string[];
}

export interface HealthCheckSettings {
	path: string;
	intervalSeconds: number;
	timeoutSeconds: number;
	healthyThresholdCount: number;
	unhealthyThresholdCount: number;
	/** Matcher.HttpCode: `200`, `200-299`… */
	httpCode: string;
}

export type TargetType = 'ip' | 'instance';

export type TargetHealthState = 'initial' | 'healthy' | 'unhealthy' | 'draining';

/** What one health check of a target finds: a pass, or ELB's reason code and description of the failure. */
export type ProbeResult = {ok: true} | {ok: false; reason: 'Target.ResponseCodeMismatch' | 'Target.Timeout' | 'Target.FailedHealthChecks'; description: string};

export interface TargetState {
	/** An IP address (`ip` target groups) or an EC2 instance id (`instance`). */
	id: string;
	port: number;
	/** Only `ip` targets carry their zone in DescribeTargetHealth (API_TargetDescription). */
	availabilityZone?: string;
	state: TargetHealthState;
	reason?: string;
	description?: string;
	registeredAt: number;
	/** Consecutive health-check results of the current kind (passes or failures). */
	passes: number;
	failures: number;
	/** When a draining target disappears: its deregistration time plus the deregistration delay. */
	drainedAt?: number;
	/** Bumped at deregistration, so health checks still on the agenda are dropped. */
	epoch: number;
}

export interface TargetGroupState {
	name: string;
	/** `arn:aws:elasticloadbalancing:REGION:ACCOUNT:targetgroup/NAME/16 hex`. */
	arn: string;
	protocol: 'HTTP';
	port: number;
	vpcId: string;
	targetType: TargetType;
	healthCheck: HealthCheckSettings;
	deregistrationDelaySeconds: number;
	loadBalancerArns: string[];
	createdAt: number;
	/** By `id:port`, in registration order. */
	targets: Map<string, TargetState>;
}

export const targetKey = (id: string, port: number): string => `${id}:${port}`;
