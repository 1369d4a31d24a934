import {Box} from 'ink';
import {useCallback, useMemo, useReducer, useSyncExternalStore} from 'react';
import {layoutColumns} from '../model/columns.js';
import {sanitize} from '../model/sanitize.js';
import type {ChangeMark, TimelineEntry} from '../model/task-diff-types.js';
import type {TaskRow} from '../model/task-row.js';
import {bodyLayout} from './body-layout.js';
import {deploymentPanelLines} from './deployment-lines.js';
import {detailLines} from './detail-lines.js';
import {Footer, positionText} from './footer.js';
import {GridView} from './grid-view.js';
import {Header, headerHeight} from './header.js';
import {HELP_LINE_COUNT, HelpOverlay} from './help-overlay.js';
import {activeQuery, initialUiState, taskPosition, uiReducer} from './state.js';
import {maxDetailScroll, TaskDetail} from './task-detail.js';
import {createTheme} from './theme.js';
import {useGridModel} from './use-grid-model.js';
import {useHighlightClock} from './use-highlight-clock.js';
import {useKeyCommands} from './use-key-commands.js';
import {useTicker} from './use-ticker.js';
import type {WatchContext, WatchStore} from './watch-store.js';

export interface AppProps {
	store: WatchStore;
	context: WatchContext;
	/** Terminal columns and rows: the app draws exactly `height` lines, none wider than `width`. */
	width: number;
	height: number;
	onQuit: () => void;
	/** False for NO_COLOR / --no-color: nothing is styled. Defaults to true. */
	colorEnabled?: boolean;
	/** Epoch-ms clock for the retry countdown, highlight fading and relative times; defaults to `Date.now`. */
	clock?: () => number;
}

const FOOTER_HEIGHT = 1;
const NO_TASKS: readonly TaskRow[] = [];
const NO_MARKS: ReadonlyMap<string, ChangeMark> = new Map();
const NO_EVENTS: readonly TimelineEntry[] = [];

/** The live task grid: header, then the deployments, grid and timeline (or the detail or help), then the footer. */
export function App({store, context, width, height, onQuit, colorEnabled = true, clock = Date.now}: AppProps) {
	const subscribe = useCallback((listener: () => void) => store.subscribe(listener), [store]);
	const getSnapshot = useCallback(() => store.getSnapshot(), [store]);
	const snapshot = useSyncExternalStore(subscribe, getSnapshot);
	const {data} = snapshot;
	const theme = useMemo(() => createTheme(colorEnabled), [colorEnabled]);
	const [state, dispatch] = useReducer(uiReducer, initialUiState);
	// Ticks for the retry countdown and the timeline's relative times (which must move while paused too).
	const now = useTicker(clock, snapshot.state === 'retrying' || (state.showTimeline && state.view === 'grid'));
	const marks = data?.marks ?? NO_MARKS;
	const highlightNow = useHighlightClock(marks, clock);

	const tasks = data?.tasks ?? NO_TASKS;
	const {counts, visible, lines, keys} = useGridModel(tasks, {
		query: activeQuery(state), hideStopped: state.hideStopped, groupByRevision: state.groupByRevision,
	});
	const columns = useMemo(() => layoutColumns(width), [width]);
	const dataAt = data?.fetchedAt ?? 0;
	const panelLines = useMemo(
		() => (data === null || !state.showDeployments ? [] : deploymentPanelLines(data.services, data.tasks, data.fetchedAt, width)),
		[data, state.showDeployments, width],
	);

	const bodyHeight = Math.max(2, height - headerHeight(data) - FOOTER_HEIGHT);
	const layout = bodyLayout(bodyHeight, panelLines.length, state.showTimeline);
	const gridRows = Math.max(1, layout.grid - 1);
	// Adjusting state while rendering (React's documented pattern): the cursor follows its task.
	if (state.arns !== keys || state.viewport !== gridRows) {
		dispatch({type: 'sync', arns: keys, viewport: gridRows});
	}

	const detailRow = useMemo(
		() => (state.detailArn === null ? null : tasks.find(row => row.taskArn === state.detailArn) ?? null),
		[tasks, state.detailArn],
	);
	const detail = useMemo(() => (detailRow === null ? null : detailLines(detailRow)), [detailRow]);
	const detailMax = maxDetailScroll(detail?.length ?? 0, bodyHeight);
	const detailScroll = Math.min(state.detailScroll, detailMax);
	const helpMax = maxDetailScroll(HELP_LINE_COUNT, bodyHeight);
	const helpScroll = Math.min(state.helpScroll, helpMax);

	const scrollMax = state.view === 'help' ? helpMax : detailMax;
	useKeyCommands({state, scrollMax, scrollPage: Math.max(1, bodyHeight - 1), store, onQuit, dispatch});

	const position = taskPosition(state);
	const status = [
		state.filterText === '' ? null : `filter "${sanitize(state.filterText)}"`,
		state.hideStopped ? 'stopped hidden' : null,
		`${positionText(position.index, visible.length)}${visible.length === tasks.length ? '' : ` of ${tasks.length}`}`,
	].filter(part => part !== null).join(' · ');
	const emptyText = data === null
		? 'Waiting for the first poll…'
		: (tasks.length === 0 ? 'No tasks.' : 'No task matches the filter.');

	return (
		<Box flexDirection="column" width={width} height={height} overflow="hidden">
			<Header context={context} snapshot={snapshot} counts={counts} now={now} theme={theme} width={width} />
			<Box flexDirection="column" height={bodyHeight} flexShrink={0} overflow="hidden">
				{state.view === 'help' && <HelpOverlay scroll={helpScroll} height={bodyHeight} theme={theme} />}
				{state.view === 'detail' && (
					<TaskDetail
						taskId={detailRow?.taskId ?? state.detailArn?.slice(state.detailArn.lastIndexOf('/') + 1) ?? ''}
						lines={detail}
						scroll={detailScroll}
						height={bodyHeight}
						theme={theme}
					/>
				)}
				{(state.view === 'grid' || state.view === 'filter') && (
					<GridView
						layout={layout}
						panelLines={panelLines}
						lines={lines}
						columns={columns}
						cursor={state.cursor}
						scrollOffset={state.scrollOffset}
						dataAt={dataAt}
						now={highlightNow}
						marks={marks}
						timeline={data?.timeline ?? NO_EVENTS}
						theme={theme}
						emptyText={emptyText}
					/>
				)}
			</Box>
			<Footer view={state.view} draft={state.filterDraft} status={status} width={width} theme={theme} />
		</Box>
	);
}
