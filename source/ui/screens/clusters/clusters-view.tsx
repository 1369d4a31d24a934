import type {ClusterListData} from '../../../watch/screen-data.js';
import type {ScreenViewProps} from '../../stack/screen-logic.js';
import {TableView} from '../../table/table-view.js';
import type {ClustersFrame, ClustersState} from './clusters-logic.js';

export function ClustersView({input, frame, theme}: ScreenViewProps<Record<string, never>, ClustersState, ClusterListData, ClustersFrame>) {
	const rows = frame.rows.map(row => ({key: row.clusterName, row}));
	const {data} = input.snapshot;
	return (
		<TableView
			columns={frame.columns}
			rows={rows}
			cursor={frame.list.cursor}
			scrollOffset={frame.list.scrollOffset}
			viewport={frame.list.viewport}
			now={input.now}
			theme={theme}
			emptyText={data === null ? 'Listing clusters…' : (data.clusters.length === 0 ? 'No clusters in this Region.' : 'No cluster matches the filter.')}
		/>
	);
}
