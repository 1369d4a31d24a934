import {sanitize} from '../../../model/sanitize.js';
import type {ServiceDeploymentRow} from '../../../model/service-deployment-row.js';
import type {DeploymentHistoryData} from '../../../watch/screen-data.js';
import {defineCommands} from '../../keys/command.js';
import {filterTyping, listCommands} from '../../list/list-commands.js';
import {listPosition, resolveListFrame} from '../../list/list-frame.js';
import {activeFilter} from '../../list/list-state.js';
import {memoLast} from '../../memo-last.js';
import {positionText} from '../../position-text.js';
import type {ScreenContext, ScreenLogic} from '../../stack/screen-logic.js';
import type {Part} from '../../styled-text.js';
import type {ListTableFrame} from '../../table/list-table.js';
import {fitColumns} from '../../table/table-columns.js';
import {checkHistoryFilter, filterHistory} from './history-filter.js';
import {HISTORY_COLUMNS} from './history-lines.js';
import {deploymentRequest, historyListAction, historyReducer, type HistoryParams, type HistoryState} from './history-state.js';

export interface HistoryFrame extends ListTableFrame<ServiceDeploymentRow> {
	total: number;
}

type Context = ScreenContext<HistoryParams, HistoryState, DeploymentHistoryData, HistoryFrame>;

const NO_ROWS: readonly ServiceDeploymentRow[] = [];
const filtered = memoLast(filterHistory);
const keysOf = memoLast((rows: readonly ServiceDeploymentRow[]) => rows.map(row => row.arn));
const columnsFor = memoLast((width: number) => fitColumns(HISTORY_COLUMNS, width));

const HISTORY_COMMANDS = defineCommands<Context>([
	...listCommands<Context>({
		list: context => ({state: context.state.list, frame: context.frame.list}),
		wrap: historyListAction,
		filterHelp: 'deployments: words, outcome:, revision:, !negation',
		check: checkHistoryFilter,
	}),
	{
		id: 'open-deployment', keys: ['enter'], description: 'Show the selected deployment\'s details', hint: 'details', footer: true, footerOrder: 4,
		run({params, frame}) {
			const row = frame.rows[frame.list.cursor];
			return row === undefined ? undefined : {kind: 'push', screen: deploymentRequest(params, row.arn)};
		},
	},
]);

function header(data: DeploymentHistoryData | null, service: string): Part[] {
	const name: Part = {text: `deployments of ${sanitize(service)}`, tone: 'title'};
	if (data === null) return [name, {text: ' …', tone: 'muted'}];
	const count = data.deployments.length;
	return [name, {text: `  ${count} ${count === 1 ? 'deployment' : 'deployments'}`}, {text: '  newest first', tone: 'muted'}];
}

/**
 * A service's deployment history as ListServiceDeployments reports it (the console's Deployments
 * tab): when each started, from and to which revision, how it ended, how long it took and why.
 */
export const historyLogic: ScreenLogic<HistoryParams, HistoryState, DeploymentHistoryData, HistoryFrame> = {
	kind: 'history',
	title: 'Deployment history',
	crumb: params => `${sanitize(params.service)} history`,
	reduce: historyReducer as (state: HistoryState, action: never) => HistoryState,
	commands: HISTORY_COMMANDS,
	typing: state => filterTyping(state.list, historyListAction, checkHistoryFilter),
	source: (params, sources) => sources.deploymentHistory(params.cluster, params.service),
	headerLines: ({snapshot, params}) => [header(snapshot.data, params.service)],
	frame({state, snapshot}, body) {
		// Newest first, as the fetch orders them.
		const all = snapshot.data?.deployments ?? NO_ROWS;
		const rows = filtered(all, activeFilter(state.list));
		return {list: resolveListFrame(state.list, keysOf(rows), Math.max(1, body.height - 1)), rows, columns: columnsFor(body.width), total: all.length};
	},
	footerStatus({state}, frame) {
		const position = listPosition(frame.list);
		return [
			state.list.filter === '' ? null : `filter "${sanitize(state.list.filter)}"`,
			`${positionText(position.index, frame.rows.length)}${frame.rows.length === frame.total ? '' : ` of ${frame.total}`}`,
		].filter(part => part !== null).join(' · ');
	},
	clockNeeds: ({snapshot}) => ({tick: (snapshot.data?.deployments.length ?? 0) > 0, wakeAt: null}),
};
