import type {ServiceListData} from '../../../watch/screen-data.js';
import type {ScreenViewProps} from '../../stack/screen-logic.js';
import {TableView} from '../../table/table-view.js';
import type {ServicesFrame} from './services-logic.js';
import type {ServicesParams, ServicesState} from './services-state.js';

export function ServicesView({input, frame, theme}: ScreenViewProps<ServicesParams, ServicesState, ServiceListData, ServicesFrame>) {
	const rows = frame.rows.map((row, index) => ({key: frame.list.keys[index]!, row}));
	return (
		<TableView
			columns={frame.columns}
			rows={rows}
			cursor={frame.list.cursor}
			scrollOffset={frame.list.scrollOffset}
			viewport={frame.list.viewport}
			now={input.now}
			theme={theme}
			emptyText={input.snapshot.data === null ? 'Listing services…' : 'No service matches the filter.'}
		/>
	);
}
