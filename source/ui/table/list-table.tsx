import type {ListFrame} from '../list/list-frame.js';
import type {Theme} from '../theme.js';
import type {TableColumn} from './table-columns.js';
import {TableView} from './table-view.js';

/** What a list screen's frame gives its table: the cursor and window, the rows and the columns that fit. */
export interface ListTableFrame<R> {
	list: ListFrame;
	rows: readonly R[];
	columns: ReadonlyArray<TableColumn<R>>;
}

/**
 * A list screen's body: its rows in a table, keyed by the list's keys, the cursor on its row.
 * Only the window on screen is keyed and passed on: 2,000 services cost what 20 do.
 */
export function ListTable<R>({frame, now, theme, emptyText}: {frame: ListTableFrame<R>; now: number; theme: Theme; emptyText: string}) {
	const {scrollOffset, viewport, keys, cursor} = frame.list;
	const rows = frame.rows.slice(scrollOffset, scrollOffset + viewport).map((row, index) => ({key: keys[scrollOffset + index]!, row}));
	return (
		<TableView
			columns={frame.columns}
			rows={rows}
			cursor={cursor - scrollOffset}
			scrollOffset={0}
			viewport={frame.list.viewport}
			now={now}
			theme={theme}
			emptyText={emptyText}
		/>
	);
}
