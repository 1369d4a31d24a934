import type {DesiredStatus} from './list-task-arns.js';

/**
 * The slow lane of a poll plan (ecs/poll-plan.ts): one full listing and describing of the scope,
 * spread over polls, one call per step. Per scope (the cluster, or each watched service) every
 * RUNNING page is read before the STOPPED ones — desired status only goes from RUNNING to STOPPED,
 * so a task that stops while the sweep is under way is still listed (as in listTaskArns). ListTasks
 * resumes after the last ARN of the token's page, so pages read polls apart list every task present
 * throughout exactly once; a task started meanwhile on a page already read waits for the next sweep
 * (or the fast lane). Listed ARNs are described 100 at a time, those refreshed already since the
 * sweep began (by the fast lane) aside. The state is mutable: the fetch owns one sweep at a time.
 */
export interface TaskSweep {
	readonly scopes: ReadonlyArray<{serviceName?: string; desiredStatus: DesiredStatus}>;
	/** The scope being listed; `scopes.length` once every page has been read. */
	scope: number;
	/** Where the scope's listing resumes; undefined at its first page. */
	nextToken: string | undefined;
	/** Listed, not yet described. */
	queue: string[];
	/** Listed since the sweep began, by it or by the fast lane: what the scope holds. */
	readonly seen: Set<string>;
	/** Described since the sweep began. */
	readonly refreshed: Set<string>;
	/** Calls the sweep has spent so far. */
	calls: number;
}

export type SweepStep =
	| {kind: 'list'; serviceName?: string; desiredStatus: DesiredStatus; nextToken?: string}
	| {kind: 'describe'; taskArns: string[]}
	| {kind: 'done'};

const BATCH = 100;

/** A new sweep of the cluster (no `services`) or of each of the services. */
export function newSweep(services?: readonly string[]): TaskSweep {
	const names: Array<string | undefined> = services === undefined ? [undefined] : [...new Set(services)];
	const scopes = names.flatMap(serviceName => (['RUNNING', 'STOPPED'] as const).map(desiredStatus => (serviceName === undefined ? {desiredStatus} : {serviceName, desiredStatus})));
	return {scopes, scope: 0, nextToken: undefined, queue: [], seen: new Set(), refreshed: new Set(), calls: 0};
}

/**
 * The sweep's next call: describe a full batch as soon as one is queued (and the rest once
 * everything is listed), list the next page otherwise; `done` when nothing is left.
 */
export function nextSweepStep(sweep: TaskSweep): SweepStep {
	sweep.queue = sweep.queue.filter(arn => !sweep.refreshed.has(arn));
	const listing = sweep.scope < sweep.scopes.length;
	if (sweep.queue.length >= BATCH || (!listing && sweep.queue.length > 0)) {
		return {kind: 'describe', taskArns: sweep.queue.slice(0, BATCH)};
	}

	const scope = sweep.scopes[sweep.scope];
	if (scope === undefined) return {kind: 'done'};
	return sweep.nextToken === undefined ? {kind: 'list', ...scope} : {kind: 'list', ...scope, nextToken: sweep.nextToken};
}

/** Records a page of the scope being listed. */
export function sweepListed(sweep: TaskSweep, taskArns: readonly string[], nextToken: string | undefined): void {
	sweep.calls++;
	for (const arn of taskArns) {
		sweep.seen.add(arn);
		if (!sweep.refreshed.has(arn)) sweep.queue.push(arn);
	}

	sweep.queue = [...new Set(sweep.queue)];
	sweep.nextToken = nextToken;
	if (nextToken === undefined) sweep.scope++;
}

/** Skips the scope being listed (a watched service ECS does not know). */
export function sweepSkipScope(sweep: TaskSweep): void {
	sweep.calls++;
	sweep.nextToken = undefined;
	sweep.scope++;
}

/** Records ARNs described (by the sweep, `call` true, or by the fast lane). */
export function sweepRefreshed(sweep: TaskSweep, taskArns: readonly string[], call: boolean): void {
	if (call) sweep.calls++;
	for (const arn of taskArns) sweep.refreshed.add(arn);
}

/** Records ARNs another listing (the fast lane's) saw: they are in the scope. */
export function sweepSaw(sweep: TaskSweep, taskArns: readonly string[]): void {
	for (const arn of taskArns) sweep.seen.add(arn);
}
