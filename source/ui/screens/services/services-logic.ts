import {lastArnSegment} from '../../../model/arn.js';
import {sanitize} from '../../../model/sanitize.js';
import {rolloutPhase} from '../../../model/rollout-state.js';
import type {ServiceListData} from '../../../watch/screen-data.js';
import {defineCommands} from '../../keys/command.js';
import {checkServiceFilter} from '../../list/filter-checks.js';
import {filterTyping, listCommands} from '../../list/list-commands.js';
import {listPosition, resolveListFrame} from '../../list/list-frame.js';
import {activeFilter} from '../../list/list-state.js';
import {memoLast} from '../../memo-last.js';
import {positionText} from '../../position-text.js';
import type {ScreenContext, ScreenLogic} from '../../stack/screen-logic.js';
import type {Part} from '../../styled-text.js';
import type {ListTableFrame} from '../../table/list-table.js';
import {fitColumns} from '../../table/table-columns.js';
import {historyRequest} from '../history/history-state.js';
import {serviceLogsRequest} from '../logs/logs-request.js';
import {tasksRequest} from '../tasks/tasks-request.js';
import {filterServiceRows, SERVICE_COLUMNS, serviceListRows, serviceRowKey, type ServiceListRow} from './services-rows.js';
import {servicesListAction, servicesReducer, type ServicesParams, type ServicesState} from './services-state.js';

export type ServicesFrame = ListTableFrame<ServiceListRow>;

type Context = ScreenContext<ServicesParams, ServicesState, ServiceListData, ServicesFrame>;

const NO_ROWS: readonly ServiceListRow[] = [];
const rowsOf = memoLast(serviceListRows);
const filtered = memoLast(filterServiceRows);
const keysOf = memoLast((rows: readonly ServiceListRow[]) => rows.map(serviceRowKey));
const columnsFor = memoLast((width: number) => fitColumns(SERVICE_COLUMNS, width));

const SERVICES_COMMANDS = defineCommands<Context>([
	...listCommands<Context>({
		list: context => ({state: context.state.list, frame: context.frame.list}),
		wrap: servicesListAction,
		filterHelp: 'services: words, name:, state:, launch:, !negation',
		check: checkServiceFilter,
	}),
	{
		id: 'open-service', keys: ['enter'], description: 'Open the selected service\'s tasks (or all tasks)', hint: 'tasks', footer: true, footerOrder: 4,
		run({params, frame}) {
			const row = frame.rows[frame.list.cursor];
			if (row === undefined) return undefined;
			return {kind: 'push', screen: tasksRequest(params.cluster, row.kind === 'all' ? undefined : [row.service.serviceName])};
		},
	},
	{
		id: 'service-history', keys: ['h'], description: 'Open the selected service\'s deployment history', hint: 'history', footer: true,
		run({params, frame}) {
			const row = frame.rows[frame.list.cursor];
			return row?.kind === 'service' ? {kind: 'push', screen: historyRequest(params.cluster, row.service.serviceName)} : undefined;
		},
	},
	{
		id: 'service-logs', keys: ['l'], description: 'Open the selected service\'s logs: its tasks interleaved', hint: 'logs', footer: true, footerOrder: 4,
		run({params, frame}) {
			const row = frame.rows[frame.list.cursor];
			return row?.kind === 'service' ? {kind: 'push', screen: serviceLogsRequest(params.cluster, row.service.serviceName)} : undefined;
		},
	},
	{
		id: 'copy-service-arn', keys: ['c'], description: 'Copy the selected service\'s ARN', hint: 'copy', footerOrder: 7,
		run({frame}) {
			const row = frame.rows[frame.list.cursor];
			return row?.kind === 'service' ? {kind: 'copy', text: row.service.serviceArn, what: 'service ARN'} : undefined;
		},
	},
]);

function summary(data: ServiceListData | null, partial: boolean): Part[] {
	if (data === null) return [{text: 'services …', tone: 'muted'}];
	const phases = new Map<string, number>();
	for (const row of rowsOf(data.services)) {
		if (row.kind === 'service') phases.set(rolloutPhase(row.rollout), (phases.get(rolloutPhase(row.rollout)) ?? 0) + 1);
	}

	const parts: Part[] = [{text: `services ${data.services.length}${partial ? ' so far' : ''}`, tone: 'title'}];
	for (const [phase, tone] of [['steady', 'good'], ['deploying', 'warning'], ['rolling-back', 'bad'], ['failed', 'bad'], ['scaling', 'warning']] as const) {
		const count = phases.get(phase) ?? 0;
		if (count > 0) parts.push({text: '  '}, {text: `${phase.replace('-', ' ')} ${count}`, tone});
	}

	return parts;
}

/** A cluster's services: what each is doing, in one word; Enter opens its tasks. */
export const servicesLogic: ScreenLogic<ServicesParams, ServicesState, ServiceListData, ServicesFrame> = {
	kind: 'services',
	title: 'Services',
	crumb: params => lastArnSegment(params.cluster),
	reduce: servicesReducer as (state: ServicesState, action: never) => ServicesState,
	commands: SERVICES_COMMANDS,
	typing: state => filterTyping(state.list, servicesListAction, checkServiceFilter),
	source: (params, sources) => sources.services(params.cluster),
	headerLines: ({snapshot}) => [summary(snapshot.data, snapshot.partial)],
	frame({state, snapshot}, body) {
		// No `all tasks` row before the first answer: the table says it is listing instead.
		const rows = snapshot.data === null ? NO_ROWS : filtered(rowsOf(snapshot.data.services), activeFilter(state.list));
		return {list: resolveListFrame(state.list, keysOf(rows), Math.max(1, body.height - 1)), rows, columns: columnsFor(body.width)};
	},
	footerStatus({state, snapshot}, frame) {
		const position = listPosition(frame.list);
		const total = (snapshot.data?.services.length ?? 0) + 1;
		return [
			state.list.filter === '' ? null : `filter "${sanitize(state.list.filter)}"`,
			`${positionText(position.index, frame.rows.length)}${frame.rows.length === total ? '' : ` of ${total}`}`,
		].filter(part => part !== null).join(' · ');
	},
};
