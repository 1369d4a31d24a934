import {EcsError, type ListTasksFilter} from '../engine/world-api.js';
import {invalidParameter} from './ecs-fault.js';
import {
	includesTags,
	lastSegment,
	maxResults,
	optionalString,
	optionalStringList,
	requireCluster,
	requiredString,
	withTags,
} from './input.js';
import {describeBatch} from './describe-batch.js';
import {arnOf, type Operation} from './operation.js';
import {pageOf} from './page-token.js';

const desiredStatuses = new Set(['RUNNING', 'PENDING', 'STOPPED']);
/** Filters that cannot be combined with startedBy (ECS: "it must be the only filter that you use"). */
const exclusiveOfStartedBy = ['serviceName', 'family', 'containerInstance', 'launchType'] as const;

function listFilter(input: Parameters<Operation>[1]): ListTasksFilter {
	const filter: ListTasksFilter = {};
	for (const key of ['serviceName', 'family', 'desiredStatus', 'launchType', 'startedBy', 'containerInstance'] as const) {
		const value = optionalString(input, key);
		if (value !== undefined) {
			filter[key] = value;
		}
	}

	return filter;
}

export const listTasks: Operation = (world, input) => {
	const {cluster} = requireCluster(world, input);
	const size = maxResults(input, 100);
	const filter = listFilter(input);
	if (filter.startedBy !== undefined && exclusiveOfStartedBy.some((key) => filter[key] !== undefined)) {
		throw invalidParameter('startedBy may not be specified with any other filter.');
	}

	const desiredStatus = filter.desiredStatus ?? 'RUNNING';
	if (!desiredStatuses.has(desiredStatus)) {
		throw invalidParameter(`Invalid desiredStatus ${desiredStatus}.`);
	}

	if (filter.serviceName !== undefined && !world.describeService(cluster, filter.serviceName)) {
		throw new EcsError('ServiceNotFoundException', 'Service not found.');
	}

	// ECS accepts PENDING but never matches it.
	const arns = desiredStatus === 'PENDING' ? [] : world.listTaskArns(cluster, {...filter, desiredStatus});
	const page = pageOf('tasks', arns, size, optionalString(input, 'nextToken'));
	return page.nextToken === undefined ? {taskArns: page.arns} : {taskArns: page.arns, nextToken: page.nextToken};
};

export const describeTasks: Operation = (world, input) => {
	const {cluster, record} = requireCluster(world, input);
	const keepTags = includesTags(input);
	const clusterName = String(record['clusterName'] ?? lastSegment(cluster));
	const {found, failures} = describeBatch({
		label: 'Tasks',
		ids: optionalStringList(input, 'tasks') ?? [],
		limit: 100,
		lookup: (id) => world.describeTask(cluster, id),
		arnFor: (id) => arnOf(world, `task/${clusterName}/${id}`),
		keep: (task) => withTags(task, keepTags),
	});
	return {tasks: found, failures};
};

export const stopTask: Operation = (world, input) => {
	const {cluster} = requireCluster(world, input);
	const task = requiredString(input, 'task');
	const reason = optionalString(input, 'reason');
	if (reason !== undefined && reason.length > 255) {
		throw invalidParameter('Reason can not be longer than 255 characters.');
	}

	return {task: world.stopTask(cluster, task, reason)};
};
