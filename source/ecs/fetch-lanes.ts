import type {ECSClient} from '@aws-sdk/client-ecs';
import type {DescribeFailure} from '../model/describe-failure.js';
import type {TaskRow} from '../model/task-row.js';
import {mapWithConcurrency} from './concurrency.js';
import {describeTasks, type FetchTasksResult} from './fetch-tasks.js';
import {LIST_CONCURRENCY, listAllTaskArns, listTaskPage} from './list-task-arns.js';
import {fastDescribeArns} from './poll-plan.js';
import {newSweep, nextSweepStep, sweepListed, sweepRefreshed, sweepSaw, sweepSkipScope, type TaskSweep} from './task-sweep.js';

/**
 * What a task watch's fetch remembers between polls so that a poll may refresh some tasks only
 * (ecs/poll-plan.ts): the rows it last returned, by ARN in first-listed order.
 */
export interface LaneMemory {
	rows: Map<string, TaskRow>;
	/** Listed, answered MISSING, not described since: reported as `missing` until then. */
	missing: Set<string>;
	/** What the fast lane listed on its last poll. */
	fastListed: Set<string>;
	sweep: TaskSweep | null;
	/** Task calls of the last full listing, or of the last sweep; null before the first. */
	lastFullCalls: number | null;
	/** Calls of the fast lane on its last poll. */
	lastFastCalls: number;
}

export const emptyLaneMemory = (): LaneMemory => ({rows: new Map(), missing: new Set(), fastListed: new Set(), sweep: null, lastFullCalls: null, lastFastCalls: 0});

/** After a full listing: the rows are all of it. */
export function rememberFull(memory: LaneMemory, result: FetchTasksResult, taskCalls: number): void {
	memory.rows = new Map(result.tasks.map(row => [row.taskArn, row]));
	memory.missing = new Set(result.missing);
	memory.fastListed = new Set();
	memory.sweep = null;
	memory.lastFullCalls = taskCalls;
}

export interface LanesOutcome extends FetchTasksResult {
	fastTasks: number;
	sweepBegan: boolean;
	sweepCompleted: boolean;
	/** Calls the sweep spent this poll. */
	sweepCalls: number;
}

interface Scope {
	cluster: string;
	services?: readonly string[] | undefined;
	signal: AbortSignal;
}

const isServiceNotFound = (error: unknown) => error instanceof Error && error.name === 'ServiceNotFoundException';

function merge(memory: LaneMemory, described: FetchTasksResult, failures: DescribeFailure[]): void {
	for (const row of described.tasks) {
		memory.rows.set(row.taskArn, row);
		memory.missing.delete(row.taskArn);
	}

	for (const arn of described.missing) memory.missing.add(arn);

	failures.push(...described.failures);
}

/** The fast lane: the rolling services' listings, then one describe of what needs it. Returns how many were described. */
async function fastLane(client: ECSClient, memory: LaneMemory, scope: Scope, services: readonly string[], failures: DescribeFailure[]): Promise<number> {
	const jobs = services.flatMap(serviceName => (['RUNNING', 'STOPPED'] as const).map(desiredStatus => ({serviceName, desiredStatus})));
	const lists = await mapWithConcurrency(jobs, LIST_CONCURRENCY, async job => {
		try {
			return await listAllTaskArns(client, {cluster: scope.cluster, ...job, signal: scope.signal});
		} catch (error) {
			if (isServiceNotFound(error)) return [];
			throw error;
		}
	});
	const listed = [...new Set(lists.flat())];
	const taskArns = fastDescribeArns({listed, listedBefore: memory.fastListed, rows: memory.rows});
	if (taskArns.length > 0) {
		merge(memory, await describeTasks(client, {cluster: scope.cluster, taskArns, signal: scope.signal}), failures);
	}

	memory.fastListed = new Set(listed);
	if (memory.sweep !== null) {
		sweepSaw(memory.sweep, listed);
		sweepRefreshed(memory.sweep, taskArns, false);
	}

	return taskArns.length;
}

/** The slow lane: up to `calls` steps of the sweep. Returns the calls spent and whether the sweep completed. */
async function slowLane(client: ECSClient, memory: LaneMemory, scope: Scope, calls: number, failures: DescribeFailure[]): Promise<{completed: boolean; spent: number}> {
	const sweep = memory.sweep;
	if (sweep === null) return {completed: false, spent: 0};
	let spent = 0;
	for (; spent < calls; spent++) {
		const step = nextSweepStep(sweep);
		if (step.kind === 'done') break;
		if (step.kind === 'describe') {
			merge(memory, await describeTasks(client, {cluster: scope.cluster, taskArns: step.taskArns, signal: scope.signal}), failures);
			sweepRefreshed(sweep, step.taskArns, true);
			continue;
		}

		try {
			const page = await listTaskPage(client, {cluster: scope.cluster, ...step, signal: scope.signal});
			sweepListed(sweep, page.taskArns, page.nextToken);
		} catch (error) {
			if (!isServiceNotFound(error)) {
				// A token that no longer resumes (InvalidParameterException) starts the sweep again next poll.
				if (error instanceof Error && error.name === 'InvalidParameterException') memory.sweep = null;
				throw error;
			}

			sweepSkipScope(sweep);
		}
	}

	if (nextSweepStep(sweep).kind !== 'done') return {completed: false, spent};
	// Every task of the scope has been listed since the sweep began: the ones it did not list are gone.
	for (const arn of [...memory.rows.keys()]) {
		if (!sweep.seen.has(arn)) {
			memory.rows.delete(arn);
		}
	}

	for (const arn of [...memory.missing]) {
		if (!sweep.seen.has(arn)) memory.missing.delete(arn);
	}

	memory.lastFullCalls = sweep.calls;
	memory.sweep = null;
	return {completed: true, spent};
}

/**
 * One poll in lanes (ecs/poll-plan.ts): the fast lane for `services`, then up to `sweepCalls`
 * calls of the sweep (at least one). The tasks returned are every row remembered — those not
 * refreshed with their last values — MISSING ones aside (reported in `missing`, as a full poll does).
 */
export async function fetchLanes(
	client: ECSClient,
	memory: LaneMemory,
	scope: Scope & {rolloutServices: readonly string[]; sweepCalls: number},
): Promise<LanesOutcome> {
	const failures: DescribeFailure[] = [];
	const sweepBegan = memory.sweep === null;
	memory.sweep ??= newSweep(scope.services);
	const fastTasks = await fastLane(client, memory, scope, scope.rolloutServices, failures);
	const slow = await slowLane(client, memory, scope, Math.max(1, scope.sweepCalls), failures);
	const tasks = [...memory.rows.values()].filter(row => !memory.missing.has(row.taskArn));
	return {tasks, missing: [...memory.missing], failures, fastTasks, sweepBegan, sweepCompleted: slow.completed, sweepCalls: slow.spent};
}
