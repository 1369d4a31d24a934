import {EcsError} from './world-api.js';

/*
 * ECS's request rules, checked once, here in the engine: the HTTP front only decodes the shape of
 * a request (member types), so every message below is the one a client sees.
 *
 * Where each message comes from:
 * - verified in published ECS answers (error output quoted in public issues and docs):
 *   "Cluster not found." (ClusterNotFoundException, many CLI outputs), "Service not found."
 *   (ListTasks with an unknown serviceName), "taskIds can have at most 100 items." (DescribeTasks;
 *   gchq/sleeper#555, remind101/empire#647, sil-org/ecs-deploy#266), "Tasks cannot be empty."
 *   (aws/copilot-cli#3551), "service names can have at most 10 items." (DescribeServices;
 *   remind101/empire#468, aws/aws-toolkit-vscode#2362, vertti/lazy-ecs#39), "Clusters can not be
 *   blank." (blox/blox#170: the "<member> can not be blank." pattern), "The referenced task was
 *   not found." (StopTask), "Unable to describe task definition." (ClientException).
 * - only seen in third-party code that quotes ECS: "Services cannot be empty.".
 * - unverified (ECS's wording not found; modelled on the verified ones): the DescribeClusters limit
 *   ("clusters can have at most 100 items."), the maxResults range, the invalid nextToken, the
 *   other "<member> can not be blank." members, desiredCount, count, reason length, desiredStatus
 *   and the startedBy exclusivity.
 */

/** ECS's InvalidParameterException, the answer to most bad input. */
export const invalidParameter = (message: string): EcsError => new EcsError('InvalidParameterException', message);

export const clusterNotFound = (): EcsError => new EcsError('ClusterNotFoundException', 'Cluster not found.');

export const serviceNotFound = (): EcsError => new EcsError('ServiceNotFoundException', 'Service not found.');

/** UpdateService or DeleteService on a DRAINING or INACTIVE service (wording unverified). */
export const serviceNotActive = (): EcsError => new EcsError('ServiceNotActiveException', 'Service was not ACTIVE.');

/** A nextToken that no listing of ours issued (or one of another listing). Unverified wording. */
export const invalidToken = (): EcsError => invalidParameter('Invalid token bad-token.');

/** `maxResults` within 1..100 (every ECS List* operation), or the operation's default page size. */
export function pageSize(maxResults: number | undefined, fallback: number): number {
	const size = maxResults ?? fallback;
	if (!Number.isInteger(size) || size < 1 || size > 100) {
		throw invalidParameter('maxResults must be between 1 and 100.');
	}

	return size;
}

export interface BatchRule {
	limit: number;
	/** Said for an empty (or absent) list; undefined where ECS accepts one. */
	empty?: string;
	tooMany: string;
}

/** The ids of a Describe* request: at most `rule.limit`, and not none where ECS wants some. */
export function batchOf(ids: readonly string[] | undefined, rule: BatchRule): readonly string[] {
	const list = ids ?? [];
	if (list.length === 0 && rule.empty !== undefined) throw invalidParameter(rule.empty);
	if (list.length > rule.limit) throw invalidParameter(rule.tooMany);
	return list;
}

export const describeTasksRule: BatchRule = {limit: 100, empty: 'Tasks cannot be empty.', tooMany: 'taskIds can have at most 100 items.'};
export const describeServicesRule: BatchRule = {limit: 10, empty: 'Services cannot be empty.', tooMany: 'service names can have at most 10 items.'};
export const describeClustersRule: BatchRule = {limit: 100, tooMany: 'clusters can have at most 100 items.'};

/** A required string member: missing or empty is ECS's "<member> can not be blank.". */
export function required(value: string | undefined, member: string): string {
	if (value === undefined || value.trim() === '') throw invalidParameter(`${member} can not be blank.`);
	return value;
}

/** Whether `include` asks for `what` (TAGS, STATISTICS, …); unknown values are ignored. */
export const includes = (include: readonly string[] | undefined, what: string): boolean => include?.includes(what) ?? false;
