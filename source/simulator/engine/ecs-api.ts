import type {DescribeContainerInstancesInput, ListContainerInstancesInput} from './container-instance-api.js';
import type {ListTasksFilter, WireRecord} from './world-api.js';

/*
 * The ECS operations of a world, as the HTTP front calls them. Inputs are requests as decoded from
 * JSON: every member has its wire type, but none has been checked against ECS's rules yet (required
 * members, limits, ranges, existence). The engine checks them all (api-checks.ts) and throws
 * EcsError, so the front never validates anything itself. Outputs are response bodies in wire
 * shape, timestamps in epoch milliseconds.
 */

export interface PageInput {
	maxResults?: number;
	nextToken?: string;
}

export type ListClustersInput = PageInput;

export interface DescribeClustersInput {
	clusters?: string[];
	/** ATTACHMENTS, CONFIGURATIONS, SETTINGS, STATISTICS, TAGS. */
	include?: string[];
}

export interface ListServicesInput extends PageInput {
	cluster?: string;
	launchType?: string;
	schedulingStrategy?: string;
}

export interface DescribeServicesInput {
	cluster?: string;
	services?: string[];
	include?: string[];
}

export interface UpdateServiceRequest {
	cluster?: string;
	service?: string;
	desiredCount?: number;
	taskDefinition?: string;
	forceNewDeployment?: boolean;
}

/** ListTasks' members: a page, a cluster, and the world's own task filter. */
export interface ListTasksInput extends PageInput, ListTasksFilter {
	cluster?: string;
}

export interface DescribeTasksInput {
	cluster?: string;
	tasks?: string[];
	include?: string[];
}

export interface StopTaskInput {
	cluster?: string;
	task?: string;
	reason?: string;
}

export interface RunTaskRequest {
	cluster?: string;
	taskDefinition?: string;
	count?: number;
	launchType?: string;
	capacityProviderStrategy?: Array<{capacityProvider?: string; weight?: number; base?: number}>;
	group?: string;
	startedBy?: string;
	networkConfiguration?: {awsvpcConfiguration?: {subnets?: string[]; securityGroups?: string[]; assignPublicIp?: string}};
	tags?: Array<{key?: string; value?: string}>;
}

export interface DescribeTaskDefinitionInput {
	taskDefinition?: string;
	include?: string[];
}

/** API_Scale: a percentage of the service's desired count. */
export interface ScaleInput {
	value?: number;
	unit?: string;
}

export interface CreateTaskSetRequest {
	cluster?: string;
	service?: string;
	externalId?: string;
	taskDefinition?: string;
	networkConfiguration?: {awsvpcConfiguration?: {subnets?: string[]; securityGroups?: string[]; assignPublicIp?: string}};
	launchType?: string;
	capacityProviderStrategy?: Array<{capacityProvider?: string; weight?: number; base?: number}>;
	scale?: ScaleInput;
	tags?: Array<{key?: string; value?: string}>;
	loadBalancers?: Array<{targetGroupArn?: string; loadBalancerName?: string; containerName?: string; containerPort?: number}>;
}

export interface UpdateTaskSetRequest {
	cluster?: string;
	service?: string;
	taskSet?: string;
	scale?: ScaleInput;
}

export interface UpdateServicePrimaryTaskSetRequest {
	cluster?: string;
	service?: string;
	primaryTaskSet?: string;
}

export interface DeleteTaskSetRequest {
	cluster?: string;
	service?: string;
	taskSet?: string;
	force?: boolean;
}

export interface DescribeTaskSetsRequest {
	cluster?: string;
	service?: string;
	taskSets?: string[];
	include?: string[];
}

export interface DeleteServiceRequest {
	cluster?: string;
	service?: string;
	force?: boolean;
}

export interface ListServiceDeploymentsRequest extends PageInput {
	cluster?: string;
	service?: string;
	status?: string[];
	/** Epoch seconds, as on the wire. */
	createdAt?: {before?: number; after?: number};
}

export interface DescribeServiceDeploymentsRequest {
	serviceDeploymentArns?: string[];
}

export interface DescribeServiceRevisionsRequest {
	serviceRevisionArns?: string[];
}

/** ECS's API over one world. Every method throws EcsError for ECS's error cases. */
export interface EcsApi {
	listClusters(input: ListClustersInput): WireRecord;
	describeClusters(input: DescribeClustersInput): WireRecord;
	listServices(input: ListServicesInput): WireRecord;
	describeServices(input: DescribeServicesInput): WireRecord;
	updateService(input: UpdateServiceRequest): WireRecord;
	listTasks(input: ListTasksInput): WireRecord;
	describeTasks(input: DescribeTasksInput): WireRecord;
	stopTask(input: StopTaskInput): WireRecord;
	runTask(input: RunTaskRequest): WireRecord;
	describeTaskDefinition(input: DescribeTaskDefinitionInput): WireRecord;
	deleteService(input: DeleteServiceRequest): WireRecord;
	listServiceDeployments(input: ListServiceDeploymentsRequest): WireRecord;
	describeServiceDeployments(input: DescribeServiceDeploymentsRequest): WireRecord;
	describeServiceRevisions(input: DescribeServiceRevisionsRequest): WireRecord;
	createTaskSet(input: CreateTaskSetRequest): WireRecord;
	updateTaskSet(input: UpdateTaskSetRequest): WireRecord;
	updateServicePrimaryTaskSet(input: UpdateServicePrimaryTaskSetRequest): WireRecord;
	deleteTaskSet(input: DeleteTaskSetRequest): WireRecord;
	describeTaskSets(input: DescribeTaskSetsRequest): WireRecord;
	listContainerInstances(input: ListContainerInstancesInput): WireRecord;
	describeContainerInstances(input: DescribeContainerInstancesInput): WireRecord;
}
