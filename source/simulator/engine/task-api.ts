import {batchOf, describeTasksRule, includes, invalidParameter, pageSize, required, serviceNotFound} from './api-checks.js';
import type {DescribeTasksInput, ListTasksInput, StopTaskInput} from './ecs-api.js';
import {pageOf, pageRecord} from './page-token.js';
import type {ListTasksFilter, WireRecord} from './world-api.js';
import type {SimulatedWorld} from './world.js';

const desiredStatuses = new Set(['RUNNING', 'PENDING', 'STOPPED']);
/** Filters that cannot be combined with startedBy (ECS: "it must be the only filter that you use"). */
const exclusiveOfStartedBy = ['serviceName', 'family', 'containerInstance', 'launchType'] as const;
const filterKeys = ['serviceName', 'family', 'desiredStatus', 'launchType', 'startedBy', 'containerInstance'] as const;

/** ListTasks: pages of up to 100, filtered as ECS filters (desiredStatus RUNNING by default). */
export function listTasks(world: SimulatedWorld, input: ListTasksInput): WireRecord {
	world.sync();
	const cluster = world.cluster(input.cluster);
	const size = pageSize(input.maxResults, 100);
	const filter: ListTasksFilter = {};
	for (const key of filterKeys) {
		const value = input[key];
		if (value !== undefined) filter[key] = value;
	}

	if (filter.startedBy !== undefined && exclusiveOfStartedBy.some(key => filter[key] !== undefined)) {
		throw invalidParameter('startedBy may not be specified with any other filter.');
	}

	const desiredStatus = filter.desiredStatus ?? 'RUNNING';
	if (!desiredStatuses.has(desiredStatus)) throw invalidParameter(`Invalid desiredStatus ${desiredStatus}.`);
	if (filter.serviceName !== undefined && !world.service(cluster, filter.serviceName)) throw serviceNotFound();
	// ECS accepts PENDING but never matches it.
	const arns = desiredStatus === 'PENDING' ? [] : world.listTaskArns(cluster.arn, {...filter, desiredStatus});
	return pageRecord('taskArns', pageOf('tasks', arns, size, input.nextToken));
}

/** DescribeTasks: 1 to 100 ids or ARNs, unknown ones MISSING; `tags` only with include TAGS. */
export function describeTasks(world: SimulatedWorld, input: DescribeTasksInput): WireRecord {
	world.sync();
	const cluster = world.cluster(input.cluster);
	const ids = batchOf(input.tasks, describeTasksRule);
	const withTags = includes(input.include, 'TAGS');
	const tasks: WireRecord[] = [];
	const failures: WireRecord[] = [];
	for (const id of ids) {
		const task = world.describeTask(cluster.arn, id);
		if (!task) {
			failures.push({arn: id.startsWith('arn:') ? id : `arn:aws:ecs:${world.region}:${world.accountId}:task/${cluster.name}/${id}`, reason: 'MISSING'});
		} else {
			if (!withTags) delete task['tags'];
			tasks.push(task);
		}
	}

	return {tasks, failures};
}

/** StopTask: the task by id or ARN, with an optional reason of up to 255 characters. */
export function stopTask(world: SimulatedWorld, input: StopTaskInput): WireRecord {
	const cluster = world.cluster(input.cluster);
	const task = required(input.task, 'task');
	if (input.reason !== undefined && input.reason.length > 255) throw invalidParameter('Reason can not be longer than 255 characters.');
	return {task: world.stopTask(cluster.arn, task, input.reason)};
}
