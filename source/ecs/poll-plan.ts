import type {ServiceRow} from '../model/service-row.js';
import type {TaskRow} from '../model/task-row.js';
import {mayBeRollingOut} from './fetch-latest-deployments.js';

/**
 * The poll plan of a task watch: which ListTasks and DescribeTasks calls one poll makes.
 *
 * - **Full** (today's poll, and always the first): every task listed (desired RUNNING, then STOPPED)
 *   and described. The poller stretches its interval to the budget: a 5,000-task cluster costs
 *   about 105 calls, so at 4 calls/s it is polled every ~26 s.
 * - **Lanes**, only while a watched service rolls out in a cluster whose full listing does not fit in
 *   one poll's share of the budget (`callsPerPoll`) and costs more than {@link CHEAP_FULL_CALLS}:
 *   - the *fast lane*, every poll: for each rolling service, ListTasks(serviceName, RUNNING) and
 *     ListTasks(serviceName, STOPPED); then DescribeTasks of what they listed (tasks already seen
 *     STOPPED aside: STOPPED is final), of the tasks the fast lane listed last poll and not this
 *     one (the way out of a list is a transition too) and of the tasks last seen in transition
 *     ({@link inTransition}, at most {@link TRANSITION_LIMIT});
 *   - the *slow lane*: a sweep of the whole scope (ecs/task-sweep.ts) spread over polls, spending
 *     what the fast lane and the services leave of the poll's share; when it completes, every task
 *     has been listed and described since it began, and the tasks it did not list are removed (as
 *     a full listing would). Rows not refreshed keep their last values: the diff sees no change.
 *
 * ListTasks(serviceName) rather than one ListTasks(startedBy) per deployment: startedBy may be the
 * only filter, so it lists desired RUNNING tasks alone, as serviceName does; a service task's
 * startedBy is its deployment's id, so the union over the deployments is the service's RUNNING
 * listing — in ⌈n/100⌉ pages instead of Σ⌈nᵢ/100⌉, and it includes the tasks of task sets
 * (CODE_DEPLOY/EXTERNAL, startedBy CODE_DEPLOY or the set's id) and of a deployment already INACTIVE.
 */
export type PollMode = {kind: 'full'} | {kind: 'lanes'; services: string[]; sweepCalls: number};

/** A full listing at most this dear is always made: a small cluster is polled exactly as before. */
export const CHEAP_FULL_CALLS = 10;
/** Tasks in transition the fast lane describes beyond its listings: one DescribeTasks call. */
export const TRANSITION_LIMIT = 100;
const PAGE = 100;

/** Calls one poll may spend: the poller's share of the budget over the requested interval. */
export function callsPerPoll(budget: {intervalMs: number; apiCallsPerSecond: number}): number {
	return Math.max(1, Math.floor((budget.intervalMs / 1000) * budget.apiCallsPerSecond));
}

/**
 * Names of the services whose tasks the fast lane follows: those whose rollout may be in progress
 * now, or was on the previous poll (so the poll after a rollout ends still sees its last stops).
 */
export function rolloutServiceNames(previous: readonly ServiceRow[], current: readonly ServiceRow[]): string[] {
	const before = new Set(previous.filter(service => mayBeRollingOut(service)).map(service => service.serviceArn));
	return current.filter(service => mayBeRollingOut(service) || before.has(service.serviceArn)).map(service => service.serviceName);
}

/** What the fast lane of these services will likely cost: their listings' pages and the describe calls. */
export function estimateFastCalls(services: readonly ServiceRow[], names: readonly string[]): number {
	const wanted = new Set(names);
	let calls = 0;
	for (const service of services) {
		if (!wanted.has(service.serviceName)) continue;
		const tasks = service.deployments.reduce((sum, deployment) => sum + (deployment.runningCount ?? 0) + (deployment.pendingCount ?? 0), 0)
			+ service.taskSets.reduce((sum, taskSet) => sum + (taskSet.runningCount ?? 0) + (taskSet.pendingCount ?? 0), 0);
		// RUNNING pages, one STOPPED page, and the describes.
		calls += Math.max(1, Math.ceil(tasks / PAGE)) + 1 + Math.max(1, Math.ceil(tasks / PAGE));
	}

	return calls;
}

