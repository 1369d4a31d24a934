/**
 * Load balancing as ecswatch shows it: a service's target groups (DescribeServices'
 * `loadBalancers`) and a task's targets in them (ELBv2 DescribeTargetHealth), matched by IP and
 * port for `ip` targets, by EC2 instance and host port for `instance` targets.
 */

/** One entry of a service's `loadBalancers`. */
export interface ServiceLoadBalancer {
	targetGroupArn: string | null;
	/** Classic load balancers only. */
	loadBalancerName: string | null;
	containerName: string | null;
	containerPort: number | null;
}

/** ELB's `TargetHealth.State`. */
export type TargetState = 'initial' | 'healthy' | 'unhealthy' | 'unused' | 'draining' | 'unavailable' | 'unhealthy.draining';

/** One target of a task in one target group. Strings are raw AWS text: sanitise before the terminal. */
export interface TaskTarget {
	targetGroupArn: string;
	/** The target's `Id`: an IP address (`ip` targets) or an EC2 instance id (`instance` targets). */
	targetId: string;
	port: number | null;
	state: TargetState | string;
	/** ELB's reason code, e.g. `Target.ResponseCodeMismatch`; null when healthy. */
	reason: string | null;
	description: string | null;
	/** ISO 8601: when the deregistration delay of a draining target ends, when it can be told; else null. */
	drainingEndsAt: string | null;
}
