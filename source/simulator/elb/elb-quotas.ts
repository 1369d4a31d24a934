/**
 * ELB's API request throttling ("Request throttling for the ELB API",
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/userguide/elb-api-throttling.html): per
 * account and Region, a token bucket; the non-mutating (Describe*) actions of API version 2 share one
 * of 40 tokens, refilled at 10 a second. Services calling ELB for you (ECS…) have their own buckets.
 * Over it, the Query protocol answers `Throttling` "Rate exceeded" (the page says ThrottlingException;
 * the wire code of ELB's Query protocol, which the SDK and CLI retry on, is Throttling).
 */
export const elbThrottleGroups = [
	{burst: 40, perSecond: 10, operations: ['DescribeLoadBalancers', 'DescribeTargetGroups', 'DescribeTargetHealth', 'DescribeTargetGroupAttributes']},
] as const;

