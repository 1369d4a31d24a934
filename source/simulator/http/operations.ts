import {describeClusters, listClusters} from './cluster-operations.js';
import type {Operation} from './operation.js';
import {runTask} from './run-task-operation.js';
import {describeServices, listServices, updateService} from './service-operations.js';
import {describeTaskDefinition} from './task-definition-operations.js';
import {describeTasks, listTasks, stopTask} from './task-operations.js';

/** The ECS operations the simulator answers, by their `x-amz-target` name. */
export const operations: ReadonlyMap<string, Operation> = new Map([
	['ListClusters', listClusters],
	['DescribeClusters', describeClusters],
	['ListServices', listServices],
	['DescribeServices', describeServices],
	['UpdateService', updateService],
	['ListTasks', listTasks],
	['DescribeTasks', describeTasks],
	['StopTask', stopTask],
	['RunTask', runTask],
	['DescribeTaskDefinition', describeTaskDefinition],
]);
