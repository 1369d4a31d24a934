import type {ClusterRow} from '../../../model/cluster-row.js';
import {CLUSTER_FIELDS} from '../../../model/filter/cluster-filter.js';
import {scanTerms} from '../../../model/filter/filter-grammar.js';
import {filterRows} from '../../../model/filter/filter-match.js';
import {clean} from '../../../model/format.js';
import {sanitize} from '../../../model/sanitize.js';
import type {ClusterListData} from '../../../watch/screen-data.js';
import {defineCommands} from '../../keys/command.js';
import {checkClusterFilter} from '../../list/filter-checks.js';
import {filterTyping, listCommands} from '../../list/list-commands.js';
import {listPosition, resolveListFrame} from '../../list/list-frame.js';
import {activeFilter, initialList, listReducer, type ListAction, type ListState} from '../../list/list-state.js';
import {memoLast} from '../../memo-last.js';
import {positionText} from '../../position-text.js';
import type {ScreenContext, ScreenLogic} from '../../stack/screen-logic.js';
import type {ScreenRequest} from '../../stack/screen-request.js';
import type {ListTableFrame} from '../../table/list-table.js';
import {fitColumns, type TableColumn} from '../../table/table-columns.js';
import {servicesRequest} from '../services/services-state.js';

export interface ClustersState {
	list: ListState;
}

export type ClustersFrame = ListTableFrame<ClusterRow>;

type ClustersAction = {type: 'list'; action: ListAction};
type Context = ScreenContext<Record<string, never>, ClustersState, ClusterListData, ClustersFrame>;

const wrap = (action: ListAction): ClustersAction => ({type: 'list', action});
const count = (value: number | null) => (value === null ? null : String(value));

/** The cluster list, the cursor on `selected` (a cluster name) when given. */
export function clustersRequest(selected: string | null = null): ScreenRequest {
	return {kind: 'clusters', params: {}, state: {list: initialList(selected)} satisfies ClustersState};
}

const CLUSTER_COLUMNS: ReadonlyArray<TableColumn<ClusterRow>> = [
	{title: 'CLUSTER', width: 16, flex: true, cell: row => clean(row.clusterName)},
	{title: 'STATUS', width: 8, cell: row => clean(row.status), tone: row => (row.status === 'ACTIVE' ? undefined : 'warning')},
	{title: 'RUNNING', width: 7, align: 'right', cell: row => count(row.runningTasks), tone: () => 'running'},
	{title: 'PENDING', width: 7, align: 'right', cell: row => count(row.pendingTasks), tone: row => ((row.pendingTasks ?? 0) > 0 ? 'pending' : undefined)},
	{title: 'SERVICES', width: 8, align: 'right', cell: row => count(row.activeServices)},
	{title: 'INSTANCES', width: 9, align: 'right', drop: 2, cell: row => count(row.containerInstances)},
	{title: 'CAPACITY PROVIDERS', width: 22, drop: 1, cell: row => clean(row.capacityProviders.join(','))},
];

const NO_CLUSTERS: readonly ClusterRow[] = [];
/** The rows the filter keeps; a text with an error narrows by the terms before the error. */
const filtered = memoLast((rows: readonly ClusterRow[], text: string) => {
	const {terms} = scanTerms(CLUSTER_FIELDS, text);
	return terms.length === 0 ? rows : filterRows(CLUSTER_FIELDS, {terms}, rows);
});
const keysOf = memoLast((rows: readonly ClusterRow[]) => rows.map(row => row.clusterName));
const columnsFor = memoLast((width: number) => fitColumns(CLUSTER_COLUMNS, width));

const CLUSTERS_COMMANDS = defineCommands<Context>([
	...listCommands<Context>({
		list: context => ({state: context.state.list, frame: context.frame.list}),
		wrap,
		filterHelp: 'clusters: words, name:, status:, provider:, !negation',
		check: checkClusterFilter,
	}),
	{
		id: 'open-cluster', keys: ['enter'], description: 'Open the selected cluster\'s services', hint: 'services', footer: true, footerOrder: 4,
		run({frame}) {
			const row = frame.rows[frame.list.cursor];
			return row === undefined ? undefined : {kind: 'push', screen: servicesRequest(row.clusterName)};
		},
	},
]);

/** The clusters of the account and Region; Enter opens one's services. */
export const clustersLogic: ScreenLogic<Record<string, never>, ClustersState, ClusterListData, ClustersFrame> = {
	kind: 'clusters',
	title: 'Clusters',
	crumb: () => 'clusters',
	reduce: ((state: ClustersState, action: ClustersAction) => {
		const list = listReducer(state.list, action.action);
		return list === state.list ? state : {list};
	}) as (state: ClustersState, action: never) => ClustersState,
	commands: CLUSTERS_COMMANDS,
	typing: state => filterTyping(state.list, wrap, checkClusterFilter),
	source: (_params, sources) => sources.clusters(),
	headerLines({snapshot}) {
		const rows = snapshot.data?.clusters ?? NO_CLUSTERS;
		const sum = (pick: (row: ClusterRow) => number | null) => rows.reduce((total, row) => total + (pick(row) ?? 0), 0);
		return [[
			{text: `clusters ${rows.length}`, tone: 'title'},
			{text: `  running tasks ${sum(row => row.runningTasks)}`, tone: 'running'},
			{text: `  pending ${sum(row => row.pendingTasks)}`},
			{text: `  services ${sum(row => row.activeServices)}`},
		]];
	},
	frame({state, snapshot}, body) {
		const rows = filtered(snapshot.data?.clusters ?? NO_CLUSTERS, activeFilter(state.list));
		return {list: resolveListFrame(state.list, keysOf(rows), Math.max(1, body.height - 1)), rows, columns: columnsFor(body.width)};
	},
	footerStatus({state}, frame) {
		const position = listPosition(frame.list);
		return [state.list.filter === '' ? null : `filter "${sanitize(state.list.filter)}"`, positionText(position.index, frame.rows.length)]
			.filter(part => part !== null).join(' · ');
	},
};
