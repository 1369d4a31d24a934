import type {LoadBalancerState, TargetGroupState, TargetState} from './elb-types.js';

/** A response as the Query protocol writes it: structures are elements, lists are `<member>`s, absent members are left out. */
export type XmlValue = string | number | boolean | undefined | XmlValue[] | {[member: string]: XmlValue};

export type XmlRecord = {[member: string]: XmlValue};

/** ISO 8601 with milliseconds, as ELB writes `CreatedTime`. */
const timestamp = (ms: number): string => new Date(ms).toISOString();

/** API_LoadBalancer, members in the order of the API reference's DescribeLoadBalancers example. */
export function loadBalancerToXml(balancer: LoadBalancerState): XmlRecord {
	return {
		LoadBalancerArn: balancer.arn,
		Scheme: balancer.scheme,
		LoadBalancerName: balancer.name,
		VpcId: balancer.vpcId,
		CanonicalHostedZoneId: balancer.canonicalHostedZoneId,
		CreatedTime: timestamp(balancer.createdAt),
		AvailabilityZones: balancer.zones.map(z => ({ZoneName: z.zoneName, SubnetId: z.subnetId, LoadBalancerAddresses: []})),
		SecurityGroups: [...balancer.securityGroups],
		DNSName: balancer.dnsName,
		State: {Code: 'active'},
		Type: 'application',
		IpAddressType: 'ipv4',
	};
}

/** API_TargetGroup for an ALB's HTTP target group (health checks on the traffic port). */
export function targetGroupToXml(group: TargetGroupState): XmlRecord {
	const check = group.healthCheck;
	return {
		TargetGroupArn: group.arn,
		TargetGroupName: group.name,
		Protocol: group.protocol,
		Port: group.port,
		VpcId: group.vpcId,
		HealthCheckProtocol: 'HTTP',
		HealthCheckPort: 'traffic-port',
		HealthCheckEnabled: true,
		HealthCheckIntervalSeconds: check.intervalSeconds,
		HealthCheckTimeoutSeconds: check.timeoutSeconds,
		HealthyThresholdCount: check.healthyThresholdCount,
		UnhealthyThresholdCount: check.unhealthyThresholdCount,
		HealthCheckPath: check.path,
		Matcher: {HttpCode: check.httpCode},
		LoadBalancerArns: [...group.loadBalancerArns],
		TargetType: group.targetType,
		ProtocolVersion: 'HTTP1',
		IpAddressType: 'ipv4',
	};
}

/** API_TargetHealthDescription: the target, the port its health checks go to, its health (no reason once healthy). */
export function targetHealthToXml(group: TargetGroupState, target: TargetState): XmlRecord {
	return {
		Target: {Id: target.id, Port: target.port, AvailabilityZone: target.availabilityZone},
		HealthCheckPort: String(target.port),
		TargetHealth: {State: target.state, Reason: target.reason, Description: target.description},
	};
}

/**
 * A target asked for that is not registered: `unused`, Target.NotRegistered (API_TargetHealth).
 * A target group no load balancer uses says Target.NotInUse for every target instead.
 */
export function unusedTargetToXml(group: TargetGroupState, id: string, port: number, availabilityZone: string | undefined): XmlRecord {
	const registered = group.loadBalancerArns.length > 0;
	return {
		Target: {Id: id, Port: port, AvailabilityZone: group.targetType === 'ip' ? availabilityZone : undefined},
		HealthCheckPort: String(port),
		TargetHealth: registered
			? {State: 'unused', Reason: 'Target.NotRegistered', Description: 'Target is not registered to the target group'}
			: {State: 'unused', Reason: 'Target.NotInUse', Description: 'Target group is not configured to receive traffic from the load balancer'},
	};
}

/**
 * DescribeTargetGroupAttributes of an ALB target group of type ip or instance: the keys and defaults
 * the API reference (API_TargetGroupAttribute) lists for Application Load Balancers.
 */
export function targetGroupAttributes(group: TargetGroupState): XmlRecord[] {
	const attributes: Array<[string, string]> = [
		['stickiness.enabled', 'false'],
		['deregistration_delay.timeout_seconds', String(group.deregistrationDelaySeconds)],
		['stickiness.type', 'lb_cookie'],
		['stickiness.lb_cookie.duration_seconds', '86400'],
		['stickiness.app_cookie.cookie_name', ''],
		['stickiness.app_cookie.duration_seconds', '86400'],
		['slow_start.duration_seconds', '0'],
		['load_balancing.algorithm.type', 'round_robin'],
		['load_balancing.algorithm.anomaly_mitigation', 'off'],
		['load_balancing.cross_zone.enabled', 'use_load_balancer_configuration'],
		['target_group_health.dns_failover.minimum_healthy_targets.count', '1'],
		['target_group_health.dns_failover.minimum_healthy_targets.percentage', 'off'],
		['target_group_health.unhealthy_state_routing.minimum_healthy_targets.count', '1'],
		['target_group_health.unhealthy_state_routing.minimum_healthy_targets.percentage', 'off'],
	];
	return attributes.map(([Key, Value]) => ({Key, Value}));
}
