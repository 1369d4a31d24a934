import type {ServiceRow} from '../service-row.js';
import {defineFieldTable, describeFields} from './field-table.js';
import {parseFilter} from './filter-grammar.js';
import {matchesFilter} from './filter-match.js';
import type {Filter, FilterFieldInfo, ParsedFilter} from './filter-types.js';

/**
 * A services-list row as the filter sees it: the service and the one word the list shows for its
 * rollout (steady, scaling, deploying, rolling back, FAILED), which the UI words. Keep the same
 * object across key presses: its prepared values are cached per object.
 */
export interface ServiceFilterRow {
	readonly service: ServiceRow;
	readonly rolloutWord: string;
}

/**
 * The services list's filter fields. Plain words search them and the service's status and task
 * definition too.
 *
 * | field    | aliases | rule      | reads                                            |
 * |----------|---------|-----------|--------------------------------------------------|
 * | `name`   |         | prefix    | service name                                     |
 * | `state`  |         | prefix    | rollout word (`state:roll` = rolling back)       |
 * | `launch` |         | substring | launch type and capacity providers               |
 */
export const SERVICE_FIELDS = defineFieldTable<ServiceFilterRow>([
	{name: 'name', aliases: [], rule: 'prefix', plain: true, example: 'name:web', description: 'service name', read: row => [row.service.serviceName]},
	{
		name: 'state', aliases: [], rule: 'prefix', plain: true, example: 'state:deploying',
		description: 'steady, scaling, deploying, rolling back, FAILED or draining', read: row => [row.rolloutWord],
	},
	{
		name: 'launch', aliases: [], rule: 'substring', plain: true, example: 'launch:spot',
		description: 'launch type or capacity provider', read: row => [row.service.launchType, ...row.service.capacityProviders],
	},
], row => [row.service.status, row.service.taskDefinition]);

/** Parses the services list's filter text (see SERVICE_FIELDS). */
export function parseServiceFilter(text: string): ParsedFilter<ServiceFilterRow> {
	return parseFilter(SERVICE_FIELDS, text);
}

/** Whether a service passes a parsed filter. */
export function matchesService(filter: Filter<ServiceFilterRow>, row: ServiceFilterRow): boolean {
	return matchesFilter(SERVICE_FIELDS, filter, row);
}

/** The services list's filter fields, for the help text and the README. */
export function serviceFilterFields(): FilterFieldInfo[] {
	return describeFields(SERVICE_FIELDS);
}
