import type {ClusterListData} from '../../../watch/screen-data.js';
import type {ScreenViewProps} from '../../stack/screen-logic.js';
import {ListTable} from '../../table/list-table.js';
import type {ClustersFrame, ClustersState} from './clusters-logic.js';

export function ClustersView({input, frame, theme}: ScreenViewProps<Record<string, never>, ClustersState, ClusterListData, ClustersFrame>) {
	const {data} = input.snapshot;
	const emptyText = data === null ? 'Listing clusters…' : (data.clusters.length === 0 ? 'No clusters in this Region.' : 'No cluster matches the filter.');
	return <ListTable frame={frame} now={input.now} theme={theme} emptyText={emptyText} />;
}
