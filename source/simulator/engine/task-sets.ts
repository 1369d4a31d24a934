import type {Subnet} from './network.js';
import type {ServiceLaunch, ServiceLoadBalancer, ServiceState} from './service-state.js';
import type {TaskDefinition} from './task-definitions.js';
import type {TaskState} from './task-state.js';

/*
 * Task sets: how services with the CODE_DEPLOY (blue/green) or EXTERNAL deployment controller run
 * their tasks, instead of deployments.
 *
 * - API_TaskSet (https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TaskSet.html): status
 *   PRIMARY (serving production traffic), ACTIVE (not serving it), DRAINING (its tasks are being
 *   stopped); `computedDesiredCount` is the service's desiredCount × `scale` percent, always rounded
 *   up; `stabilityStatus` is STEADY_STATE when runningCount equals computedDesiredCount, pendingCount
 *   is 0 and every task reports healthy, STABILIZING otherwise. `startedBy` is CODE_DEPLOY when a
 *   CodeDeploy deployment created the set, and `externalId` then holds the CodeDeploy deployment id.
 * - The developer guide's "Migrate CodeDeploy blue/green deployments to Amazon ECS blue/green
 *   deployments" (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/migrate-codedeploy-to-ecs-bluegreen.html):
 *   creating a CODE_DEPLOY service creates its first (blue) task set; a CodeDeploy deployment adds a
 *   replacement (green) one, shifts production traffic to it and removes the original.
 * - External deployments (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-external.html):
 *   the service starts with no task set; the deployer calls CreateTaskSet, UpdateTaskSet,
 *   UpdateServicePrimaryTaskSet and DeleteTaskSet.
 * - The AWS CLI's published examples (create-task-set, delete-task-set, update-task-set): a task set
 *   created without `scale` has scale 0 PERCENT; a deleted one reads DRAINING at scale 0.
 */

export type TaskSetController = 'CODE_DEPLOY' | 'EXTERNAL';

export type TaskSetStatus = 'PRIMARY' | 'ACTIVE' | 'DRAINING';

export type StabilityStatus = 'STABILIZING' | 'STEADY_STATE';

export interface TaskSetState {
	/** `ecs-svc/` and 19 digits, the format of deployment ids. */
	id: string;
	arn: string;
	status: TaskSetStatus;
	definition: TaskDefinition;
	/** Percent of the service's desired count, 0 to 100. */
	scale: number;
	launch: ServiceLaunch;
	subnets: Subnet[];
	securityGroups: string[];
	startedBy?: string;
	externalId?: string;
	tags: Array<{key: string; value: string}>;
	createdAt: number;
	updatedAt: number;
	stabilityStatus: StabilityStatus;
	stabilityStatusAt: number;
	/** Where its tasks register (CreateTaskSet `loadBalancers`). */
	loadBalancers?: ServiceLoadBalancer[];
	/** Its tasks not yet removed from the world, in launch order. */
	tasks: Set<TaskState>;
}

/** A service run by task sets: its controller and its sets, PRIMARY first, then the others newest first. */
export type TaskSetService = ServiceState & {controller: TaskSetController; taskSets: TaskSetState[]};

export const isTaskSetService = (service: ServiceState): service is TaskSetService => service.taskSets !== undefined;

/** API_TaskSet: desiredCount × scale, rounded up; a DRAINING set keeps nothing. */
export function computedDesiredCount(service: ServiceState, set: TaskSetState): number {
	if (set.status === 'DRAINING') return 0;
	// Rounded to a millionth first, so 100 × 0.07 = 7.000000000000001 does not become 8.
	return Math.ceil(Math.round(service.desiredCount * set.scale * 10_000) / 1_000_000);
}

export const primaryTaskSet = (service: TaskSetService): TaskSetState | undefined => service.taskSets.find(s => s.status === 'PRIMARY');

/** `arn:aws:ecs:REGION:ACCOUNT:task-set/CLUSTER/SERVICE/ecs-svc/…`, as in API_TaskSet and the fixture. */
export function taskSetArn(service: ServiceState, id: string): string {
	const prefix = service.arn.slice(0, service.arn.indexOf(':service/'));
	const path = service.arn.slice(service.arn.indexOf(':service/') + ':service/'.length);
	return `${prefix}:task-set/${path}/${id}`;
}

/** The set a request names by id (`ecs-svc/…`) or full ARN. */
export const findTaskSet = (service: TaskSetService, reference: string): TaskSetState | undefined =>
	service.taskSets.find(s => s.id === reference || s.arn === reference);

/** Keeps ECS's order: PRIMARY first, then the others newest first. */
export function sortTaskSets(service: TaskSetService): void {
	service.taskSets.sort((a, b) => Number(b.status === 'PRIMARY') - Number(a.status === 'PRIMARY') || b.createdAt - a.createdAt);
}