export interface PlanInput {
	/** Absent: the fetch was not told the budget (a one-shot look): always full. */
	budget?: {intervalMs: number; apiCallsPerSecond: number} | undefined;
	/** Task calls of the last full listing or sweep; null before the first. */
	lastFullCalls: number | null;
	/** Calls this poll spent on the services. */
	serviceCalls: number;
	/** Services rolling out (rolloutServiceNames). */
	rolloutServices: readonly string[];
	/** What the fast lane will likely cost (the larger of the estimate and the last poll's). */
	fastCalls: number;
}

/** Full, or lanes with the calls the slow lane may spend this poll (see {@link PollMode}). */
export function choosePollMode(input: PlanInput): PollMode {
	const {budget, lastFullCalls} = input;
	if (budget === undefined || lastFullCalls === null || input.rolloutServices.length === 0) return {kind: 'full'};
	const perPoll = callsPerPoll(budget);
	if (lastFullCalls <= CHEAP_FULL_CALLS || input.serviceCalls + lastFullCalls <= perPoll) return {kind: 'full'};
	const sweepCalls = perPoll - input.serviceCalls - input.fastCalls;
	// A fast lane that alone fills the poll's share would stretch the interval as a full poll does.
	if (sweepCalls < 1) return {kind: 'full'};
	return {kind: 'lanes', services: [...input.rolloutServices], sweepCalls};
}

/** Polls one sweep takes when each may spend `sweepCalls` of the `fullCalls` it costs. */
export function sweepPolls(fullCalls: number, sweepCalls: number): number {
	return Math.max(1, Math.ceil(fullCalls / Math.max(1, sweepCalls)));
}

const SETTLED = new Set(['RUNNING', 'STOPPED', 'DELETED']);

/**
 * Whether a task was last seen between states: its lastStatus is not RUNNING or STOPPED, its
 * desired status is not yet reached, or it is UNHEALTHY. UNKNOWN health is left out here (a task
 * without a health check reports UNKNOWN all its life: a cluster of them would all be "in
 * transition"); the rolling services' tasks are described every poll whatever their health.
 */
export function inTransition(row: TaskRow): boolean {
	if (row.lastStatus === null || !SETTLED.has(row.lastStatus)) return true;
	if (row.lastStatus === 'RUNNING' && row.desiredStatus !== null && row.desiredStatus !== 'RUNNING') return true;
	return row.lastStatus === 'RUNNING' && row.healthStatus === 'UNHEALTHY';
}

/**
 * The ARNs the fast lane describes: what it listed (tasks known STOPPED aside), what it listed on
 * the poll before and not now, and up to `limit` more tasks in transition. First-seen order, each once.
 */
export function fastDescribeArns(input: {
	listed: readonly string[];
	listedBefore: ReadonlySet<string>;
	rows: ReadonlyMap<string, TaskRow>;
	limit?: number;
}): string[] {
	const {listed, listedBefore, rows} = input;
	const limit = input.limit ?? TRANSITION_LIMIT;
	const out = new Set<string>();
	const now = new Set(listed);
	for (const arn of listed) {
		if (rows.get(arn)?.lastStatus !== 'STOPPED') out.add(arn);
	}

	for (const arn of listedBefore) {
		if (!now.has(arn) && rows.get(arn)?.lastStatus !== 'STOPPED') out.add(arn);
	}

	let extra = 0;
	for (const [arn, row] of rows) {
		if (extra >= limit) break;
		if (out.has(arn) || !inTransition(row)) continue;
		out.add(arn);
		extra++;
	}

	return [...out];
}
