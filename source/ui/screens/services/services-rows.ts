import {parseTaskDefinition} from '../../../model/arn.js';
import {clean, formatAge} from '../../../model/format.js';
import {scanTerms} from '../../../model/filter/filter-grammar.js';
import {matchesFilter} from '../../../model/filter/filter-match.js';
import {SERVICE_FIELDS, type ServiceFilterRow} from '../../../model/filter/service-filter.js';
import {rolloutState, type RolloutState} from '../../../model/rollout-state.js';
import type {ServiceRow} from '../../../model/service-row.js';
import {rolloutWord} from '../../rollout-summary.js';
import type {TableColumn} from '../../table/table-columns.js';
import {ALL_TASKS_KEY} from './services-state.js';

/** A row of the services list: the cluster's every task, or one service with what it is doing. */
export type ServiceListRow =
	| {kind: 'all'; desired: number; running: number; pending: number}
	| {kind: 'service'; service: ServiceRow; rollout: RolloutState; filterRow: ServiceFilterRow};

/** The rows of a services list, `all tasks` first; each service's rollout worked out once per poll. */
export function serviceListRows(services: readonly ServiceRow[]): ServiceListRow[] {
	const sum = (pick: (service: ServiceRow) => number | null) => services.reduce((total, service) => total + (pick(service) ?? 0), 0);
	return [
		{kind: 'all', desired: sum(s => s.desiredCount), running: sum(s => s.runningCount), pending: sum(s => s.pendingCount)},
		...services.map(service => {
			const rollout = rolloutState(service, null);
			return {kind: 'service' as const, service, rollout, filterRow: {service, rolloutWord: rolloutWord(rollout).text}};
		}),
	];
}

/**
 * The rows a filter keeps (see model/filter/service-filter.ts); `all tasks` always stays. A text
 * with an error narrows by the terms before the error.
 */
export function filterServiceRows(rows: readonly ServiceListRow[], text: string): readonly ServiceListRow[] {
	const {terms} = scanTerms(SERVICE_FIELDS, text);
	if (terms.length === 0) return rows;
	return rows.filter(row => row.kind === 'all' || matchesFilter(SERVICE_FIELDS, {terms}, row.filterRow));
}

export function serviceRowKey(row: ServiceListRow): string {
	return row.kind === 'all' ? ALL_TASKS_KEY : row.service.serviceName;
}

function launchOf(service: ServiceRow): string | null {
	return service.capacityProviders.length > 0 ? service.capacityProviders.join(',') : service.launchType;
}

const count = (value: number | null) => (value === null ? null : String(value));
const ofService = (cell: (service: ServiceRow, row: Extract<ServiceListRow, {kind: 'service'}>) => string | null) =>
	(row: ServiceListRow) => (row.kind === 'all' ? '' : cell(row.service, row));
/** A count column: each service's, and their sum on the `all tasks` row. */
const countOf = (pick: (service: ServiceRow) => number | null, total: 'desired' | 'running' | 'pending') =>
	(row: ServiceListRow) => (row.kind === 'all' ? String(row[total]) : count(pick(row.service)));

/** The services table's columns, most important first; narrow terminals drop LAUNCH, then TASK DEF, then AGE. */
export const SERVICE_COLUMNS: ReadonlyArray<TableColumn<ServiceListRow>> = [
	{title: 'SERVICE', width: 18, flex: true, cell: row => (row.kind === 'all' ? 'all tasks' : clean(row.service.serviceName)), tone: row => (row.kind === 'all' ? 'title' : undefined)},
	{title: 'DESIRED', width: 7, align: 'right', cell: countOf(service => service.desiredCount, 'desired')},
	{title: 'RUNNING', width: 7, align: 'right', cell: countOf(service => service.runningCount, 'running')},
	{title: 'PENDING', width: 7, align: 'right', cell: countOf(service => service.pendingCount, 'pending')},
	{
		title: 'ROLLOUT', width: 12, cell: ofService((_service, row) => rolloutWord(row.rollout).text),
		tone: row => (row.kind === 'all' ? undefined : rolloutWord(row.rollout).tone),
	},
	{title: 'TASK DEF', width: 16, drop: 2, cell: ofService(service => clean(parseTaskDefinition(service.taskDefinition ?? undefined)?.taskDefinition))},
	{title: 'LAUNCH', width: 14, drop: 1, cell: ofService(service => clean(launchOf(service)))},
	{
		title: 'AGE', width: 4, align: 'right', drop: 3,
		cell: (row, now) => (row.kind === 'all' || row.service.createdAt === null ? (row.kind === 'all' ? '' : null) : formatAge(now - Date.parse(row.service.createdAt))),
	},
];
