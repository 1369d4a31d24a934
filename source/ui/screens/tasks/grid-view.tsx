import {Box} from 'ink';
import type {Column} from '../../../model/columns.js';
import type {ChangeMark, TimelineEntry} from '../../../model/task-diff-types.js';
import type {BodyLayout} from './body-layout.js';
import type {PanelLine} from './deployment-lines.js';
import {DeploymentsPanel} from './deployments-panel.js';
import type {GridLine} from './grid-lines.js';
import {TaskGrid, type SortMark} from './task-grid.js';
import type {Theme} from '../../theme.js';
import {TimelinePane} from './timeline-pane.js';

export interface GridViewProps {
	layout: BodyLayout;
	panelLines: readonly PanelLine[];
	lines: readonly GridLine[];
	columns: readonly Column[];
	cursor: number;
	scrollOffset: number;
	/** Epoch ms of the data, for ages. */
	dataAt: number;
	/** Epoch ms from the clock, for highlights and relative times. */
	now: number;
	marks: ReadonlyMap<string, ChangeMark>;
	timeline: readonly TimelineEntry[];
	theme: Theme;
	emptyText: string;
	/** The sorted column and its marker, null for the calm order. */
	sortMark: SortMark | null;
}

/** The deployments panel, the task grid and the timeline pane, stacked in the heights of `layout`. */
export function GridView(props: GridViewProps) {
	const {layout, theme} = props;
	return (
		<Box flexDirection="column" flexGrow={1}>
			<DeploymentsPanel lines={props.panelLines} height={layout.panel} theme={theme} />
			{/* Every line is cut to the width already: clipping only rows spares Ink re-slicing each line per frame. */}
			<Box flexDirection="column" height={layout.grid} flexShrink={0} overflowY="hidden">
				<TaskGrid
					lines={props.lines}
					columns={props.columns}
					cursor={props.cursor}
					scrollOffset={props.scrollOffset}
					viewport={Math.max(1, layout.grid - 1)}
					nowMs={props.dataAt}
					marks={props.marks}
					highlightNow={props.now}
					theme={theme}
					emptyText={props.emptyText}
					sortMark={props.sortMark}
				/>
			</Box>
			<TimelinePane entries={props.timeline} now={props.now} height={layout.timeline} theme={theme} />
		</Box>
	);
}
