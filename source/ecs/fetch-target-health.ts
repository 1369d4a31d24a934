import type {ECSClient} from '@aws-sdk/client-ecs';
import {advanceDrainingSeen, drainingEnd, drainingKey, type DrainingSeen} from '../model/targets/draining-seen.js';
import type {ElbTargetGroup, TargetGroupRead} from '../model/targets/elb-types.js';
import {matchTaskTargets, serviceTargetGroupArns, type TargetedService} from '../model/targets/match-targets.js';
import type {TaskTarget} from '../model/targets/task-target.js';
import type {TaskRow} from '../model/task-row.js';
import {mapWithConcurrency} from './concurrency.js';
import {createInstanceIds} from './container-instances.js';
import {countElbRequests} from './elb-call-counter.js';
import type {ElbClient} from './elb-client.js';
import {describeTargetGroups, describeTargetHealth, readDeregistrationDelay} from './elb-target-groups.js';

/** DescribeTargetHealth calls in flight at once: ELB's Describe* bucket holds 40 and refills 10 a second. */
export const TARGET_HEALTH_CONCURRENCY = 5;

export interface TargetHealthInput {
	cluster: string;
	/** The watched services: their `loadBalancers` name the target groups read. */
	services: readonly TargetedService[];
	/**
	 * The services' tasks, or their read still in flight: the target groups are read meanwhile
	 * (they need only the services), the tasks are awaited to match. A promise must not reject.
	 */
	tasks: readonly TaskRow[] | Promise<readonly TaskRow[]>;
	signal?: AbortSignal | undefined;
}

/**
 * One read's targets, by task ARN, for the tasks of the services with target groups (model/targets/
 * match-targets.ts); or why they could not be read. `elbApiCalls`: the ELBv2 requests it sent,
 * retries included (its ECS calls, DescribeContainerInstances, count on the ECS client's counter).
 */
export type TargetHealthRead = {targets: Map<string, TaskTarget[]>; elbApiCalls: number} | {error: unknown; elbApiCalls: number};

export type FetchTargetHealth = (input: TargetHealthInput) => Promise<TargetHealthRead>;

export interface TargetHealthClients {
	ecs: ECSClient;
	elb: ElbClient;
}

const GONE = new Set(['STOPPED', 'DELETED']);

/**
 * The load-balancer targets of the services' tasks. What it remembers for its lifetime: each
 * target group's description (DescribeTargetGroups, once a group: its type and port do not
 * change), its deregistration delay (DescribeTargetGroupAttributes, once a group, when a target
 * of it is first seen draining), each container instance's EC2 instance (DescribeContainerInstances,
 * once, for `instance` groups), and when each draining target was first seen draining.
 * Every call: DescribeTargetHealth once per target group. No call at all when no service has a
 * target group. An ELB or ECS error is returned as `error` (the caller keeps the tasks); an
 * abort rejects.
 */
export function createFetchTargetHealth(clients: TargetHealthClients, options: {now?: () => number} = {}): FetchTargetHealth {
	const now = options.now ?? Date.now;
	const groups = new Map<string, ElbTargetGroup | null>();
	const delays = new Map<string, number | null>();
	const instanceIds = createInstanceIds(clients.ecs);
	let draining: DrainingSeen = new Map();

	async function readGroups(arns: readonly string[], signal: AbortSignal | undefined): Promise<Map<string, TargetGroupRead>> {
		const unknown = arns.filter(arn => !groups.has(arn));
		if (unknown.length > 0) {
			for (const [arn, group] of await describeTargetGroups(clients.elb, unknown, signal)) groups.set(arn, group);
		}

		const live = arns.filter(arn => groups.get(arn) !== null);
		const healths = await mapWithConcurrency(live, TARGET_HEALTH_CONCURRENCY, async arn => describeTargetHealth(clients.elb, arn, signal));
		const reads = new Map<string, TargetGroupRead>();
		for (const [index, arn] of live.entries()) {
			const health = healths[index];
			if (health === null || health === undefined) groups.set(arn, null);
			else reads.set(arn, {group: groups.get(arn)!, health});
		}

		for (const [arn, read] of reads) {
			if (!delays.has(arn) && read.health.some(description => description.TargetHealth?.State === 'draining')) {
				delays.set(arn, await readDeregistrationDelay(clients.elb, arn, signal));
			}
		}

		return reads;
	}

	/** The container instances of the live tasks in `instance` groups, to their EC2 instances. */
	async function readInstances(input: TargetHealthInput, tasks: readonly TaskRow[], reads: ReadonlyMap<string, TargetGroupRead>): Promise<ReadonlyMap<string, string>> {
		const byInstance = new Set([...reads].filter(([, read]) => read.group.TargetType === 'instance').map(([arn]) => arn));
		if (byInstance.size === 0) return new Map();
		const services = new Set(input.services
			.filter(service => service.loadBalancers.some(balancer => balancer.targetGroupArn !== null && byInstance.has(balancer.targetGroupArn)))
			.map(service => service.serviceName));
		const arns = tasks
			.filter(task => task.service !== null && services.has(task.service) && !GONE.has(task.lastStatus ?? ''))
			.flatMap(task => task.containerInstanceArn === null ? [] : [task.containerInstanceArn]);
		return instanceIds(input.cluster, arns, input.signal);
	}

	return async (input) => {
		const arns = serviceTargetGroupArns(input.services);
		if (arns.length === 0) return {targets: new Map(), elbApiCalls: 0};
		const at = now();
		const {value: reads, requests} = await countElbRequests(clients.elb, async () => readGroups(arns, input.signal).catch((error: unknown) => {
			if (input.signal?.aborted) throw error;
			return {error};
		}));
		if ('error' in reads) return {error: reads.error, elbApiCalls: requests};
		const tasks = await input.tasks;
		let ids: ReadonlyMap<string, string>;
		try {
			ids = await readInstances(input, tasks, reads);
		} catch (error) {
			if (input.signal?.aborted) throw error;
			return {error, elbApiCalls: requests};
		}

		draining = advanceDrainingSeen(draining, reads, at);
		const seen = draining;
		const targets = matchTaskTargets({
			services: input.services,
			tasks,
			groups: reads,
			instanceIds: ids,
			drainingEndsAt: (arn, id, port) => drainingEnd(seen.get(drainingKey(arn, id, port)), delays.get(arn)),
		});
		return {targets, elbApiCalls: requests};
	};
}
