import {Box} from 'ink';
import {useCallback, useMemo, useReducer, useSyncExternalStore} from 'react';
import {layoutColumns} from '../model/columns.js';
import {filterTasks} from '../model/filter-tasks.js';
import {sanitize} from '../model/sanitize.js';
import {sortTasks} from '../model/sort-tasks.js';
import {countTasks} from '../model/task-counts.js';
import type {TaskRow} from '../model/task-row.js';
import {detailLines} from './detail-lines.js';
import {Footer, positionText} from './footer.js';
import {Header, HEADER_HEIGHT} from './header.js';
import {HelpOverlay} from './help-overlay.js';
import {activeQuery, initialUiState, uiReducer} from './state.js';
import {maxDetailScroll, TaskDetail} from './task-detail.js';
import {TaskGrid} from './task-grid.js';
import {createTheme} from './theme.js';
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
	/** Epoch-ms clock for the retry countdown; defaults to `Date.now`. */
	clock?: () => number;
}

const FOOTER_HEIGHT = 1;
const NO_TASKS: readonly TaskRow[] = [];

/** The live task grid: header, then the grid (or the detail or help), then the footer. */
export function App({store, context, width, height, onQuit, colorEnabled = true, clock = Date.now}: AppProps) {
	const subscribe = useCallback((listener: () => void) => store.subscribe(listener), [store]);
	const getSnapshot = useCallback(() => store.getSnapshot(), [store]);
	const snapshot = useSyncExternalStore(subscribe, getSnapshot);
	const theme = useMemo(() => createTheme(colorEnabled), [colorEnabled]);
	const [state, dispatch] = useReducer(uiReducer, initialUiState);
	const now = useTicker(clock, snapshot.state === 'retrying');

	const tasks = snapshot.data?.tasks ?? NO_TASKS;
	const sorted = useMemo(() => sortTasks(tasks), [tasks]);
	const counts = useMemo(() => countTasks(tasks), [tasks]);
	const query = activeQuery(state);
	const visible = useMemo(() => filterTasks(sorted, {query, hideStopped: state.hideStopped}), [sorted, query, state.hideStopped]);
	const arns = useMemo(() => visible.map(row => row.taskArn), [visible]);
	const columns = useMemo(() => layoutColumns(width), [width]);

	const bodyHeight = Math.max(2, height - HEADER_HEIGHT - FOOTER_HEIGHT);
	const gridRows = Math.max(1, bodyHeight - 1);
	// Adjusting state while rendering (React's documented pattern): the cursor follows its task.
	if (state.arns !== arns || state.viewport !== gridRows) {
		dispatch({type: 'sync', arns, viewport: gridRows});
	}

	const detailRow = useMemo(
		() => (state.detailArn === null ? null : tasks.find(row => row.taskArn === state.detailArn) ?? null),
		[tasks, state.detailArn],
	);
	const lines = useMemo(() => (detailRow === null ? null : detailLines(detailRow)), [detailRow]);
	const detailMax = maxDetailScroll(lines?.length ?? 0, bodyHeight);
	const detailScroll = Math.min(state.detailScroll, detailMax);

	useKeyCommands({state, detailMax, detailPage: Math.max(1, bodyHeight - 1), store, onQuit, dispatch});

	const status = [
		state.filterText === '' ? null : `filter "${sanitize(state.filterText)}"`,
		state.hideStopped ? 'stopped hidden' : null,
		`${positionText(state.cursor, visible.length)}${visible.length === tasks.length ? '' : ` of ${tasks.length}`}`,
	].filter(part => part !== null).join(' · ');
	const emptyText = snapshot.data === null
		? 'Waiting for the first poll…'
		: (tasks.length === 0 ? 'No tasks.' : 'No task matches the filter.');

	return (
		<Box flexDirection="column" width={width} height={height} overflow="hidden">
			<Header context={context} snapshot={snapshot} counts={counts} now={now} theme={theme} width={width} />
			<Box flexDirection="column" height={bodyHeight} flexShrink={0} overflow="hidden">
				{state.view === 'help' && <HelpOverlay height={bodyHeight} theme={theme} />}
				{state.view === 'detail' && (
					<TaskDetail
						taskId={detailRow?.taskId ?? state.detailArn?.slice(state.detailArn.lastIndexOf('/') + 1) ?? ''}
						lines={lines}
						scroll={detailScroll}
						height={bodyHeight}
						theme={theme}
					/>
				)}
				{(state.view === 'grid' || state.view === 'filter') && (
					<TaskGrid
						rows={visible}
						columns={columns}
						cursor={state.cursor}
						scrollOffset={state.scrollOffset}
						viewport={gridRows}
						nowMs={snapshot.data?.fetchedAt ?? 0}
						theme={theme}
						emptyText={emptyText}
					/>
				)}
			</Box>
			<Footer view={state.view} draft={state.filterDraft} status={status} width={width} theme={theme} />
		</Box>
	);
}
