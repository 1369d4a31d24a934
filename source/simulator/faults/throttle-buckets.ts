import type {Clock} from '../engine/world-api.js';
import {elbThrottleGroups} from '../elb/elb-quotas.js';
import {TokenBucket} from './token-bucket.js';

interface BucketSpec {
	burst: number;
	perSecond: number;
	operations: readonly string[];
}

/** ECS's documented request throttles (per account, per Region): operations in a group share a bucket. */
export const ecsThrottleGroups: readonly BucketSpec[] = [
	{
		burst: 100,
		perSecond: 20,
		operations: ['ListTasks', 'DescribeTasks', 'DescribeContainerInstances', 'ListContainerInstances', 'ListAttributes'],
	},
	{burst: 100, perSecond: 20, operations: ['DescribeServices', 'ListServices']},
	{burst: 50, perSecond: 20, operations: ['DescribeClusters', 'ListClusters']},
];

/**
 * CloudWatch Logs' documented per-account, per-Region request quotas ("CloudWatch Logs quotas",
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/cloudwatch_limits_cwl.html):
 * GetLogEvents 25 TPS, FilterLogEvents 5 TPS (not adjustable; also
 * https://repost.aws/knowledge-center/cloudwatch-logs-throttling), DescribeLogStreams 25 TPS,
 * DescribeLogGroups 10 TPS. Each operation has its own bucket; AWS documents no burst for them, so
 * a bucket holds one second's worth.
 */
export const logsThrottleGroups: readonly BucketSpec[] = [
	{burst: 25, perSecond: 25, operations: ['GetLogEvents']},
	{burst: 5, perSecond: 5, operations: ['FilterLogEvents']},
	{burst: 25, perSecond: 25, operations: ['DescribeLogStreams']},
	{burst: 10, perSecond: 10, operations: ['DescribeLogGroups']},
];

/** The CloudWatch Logs operations (their IAM actions are `logs:…`, not `ecs:…`). */
export const logsOperationNames: ReadonlySet<string> = new Set(logsThrottleGroups.flatMap(group => group.operations));

const throttleGroups: readonly BucketSpec[] = [...ecsThrottleGroups, ...logsThrottleGroups, ...elbThrottleGroups];

/** Operations ECS does not list get a generous bucket each. */
export const defaultThrottle = {burst: 200, perSecond: 50} as const;

/** The token buckets of one account in one Region. */
export class ThrottleBuckets {
	private readonly buckets = new Map<string, TokenBucket>();

	constructor(private readonly clock: Clock) {}

	/** Takes a token for `operation`; false means answer ThrottlingException. */
	allow(operation: string): boolean {
		return this.bucketFor(operation).take();
	}

	private bucketFor(operation: string): TokenBucket {
		const group = throttleGroups.find((spec) => spec.operations.includes(operation));
		const key = group ? group.operations.join(',') : operation;
		let bucket = this.buckets.get(key);
		if (!bucket) {
			const {burst, perSecond} = group ?? defaultThrottle;
			bucket = new TokenBucket(burst, perSecond, this.clock);
			this.buckets.set(key, bucket);
		}

		return bucket;
	}
}
