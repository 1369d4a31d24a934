import type {ECSClient} from '@aws-sdk/client-ecs';
import {serviceTargetGroupArns, withTargets, type TargetedService} from '../model/targets/match-targets.js';
import type {TaskTarget} from '../model/targets/task-target.js';
import type {TaskRow} from '../model/task-row.js';
import type {ElbClient} from './elb-client.js';
import type {FetchTargetHealth} from './fetch-target-health.js';

/** The ELBv2 client, made (and its SDK loaded) when first asked for. */
export type ElbClientSource = () => ElbClient | Promise<ElbClient>;

export interface TargetsOutcome {
	/** The tasks, each of a service with target groups with its `targets` (the last ones read, after a failure). */
	tasks: TaskRow[];
	/** Why the targets could not be read this time (e.g. no elasticloadbalancing:DescribeTargetHealth, throttling). */
	targetsError?: unknown;
	/** ELBv2 requests sent, retries included: ELB's own budget, apart from ECS's. */
	elbApiCalls: number;
}

/**
 * `tasks` may still be in flight: the ELB SDK loads and the target groups are read meanwhile (they
 * need only the services); a rejection of `tasks` rejects the read with it.
 */
export type ReadTargets = (input: {cluster: string; services: readonly TargetedService[]; tasks: readonly TaskRow[] | Promise<readonly TaskRow[]>; signal?: AbortSignal | undefined}) => Promise<TargetsOutcome>;

/**
 * Attaches load-balancer targets to tasks, poll after poll (ecs/fetch-target-health.ts does the
 * reading). Nothing is loaded and nothing called while no service has a target group; the ELB
 * SDK and the client are loaded on the first read that needs them. A failed read (ELB or
 * DescribeContainerInstances denied, throttled past the retries) leaves each task the targets
 * last read for it, or none, and says why in `targetsError`; only an abort rejects.
 */
export function createReadTargets(ecs: ECSClient, elb: ElbClientSource, options: {now?: () => number} = {}): ReadTargets {
	let fetch: FetchTargetHealth | undefined;
	let last = new Map<string, readonly TaskTarget[]>();

	const kept = (tasks: readonly TaskRow[]) => {
		const known = new Map<string, readonly TaskTarget[]>();
		for (const task of tasks) {
			const targets = last.get(task.taskArn);
			if (targets !== undefined) known.set(task.taskArn, targets);
		}

		return known;
	};

	return async ({cluster, services, tasks: reading, signal}) => {
		if (serviceTargetGroupArns(services).length === 0) return {tasks: [...await reading], elbApiCalls: 0};
		let read: Awaited<ReturnType<FetchTargetHealth>>;
		try {
			if (fetch === undefined) {
				const [module, client] = await Promise.all([import('./fetch-target-health.js'), elb()]);
				fetch = module.createFetchTargetHealth({ecs, elb: client}, options);
			}

			// A failed task read is the caller's to report (awaited below), not a targets error.
			read = await fetch({cluster, services, tasks: Promise.resolve(reading).catch(() => []), signal});
		} catch (error) {
			if (signal?.aborted) throw error;
			read = {error, elbApiCalls: 0};
		}

		const tasks = await reading;

		if ('error' in read) {
			last = kept(tasks);
			return {tasks: withTargets(tasks, last), targetsError: read.error, elbApiCalls: read.elbApiCalls};
		}

		last = read.targets;
		return {tasks: withTargets(tasks, read.targets), elbApiCalls: read.elbApiCalls};
	};
}
