import {formatLaunch} from '../format.js';
import {targetFilterValues} from '../targets/target-cell.js';
import type {TaskRow} from '../task-row.js';
import {defineFieldTable, describeFields} from './field-table.js';
import {parseFilter} from './filter-grammar.js';
import {matchesFilter} from './filter-match.js';
import type {Filter, FilterFieldInfo, ParsedFilter} from './filter-types.js';

const portText = (port: number | null) => (port === null ? null : String(port));

/**
 * The task grid's filter fields. Plain words search every field marked plain, plus the task ARN,
 * desired status, private DNS name, raw launch type and capacity provider, and host ports.
 *
 * | field       | aliases    | rule            | reads                                       |
 * |-------------|------------|-----------------|---------------------------------------------|
 * | `id`        | `task`     | substring       | task id                                     |
 * | `ip`        |            | prefix          | private IPv4 and IPv6                       |
 * | `eni`       |            | substring       | ENI id                                      |
 * | `az`        |            | az              | Availability Zone (`az:b` = ends in b)      |
 * | `subnet`    |            | substring       | subnet id                                   |
 * | `service`   | `svc`      | prefix          | service name                                |
 * | `rev`       | `revision` | task-definition | family:revision (`42`, `web:42`, `web`)     |
 * | `status`    |            | prefix          | last status (`status:stop` = STOPPING, STOPPED) |
 * | `health`    |            | prefix          | health status (`health:healthy` ≠ UNHEALTHY) |
 * | `target`    |            | prefix          | load-balancer target state the TARGET cell shows, its reason |
 * | `launch`    |            | substring       | FARGATE, FARGATE_SPOT, EC2, EXTERNAL        |
 * | `container` |            | substring       | container names                             |
 * | `port`      |            | number          | host and container ports                    |
 *
 * Prefix where a substring would surprise: `health:healthy` must not find UNHEALTHY, `ip:10.0.4`
 * not 110.0.4.9, `service:api` not payments-api. Plain words stay substrings for everything.
 */
export const TASK_FIELDS = defineFieldTable<TaskRow>([
	{name: 'id', aliases: ['task'], rule: 'substring', plain: true, example: 'id:0abaea15', description: 'task id', read: row => [row.taskId]},
	{name: 'ip', aliases: [], rule: 'prefix', plain: true, example: 'ip:10.0.4', description: 'private IPv4 or IPv6 address', read: row => [row.privateIpv4, row.ipv6]},
	{name: 'eni', aliases: [], rule: 'substring', plain: true, example: 'eni:eni-0ab', description: 'network interface id', read: row => [row.eniId]},
	{name: 'az', aliases: [], rule: 'az', plain: true, example: 'az:b', description: 'Availability Zone; one letter is the zone\'s last letter', read: row => [row.availabilityZone]},
	{name: 'subnet', aliases: [], rule: 'substring', plain: true, example: 'subnet:subnet-0a1', description: 'subnet id', read: row => [row.subnetId]},
	{name: 'service', aliases: ['svc'], rule: 'prefix', plain: true, example: 'service:web', description: 'service name', read: row => [row.service]},
	{
		name: 'rev', aliases: ['revision'], rule: 'task-definition', plain: true, example: 'rev:42',
		description: 'revision number, or family:revision, or family', read: row => [row.taskDefinition],
	},
	{name: 'status', aliases: [], rule: 'prefix', plain: true, example: 'status:stopped', description: 'last status', read: row => [row.lastStatus]},
	{name: 'health', aliases: [], rule: 'prefix', plain: true, example: 'health:unhealthy', description: 'health status', read: row => [row.healthStatus]},
	{
		name: 'target', aliases: [], rule: 'prefix', plain: true, example: 'target:unhealthy',
		description: 'load-balancer target state (healthy, unhealthy, initial, draining, unused, unregistered) or reason', read: targetFilterValues,
	},
	{name: 'launch', aliases: [], rule: 'substring', plain: true, example: 'launch:spot', description: 'FARGATE, FARGATE_SPOT or EC2', read: row => [formatLaunch(row)]},
	{name: 'container', aliases: [], rule: 'substring', plain: true, example: 'container:nginx', description: 'container name', read: row => row.containers.map(container => container.name)},
	{
		name: 'port', aliases: [], rule: 'number', plain: false, example: 'port:8080', description: 'host or container port',
		read: row => row.hostPorts.flatMap(port => [portText(port.hostPort), portText(port.containerPort)]),
	},
], row => [
	row.taskArn, row.desiredStatus, row.privateDnsName, row.launchType, row.capacityProviderName,
	...row.hostPorts.map(port => portText(port.hostPort)),
]);

/** Parses the task grid's filter text (see TASK_FIELDS for the fields). */
export function parseTaskFilter(text: string): ParsedFilter<TaskRow> {
	return parseFilter(TASK_FIELDS, text);
}

/** Whether a task passes a parsed filter. */
export function matchesTask(filter: Filter<TaskRow>, row: TaskRow): boolean {
	return matchesFilter(TASK_FIELDS, filter, row);
}

/** The task grid's filter fields, for the help text and the README. */
export function taskFilterFields(): FilterFieldInfo[] {
	return describeFields(TASK_FIELDS);
}
