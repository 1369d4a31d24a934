import type {Clock} from '../engine/world-api.js';
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
		const group = ecsThrottleGroups.find((spec) => spec.operations.includes(operation));
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
