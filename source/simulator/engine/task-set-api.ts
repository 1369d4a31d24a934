import {batchOf, includes, invalidParameter, required, serviceNotFound} from './api-checks.js';
import type {ClusterState} from './cluster-state.js';
import type {
	CreateTaskSetRequest,
	DeleteTaskSetRequest,
	DescribeTaskSetsRequest,
	ScaleInput,
	UpdateServicePrimaryTaskSetRequest,
	UpdateTaskSetRequest,
} from './ecs-api.js';
import type {CapacityProviderItem, ServiceLaunch, ServiceLoadBalancer, ServiceState} from './service-state.js';
import {checkLoadBalancers, replacementLoadBalancers} from './service-targets.js';
import type {TaskDefinition} from './task-definitions.js';
import {taskSetSchedulerOf} from './task-set-scheduler.js';
import {taskSetToWire} from './task-set-wire.js';
import type {TaskSetController, TaskSetService, TaskSetState} from './task-sets.js';
import {findTaskSet, isTaskSetService, sortTaskSets, taskSetArn} from './task-sets.js';
import {EcsError, type WireRecord} from './world-api.js';
import type {SimulatedWorld} from './world.js';

/*
 * CreateTaskSet, UpdateTaskSet, UpdateServicePrimaryTaskSet, DeleteTaskSet and DescribeTaskSets
 * (API reference, API_<operation>.html; the developer guide's "Deploy Amazon ECS services using a
 * third-party controller", deployment-type-external.html).
 *
 * The API reference reserves the task-set operations to EXTERNAL services; CodeDeploy makes the same
 * calls for CODE_DEPLOY services, so the simulator accepts both (its demo plays CodeDeploy's part), and
 * a set created in a CODE_DEPLOY service is `startedBy` CODE_DEPLOY (API_TaskSet).
 *
 * Where each message comes from:
 * - verified (quoted in public issues): "5 deployments exist on the service. Unable to create new
 *   TaskSet since this exceeds the maximum limit." (aws-samples/ecs-bg-external-controller#6);
 *   "Unable to update task definition on services with a CODE_DEPLOY deployment controller. Use AWS
 *   CodeDeploy to trigger a new deployment." (UpdateService; boto/boto3#1936, fabfuel/ecs-deploy#120).
 * - unverified, modelled on ECS's wording: the controller check, TaskSetNotFoundException's message,
 *   the scale range, deleting the PRIMARY set or one not scaled down without `force`, the EXTERNAL
 *   variant of the UpdateService refusal.
 */

const maxTaskSets = 5;

const taskSetNotFound = (): EcsError => new EcsError('TaskSetNotFoundException', 'The specified task set does not exist.');

/** The service a task-set request names, which must use the CODE_DEPLOY or EXTERNAL controller. */
function taskSetServiceOf(world: SimulatedWorld, input: {cluster?: string; service?: string}): {cluster: ClusterState; service: TaskSetService} {
	world.sync();
	const cluster = world.cluster(required(input.cluster, 'cluster'));
	const service = world.service(cluster, required(input.service, 'service'));
	if (!service) throw serviceNotFound();
	if (!isTaskSetService(service)) {
		throw invalidParameter('Amazon ECS only supports task set management on services configured to use external deployment controllers.');
	}

	return {cluster, service};
}

function taskSetOf(service: TaskSetService, reference: string | undefined, member: string): TaskSetState {
	const set = findTaskSet(service, required(reference, member));
	if (!set) throw taskSetNotFound();
	return set;
}

/** API_Scale: a value from 0 to 100, unit PERCENT. */
function scaleOf(scale: ScaleInput | undefined, fallback: number): number {
	if (scale === undefined) return fallback;
	const value = scale.value ?? fallback;
	if (!Number.isFinite(value) || value < 0 || value > 100) throw invalidParameter('The scale value must be between 0 and 100.');
	if (scale.unit !== undefined && scale.unit !== 'PERCENT') throw invalidParameter(`Invalid scale unit ${scale.unit}.`);
	return value;
}

function launchOf(service: ServiceState, input: CreateTaskSetRequest): ServiceLaunch {
	if (input.launchType !== undefined && input.capacityProviderStrategy !== undefined) {
		throw invalidParameter('Specifying both a launch type and capacity provider strategy is not supported. Remove one and try again.');
	}

	if (input.launchType !== undefined) {
		if (input.launchType !== 'FARGATE' && input.launchType !== 'EC2') throw invalidParameter(`Unsupported launch type: ${input.launchType}.`);
		return {launchType: input.launchType};
	}

	if (input.capacityProviderStrategy !== undefined) {
		const strategy: CapacityProviderItem[] = input.capacityProviderStrategy.map(item => ({
			capacityProvider: required(item.capacityProvider, 'capacityProvider'),
			weight: item.weight ?? 0,
			base: item.base ?? 0,
		}));
		return {capacityProviderStrategy: strategy};
	}

	return service.launch;
}

