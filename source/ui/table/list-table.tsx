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

/** A list screen's body: its rows in a table, keyed by the list's keys, the cursor on its row. */
export function ListTable<R>({frame, now, theme, emptyText}: {frame: ListTableFrame<R>; now: number; theme: Theme; emptyText: string}) {
	const rows = frame.rows.map((row, index) => ({key: frame.list.keys[index]!, row}));
	return (
		<TableView
			columns={frame.columns}
			rows={rows}
			cursor={frame.list.cursor}
			scrollOffset={frame.list.scrollOffset}
			viewport={frame.list.viewport}
			now={now}
			theme={theme}
			emptyText={emptyText}
		/>
	);
}
