import type {EcsApi} from '../engine/ecs-api.js';
import type {WireRecord} from '../engine/world-api.js';
import {decode, type Input, type Members} from './decode.js';

/** One ECS operation: a request body in, decoded by shape, a response body (engine timestamps in ms) out. */
export type Operation = (api: EcsApi, input: Input) => WireRecord;

const page = {maxResults: 'integer', nextToken: 'string'} as const satisfies Members;
const strategy = {list: {capacityProvider: 'string', weight: 'integer', base: 'integer'}} as const;
const tags = {list: {key: 'string', value: 'string'}} as const;
const awsvpc = {structure: {subnets: 'strings', securityGroups: 'strings', assignPublicIp: 'string'}} as const;
const scale = {structure: {value: 'double', unit: 'string'}} as const;

/** The members of each operation's request, with their types (ECS service model, 2014-11-13). */
const shapes = {
	listClusters: page,
	describeClusters: {clusters: 'strings', include: 'strings'},
	listServices: {...page, cluster: 'string', launchType: 'string', schedulingStrategy: 'string'},
	describeServices: {cluster: 'string', services: 'strings', include: 'strings'},
	updateService: {cluster: 'string', service: 'string', desiredCount: 'integer', taskDefinition: 'string', forceNewDeployment: 'boolean'},
	listTasks: {
		...page,
		cluster: 'string',
		serviceName: 'string',
		family: 'string',
		desiredStatus: 'string',
		launchType: 'string',
		startedBy: 'string',
		containerInstance: 'string',
	},
	describeTasks: {cluster: 'string', tasks: 'strings', include: 'strings'},
	stopTask: {cluster: 'string', task: 'string', reason: 'string'},
	runTask: {
		cluster: 'string',
		taskDefinition: 'string',
		count: 'integer',
		launchType: 'string',
		capacityProviderStrategy: strategy,
		group: 'string',
		startedBy: 'string',
		networkConfiguration: {structure: {awsvpcConfiguration: awsvpc}},
		tags,
	},
	describeTaskDefinition: {taskDefinition: 'string', include: 'strings'},
	deleteService: {cluster: 'string', service: 'string', force: 'boolean'},
	listServiceDeployments: {...page, cluster: 'string', service: 'string', status: 'strings', createdAt: {structure: {before: 'double', after: 'double'}}},
	describeServiceDeployments: {serviceDeploymentArns: 'strings'},
	describeServiceRevisions: {serviceRevisionArns: 'strings'},
	createTaskSet: {
		cluster: 'string',
		service: 'string',
		externalId: 'string',
		taskDefinition: 'string',
		networkConfiguration: {structure: {awsvpcConfiguration: awsvpc}},
		launchType: 'string',
		capacityProviderStrategy: strategy,
		scale,
		tags,
		loadBalancers: {list: {targetGroupArn: 'string', loadBalancerName: 'string', containerName: 'string', containerPort: 'integer'}},
	},
	updateTaskSet: {cluster: 'string', service: 'string', taskSet: 'string', scale},
	updateServicePrimaryTaskSet: {cluster: 'string', service: 'string', primaryTaskSet: 'string'},
	deleteTaskSet: {cluster: 'string', service: 'string', taskSet: 'string', force: 'boolean'},
	describeTaskSets: {cluster: 'string', service: 'string', taskSets: 'strings', include: 'strings'},
	listContainerInstances: {...page, cluster: 'string', filter: 'string', status: 'string'},
	describeContainerInstances: {cluster: 'string', containerInstances: 'strings', include: 'strings'},
} as const satisfies {[K in keyof EcsApi]: Members};

/** The ECS operations the simulator answers, by their `x-amz-target` name. */
export const operations: ReadonlyMap<string, Operation> = new Map<string, Operation>([
	['ListClusters', (api, input) => api.listClusters(decode(input, shapes.listClusters))],
	['DescribeClusters', (api, input) => api.describeClusters(decode(input, shapes.describeClusters))],
	['ListServices', (api, input) => api.listServices(decode(input, shapes.listServices))],
	['DescribeServices', (api, input) => api.describeServices(decode(input, shapes.describeServices))],
	['UpdateService', (api, input) => api.updateService(decode(input, shapes.updateService))],
	['ListTasks', (api, input) => api.listTasks(decode(input, shapes.listTasks))],
	['DescribeTasks', (api, input) => api.describeTasks(decode(input, shapes.describeTasks))],
	['StopTask', (api, input) => api.stopTask(decode(input, shapes.stopTask))],
	['RunTask', (api, input) => api.runTask(decode(input, shapes.runTask))],
	['DescribeTaskDefinition', (api, input) => api.describeTaskDefinition(decode(input, shapes.describeTaskDefinition))],
	['DeleteService', (api, input) => api.deleteService(decode(input, shapes.deleteService))],
	['ListServiceDeployments', (api, input) => api.listServiceDeployments(decode(input, shapes.listServiceDeployments))],
	['DescribeServiceDeployments', (api, input) => api.describeServiceDeployments(decode(input, shapes.describeServiceDeployments))],
	['DescribeServiceRevisions', (api, input) => api.describeServiceRevisions(decode(input, shapes.describeServiceRevisions))],
	['CreateTaskSet', (api, input) => api.createTaskSet(decode(input, shapes.createTaskSet))],
	['UpdateTaskSet', (api, input) => api.updateTaskSet(decode(input, shapes.updateTaskSet))],
	['UpdateServicePrimaryTaskSet', (api, input) => api.updateServicePrimaryTaskSet(decode(input, shapes.updateServicePrimaryTaskSet))],
	['DeleteTaskSet', (api, input) => api.deleteTaskSet(decode(input, shapes.deleteTaskSet))],
	['DescribeTaskSets', (api, input) => api.describeTaskSets(decode(input, shapes.describeTaskSets))],
	['ListContainerInstances', (api, input) => api.listContainerInstances(decode(input, shapes.listContainerInstances))],
	['DescribeContainerInstances', (api, input) => api.describeContainerInstances(decode(input, shapes.describeContainerInstances))],
]);