export interface NewTaskSet {
	definition: TaskDefinition;
	scale: number;
	launch?: ServiceLaunch;
	subnets?: TaskSetState['subnets'];
	securityGroups?: string[];
	status?: 'PRIMARY' | 'ACTIVE';
	startedBy?: string;
	externalId?: string;
	tags?: Array<{key: string; value: string}>;
	loadBalancers?: ServiceLoadBalancer[];
}

/** Adds a task set to the service at `at`; the scheduler starts its tasks soon. */
export function addTaskSet(world: SimulatedWorld, cluster: ClusterState, service: TaskSetService, spec: NewTaskSet, at: number): TaskSetState {
	const scheduler = taskSetSchedulerOf(world);
	const id = scheduler.newId();
	const set: TaskSetState = {
		id,
		arn: taskSetArn(service, id),
		status: spec.status ?? 'ACTIVE',
		definition: spec.definition,
		scale: spec.scale,
		launch: spec.launch ?? service.launch,
		subnets: spec.subnets ?? service.subnets,
		securityGroups: spec.securityGroups ?? service.securityGroups,
		tags: spec.tags ?? [],
		createdAt: at,
		updatedAt: at,
		stabilityStatus: 'STABILIZING',
		stabilityStatusAt: at,
		tasks: new Set(),
	};
	if (spec.startedBy !== undefined) set.startedBy = spec.startedBy;
	if (spec.externalId !== undefined) set.externalId = spec.externalId;
	if (spec.loadBalancers !== undefined && spec.loadBalancers.length > 0) set.loadBalancers = spec.loadBalancers;
	service.taskSets.push(set);
	sortTaskSets(service);
	service.steady = false;
	scheduler.poke(cluster, service, at);
	return set;
}

/**
 * Makes a new service one of task sets (CreateService with deploymentController CODE_DEPLOY or
 * EXTERNAL). A CODE_DEPLOY service starts with its first (blue) task set, PRIMARY at 100%, no
 * startedBy (the real response in the fixture); an EXTERNAL one with none, until CreateTaskSet.
 */
export function adoptTaskSets(world: SimulatedWorld, cluster: ClusterState, service: ServiceState, controller: TaskSetController, definition: TaskDefinition, at: number): TaskSetService {
	const adopted = Object.assign(service, {controller, taskSets: [] as TaskSetState[]});
	const loadBalancers = service.loadBalancers === undefined ? {} : {loadBalancers: service.loadBalancers.map(lb => ({...lb}))};
	if (controller === 'CODE_DEPLOY') addTaskSet(world, cluster, adopted, {definition, scale: 100, status: 'PRIMARY', ...loadBalancers}, at);
	return adopted;
}

export function createTaskSet(world: SimulatedWorld, input: CreateTaskSetRequest): WireRecord {
	const {cluster, service} = taskSetServiceOf(world, input);
	const definition = world.registry.resolve(required(input.taskDefinition, 'taskDefinition'));
	if (!definition) throw invalidParameter('TaskDefinition not found.');
	if (service.taskSets.length >= maxTaskSets) {
		throw invalidParameter(`${service.taskSets.length} deployments exist on the service. Unable to create new TaskSet since this exceeds the maximum limit.`);
	}

	const spec: NewTaskSet = {definition, scale: scaleOf(input.scale, 0), launch: launchOf(service, input)};
	const awsvpc = input.networkConfiguration?.awsvpcConfiguration;
	if (awsvpc?.subnets !== undefined) {
		spec.subnets = awsvpc.subnets.map(id => {
			const subnet = cluster.subnets.find(s => s.id === id);
			if (!subnet) throw invalidParameter(`Error retrieving subnet information for [${id}]: The subnet ID '${id}' does not exist`);
			return subnet;
		});
	} else if (definition.networkMode === 'awsvpc' && service.controller === 'EXTERNAL') {
		// CodeDeploy takes the network configuration from the service; an external deployer must give it.
		throw invalidParameter("Network Configuration must be provided when networkMode 'awsvpc' is specified.");
	}

	if (awsvpc?.securityGroups !== undefined) spec.securityGroups = awsvpc.securityGroups;
	if (service.controller === 'CODE_DEPLOY') spec.startedBy = 'CODE_DEPLOY';
	if (input.externalId !== undefined) spec.externalId = input.externalId;
	if (input.tags !== undefined) spec.tags = input.tags.map(tag => ({key: required(tag.key, 'key'), value: tag.value ?? ''}));
	if (input.loadBalancers !== undefined && input.loadBalancers.length > 0) {
		spec.loadBalancers = checkLoadBalancers(world.elb, definition, input.loadBalancers.map(lb => ({
			targetGroupArn: required(lb.targetGroupArn, 'targetGroupArn'),
			containerName: required(lb.containerName, 'containerName'),
			containerPort: lb.containerPort ?? -1,
		})));
	} else {
		const replacement = replacementLoadBalancers(service);
		if (replacement !== undefined) spec.loadBalancers = replacement;
	}

	const set = addTaskSet(world, cluster, service, spec, world.now());
	return {taskSet: taskSetToWire(service, set, true)};
}

