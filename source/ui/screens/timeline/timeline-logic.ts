import {formatClock} from '../../../model/format.js';
import {sanitize} from '../../../model/sanitize.js';
import type {TimelineEntry} from '../../../model/task-diff-types.js';
import type {WatchData} from '../../../watch/snapshot.js';
import {defineCommands} from '../../keys/command.js';
import {filterTyping, listCommands} from '../../list/list-commands.js';
import {listPosition, resolveListFrame} from '../../list/list-frame.js';
import {activeFilter} from '../../list/list-state.js';
import {memoLast} from '../../memo-last.js';
import {positionText} from '../../position-text.js';
import type {ScreenContext, ScreenLogic} from '../../stack/screen-logic.js';
import type {DataSource} from '../../stack/sources.js';
import type {Part} from '../../styled-text.js';
import type {ListTableFrame} from '../../table/list-table.js';
import {fitColumns} from '../../table/table-columns.js';
import {checkTimelineFilter, filterTimeline} from './timeline-filter.js';
import {TIMELINE_COLUMNS, timelineLineKey, timelineLines, type TimelineLine} from './timeline-lines.js';
import {timelineListAction, timelineReducer, type TimelineParams, type TimelineState} from './timeline-state.js';

export interface TimelineFrame extends ListTableFrame<TimelineLine> {
	/** Entries the filter keeps, and all of them. */
	shown: number;
	total: number;
}

type Context = ScreenContext<TimelineParams, TimelineState, WatchData, TimelineFrame>;

const NO_ENTRIES: readonly TimelineEntry[] = [];
const filtered = memoLast(filterTimeline);
const linesOf = memoLast(timelineLines);
const keysOf = memoLast((lines: readonly TimelineLine[]) => lines.map(timelineLineKey));
const selectableOf = memoLast((lines: readonly TimelineLine[]) => (index: number) => lines[index]?.kind === 'entry');
const columnsFor = memoLast((width: number) => fitColumns(TIMELINE_COLUMNS, width));

const TIMELINE_COMMANDS = defineCommands<Context>([
	...listCommands<Context>({
		list: context => ({state: context.state.list, frame: context.frame.list}),
		wrap: timelineListAction,
		filterHelp: 'the timeline: words, service:, task:, from:ecs or from:seen, !negation',
		check: checkTimelineFilter,
	}),
	{id: 'close-timeline', keys: ['t'], description: 'Back to the task grid (as Esc)', hint: 'grid', run: () => ({kind: 'pop'})},
]);

function header(data: WatchData | null): Part[] {
	if (data === null) return [{text: 'timeline …', tone: 'muted'}];
	const {timeline} = data;
	const dropped = data.timelineDropped ?? 0;
	const oldest = timeline.at(-1);
	return [
		{text: `timeline ${timeline.length.toLocaleString('en-US')} ${timeline.length === 1 ? 'entry' : 'entries'}`, tone: 'title'},
		{text: '  newest first', tone: 'muted'},
		...(oldest === undefined ? [] : [{text: `  since ${formatClock(oldest.at)}`, tone: 'muted' as const}]),
		...(dropped === 0 ? [] : [{text: '  '}, {text: `${dropped.toLocaleString('en-US')} older dropped`, tone: 'warning' as const}]),
	];
}

/**
 * Everything the task grid's watch has seen happen this session (tasks changing, deployments,
 * ECS's service events), newest first, filtered with `/`. It shows the grid's own data: its
 * source is the grid's poller, which keeps polling while the timeline covers the grid.
 */
export const timelineLogic: ScreenLogic<TimelineParams, TimelineState, WatchData, TimelineFrame> = {
	kind: 'timeline',
	title: 'Timeline',
	crumb: () => 'timeline',
	reduce: timelineReducer as (state: TimelineState, action: never) => TimelineState,
	commands: TIMELINE_COMMANDS,
	typing: state => filterTyping(state.list, timelineListAction, checkTimelineFilter),
	source(_params, _sources, below) {
		const grid = below();
		// A programming error: the timeline is pushed only by the task grid.
		if (grid === null) throw new Error('The timeline opens over a task grid');
		return grid as DataSource<WatchData>;
	},
	headerLines: ({snapshot}) => [header(snapshot.data)],
	frame({state, snapshot}, body) {
		const entries = snapshot.data?.timeline ?? NO_ENTRIES;
		const kept = filtered(entries, activeFilter(state.list));
		// The note about dropped entries ends a list that has entries; a filter that keeps none says so instead.
		const lines = linesOf(kept, kept.length === 0 ? 0 : (snapshot.data?.timelineDropped ?? 0));
		const list = resolveListFrame(state.list, keysOf(lines), Math.max(1, body.height - 1), selectableOf(lines));
		// On the oldest entry, the note about dropped ones below it comes into view too.
		const last = lines.length - 1;
		const scrollOffset = lines[last]?.kind === 'dropped' && list.cursor === last - 1 ? Math.max(list.scrollOffset, last - list.viewport + 1) : list.scrollOffset;
		return {
			list: {...list, scrollOffset},
			rows: lines,
			columns: columnsFor(body.width),
			shown: kept.length,
			total: entries.length,
		};
	},
	footerStatus({state}, frame) {
		const position = listPosition(frame.list);
		return [
			state.list.filter === '' ? null : `filter "${sanitize(state.list.filter)}"`,
			state.list.selectedKey === null && frame.shown > 0 ? 'following newest' : null,
			`${positionText(position.index, frame.shown)}${frame.shown === frame.total ? '' : ` of ${frame.total}`}`,
		].filter(part => part !== null).join(' · ');
	},
	clockNeeds: () => ({tick: true, wakeAt: null}),
};
