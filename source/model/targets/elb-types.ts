import type {Maybe} from '../ecs-types.js';

/**
 * The parts of ELBv2 API objects the model reads, shaped as the API returns them (and as
 * `@aws-sdk/client-elastic-load-balancing-v2` types them), so SDK values pass in as they are.
 * See https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_TargetHealthDescription.html
 */

/** TargetDescription: an IP address (`ip` targets) or an EC2 instance id (`instance` targets), and its port. */
export interface ElbTargetDescription {
	Id?: Maybe<string>;
	Port?: Maybe<number>;
	AvailabilityZone?: Maybe<string>;
}

export interface ElbTargetHealth {
	State?: Maybe<string>;
	Reason?: Maybe<string>;
	Description?: Maybe<string>;
}

/** One entry of DescribeTargetHealth's `TargetHealthDescriptions`. */
export interface ElbTargetHealthDescription {
	Target?: Maybe<ElbTargetDescription>;
	HealthCheckPort?: Maybe<string>;
	TargetHealth?: Maybe<ElbTargetHealth>;
}

/** The fields of DescribeTargetGroups' TargetGroup that matching needs. */
export interface ElbTargetGroup {
	TargetGroupArn?: Maybe<string>;
	/** `instance`, `ip`, `lambda` or `alb`. */
	TargetType?: Maybe<string>;
	/** The default port of targets registered without one. */
	Port?: Maybe<number>;
	LoadBalancerArns?: Maybe<string[]>;
}

/** One target group as a poll read it: its description (cached) and this poll's target health. */
export interface TargetGroupRead {
	group: ElbTargetGroup;
	health: readonly ElbTargetHealthDescription[];
}
