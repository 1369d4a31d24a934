import type {WatchData} from '../../../watch/snapshot.js';
import {GridView} from './grid-view.js';
import type {ScreenViewProps} from '../../stack/screen-logic.js';
import {sortGlyph} from '../../theme.js';
import type {TasksFrame} from './tasks-frame.js';
import type {TasksParams, TasksState} from './tasks-state.js';

const NO_MARKS = new Map();

/** The deployments panel, the task grid and the timeline. */
export function TasksView({input, frame, theme, colorEnabled}: ScreenViewProps<TasksParams, TasksState, WatchData, TasksFrame>) {
	const {data} = input.snapshot;
	const emptyText = data === null
		? 'Waiting for the first poll…'
		: (frame.total === 0 ? 'No tasks.' : 'No task matches the filter.');
	return (
		<GridView
			layout={frame.layout}
			panelLines={frame.panelLines}
			lines={frame.lines}
			columns={frame.columns}
			cursor={frame.list.cursor}
			scrollOffset={frame.list.scrollOffset}
			dataAt={data?.fetchedAt ?? 0}
			now={input.now}
			marks={data?.marks ?? NO_MARKS}
			timeline={data?.timeline ?? []}
			theme={theme}
			emptyText={emptyText}
			sortMark={input.state.sort === undefined ? null : {column: input.state.sort.column, glyph: sortGlyph(input.state.sort.descending, colorEnabled)}}
		/>
	);
}
