import type {WatchData} from '../../../watch/snapshot.js';
import type {ScreenViewProps} from '../../stack/screen-logic.js';
import {ListTable} from '../../table/list-table.js';
import type {TimelineFrame} from './timeline-logic.js';
import type {TimelineParams, TimelineState} from './timeline-state.js';

export function TimelineView({input, frame, theme}: ScreenViewProps<TimelineParams, TimelineState, WatchData, TimelineFrame>) {
	const emptyText = input.snapshot.data === null
		? 'Waiting for the first poll…'
		: (frame.total === 0 ? 'Nothing has happened yet.' : 'No entry matches the filter.');
	return <ListTable frame={frame} now={input.now} theme={theme} emptyText={emptyText} />;
}