export function updateTaskSet(world: SimulatedWorld, input: UpdateTaskSetRequest): WireRecord {
	const {cluster, service} = taskSetServiceOf(world, input);
	const set = taskSetOf(service, input.taskSet, 'taskSet');
	if (input.scale === undefined) throw invalidParameter('scale can not be blank.');
	const scheduler = taskSetSchedulerOf(world);
	const at = world.now();
	if (set.status !== 'DRAINING') set.scale = scaleOf(input.scale, set.scale);
	scheduler.touch(set, at);
	scheduler.poke(cluster, service, at);
	return {taskSet: taskSetToWire(service, set, false)};
}

/** The new PRIMARY serves production traffic; the old one stays, ACTIVE, until it is deleted. */
export function updateServicePrimaryTaskSet(world: SimulatedWorld, input: UpdateServicePrimaryTaskSetRequest): WireRecord {
	const {cluster, service} = taskSetServiceOf(world, input);
	const set = taskSetOf(service, input.primaryTaskSet, 'primaryTaskSet');
	if (set.status === 'DRAINING') throw invalidParameter('The specified task set is draining and cannot be made primary.');
	const scheduler = taskSetSchedulerOf(world);
	const at = world.now();
	for (const other of service.taskSets) {
		if (other !== set && other.status === 'PRIMARY') {
			other.status = 'ACTIVE';
			other.updatedAt = at;
		}
	}

	set.status = 'PRIMARY';
	set.updatedAt = at;
	sortTaskSets(service);
	scheduler.poke(cluster, service, at);
	return {taskSet: taskSetToWire(service, set, false)};
}

/** The set goes DRAINING at scale 0; the scheduler stops its tasks and removes it once they have stopped. */
export function deleteTaskSet(world: SimulatedWorld, input: DeleteTaskSetRequest): WireRecord {
	const {cluster, service} = taskSetServiceOf(world, input);
	const set = taskSetOf(service, input.taskSet, 'taskSet');
	if (set.status === 'PRIMARY') throw invalidParameter('The primary task set of a service cannot be deleted.');
	if (set.scale > 0 && input.force !== true) {
		throw invalidParameter('The task set has not been scaled down to zero. Scale it to zero first or use force to delete it.');
	}

	const scheduler = taskSetSchedulerOf(world);
	const at = world.now();
	set.status = 'DRAINING';
	set.scale = 0;
	scheduler.touch(set, at);
	service.steady = false;
	scheduler.poke(cluster, service, at);
	return {taskSet: taskSetToWire(service, set, false)};
}

/** Every set of the service, or those named (ids or ARNs; unknown ones MISSING); `tags` with include TAGS. */
export function describeTaskSets(world: SimulatedWorld, input: DescribeTaskSetsRequest): WireRecord {
	const {service} = taskSetServiceOf(world, input);
	const withTags = includes(input.include, 'TAGS');
	const references = batchOf(input.taskSets, {limit: 100, tooMany: 'taskSets can have at most 100 items.'});
	if (references.length === 0) return {taskSets: service.taskSets.map(s => taskSetToWire(service, s, withTags)), failures: []};
	const taskSets: WireRecord[] = [];
	const failures: WireRecord[] = [];
	for (const reference of references) {
		const set = findTaskSet(service, reference);
		if (set) taskSets.push(taskSetToWire(service, set, withTags));
		else failures.push({arn: reference.startsWith('arn:') ? reference : taskSetArn(service, reference), reason: 'MISSING'});
	}

	return {taskSets, failures};
}

/** UpdateService on a task-set service: only the desired count (and what the simulator ignores) may change. */
export function checkTaskSetServiceUpdate(service: ServiceState, input: {taskDefinition?: string; forceNewDeployment?: boolean}): void {
	if (!isTaskSetService(service) || (input.taskDefinition === undefined && input.forceNewDeployment !== true)) return;
	throw invalidParameter(service.controller === 'CODE_DEPLOY'
		? 'Unable to update task definition on services with a CODE_DEPLOY deployment controller. Use AWS CodeDeploy to trigger a new deployment.'
		: 'Unable to update task definition on services with an EXTERNAL deployment controller. Use a new task set to deploy a new task definition.');
}
