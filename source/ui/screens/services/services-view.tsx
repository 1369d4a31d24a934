import type {ServiceListData} from '../../../watch/screen-data.js';
import type {ScreenViewProps} from '../../stack/screen-logic.js';
import {ListTable} from '../../table/list-table.js';
import type {ServicesFrame} from './services-logic.js';
import type {ServicesParams, ServicesState} from './services-state.js';

export function ServicesView({input, frame, theme}: ScreenViewProps<ServicesParams, ServicesState, ServiceListData, ServicesFrame>) {
	const emptyText = input.snapshot.data === null ? 'Listing services…' : 'No service matches the filter.';
	return <ListTable frame={frame} now={input.now} theme={theme} emptyText={emptyText} />;
}
