import {nextSelectionIndex, scrollToCursor} from '../model/selection.js';

export type View = 'grid' | 'detail' | 'help' | 'filter';

/** Everything the screen remembers between key presses. Changed only by {@link uiReducer}. */
export interface UiState {
	view: View;
	/** Where `?`/Esc goes back to from help. */
	helpReturn: 'grid' | 'detail';
	/** The task under the cursor; the cursor follows it across refreshes and re-sorting. */
	selectedArn: string | null;
	/** Index into `arns`; -1 when no row is visible. Never on a group header. */
	cursor: number;
	/** Index of the first grid line on screen. */
	scrollOffset: number;
	/**
	 * The keys of the grid's lines, in order, that the cursor indexes into: the visible (sorted,
	 * filtered) task ARNs, and when grouped, group header keys (see {@link isHeaderKey}) it skips.
	 */
	arns: readonly string[];
	/** How many grid rows fit on screen. */
	viewport: number;
	/** The applied filter. */
	filterText: string;
	/** The filter being typed (view `filter`); the grid narrows on it live. */
	filterDraft: string;
	hideStopped: boolean;
	/** Grid grouped by task definition revision, each group under a header line. */
	groupByRevision: boolean;
	showTimeline: boolean;
	showDeployments: boolean;
	/** The task the detail view shows; it keeps showing it even when it leaves the grid. */
	detailArn: string | null;
	detailScroll: number;
	/** First line of the help shown (it scrolls when the terminal is too short for every key). */
	helpScroll: number;
}

export type UiAction =
	| {type: 'sync'; arns: readonly string[]; viewport: number}
	| {type: 'move'; delta: number}
	| {type: 'page'; direction: 1 | -1}
	| {type: 'jump'; to: 'first' | 'last'}
	| {type: 'openDetail'}
	/** Scrolls the open detail or help by `delta` lines, within 0..`max`. */
	| {type: 'scroll'; delta: number; max: number}
	| {type: 'toggleHelp'}
	| {type: 'back'}
	| {type: 'startFilter'}
	| {type: 'typeFilter'; text: string}
	| {type: 'deleteFilterChar'}
	| {type: 'applyFilter'}
	| {type: 'toggleHideStopped'}
	| {type: 'toggle'; flag: UiFlag};

/** The on/off display options a key toggles. */
export type UiFlag = 'groupByRevision' | 'showTimeline' | 'showDeployments';

/** Grid line keys of group headers start with this (task ARNs start with `arn:`). */
export const HEADER_KEY_PREFIX = 'group:';

/** Whether a grid line key is a group header (not selectable). */
export function isHeaderKey(key: string): boolean {
	return key.startsWith(HEADER_KEY_PREFIX);
}

export const initialUiState: UiState = {
	view: 'grid',
	helpReturn: 'grid',
	selectedArn: null,
	cursor: -1,
	scrollOffset: 0,
	arns: [],
	viewport: 1,
	filterText: '',
	filterDraft: '',
	hideStopped: false,
	groupByRevision: false,
	showTimeline: false,
	showDeployments: true,
	detailArn: null,
	detailScroll: 0,
	helpScroll: 0,
};

/** The filter the grid shows right now: the draft while typing, else the applied one. */
export function activeQuery(state: UiState): string {
	return state.view === 'filter' ? state.filterDraft : state.filterText;
}

/** The nearest task line from `index`, looking in `direction` first; -1 when there is none. */
function selectableIndex(keys: readonly string[], index: number, direction: 1 | -1): number {
	for (const step of [direction, -direction]) {
		for (let i = index; i >= 0 && i < keys.length; i += step) {
			if (!isHeaderKey(keys[i]!)) return i;
		}
	}

	return -1;
}

function moveTo(state: UiState, index: number, direction: 1 | -1 = 1): UiState {
	const clamped = Math.max(0, Math.min(index, state.arns.length - 1));
	const cursor = selectableIndex(state.arns, clamped, direction);
	if (cursor === -1) return {...state, cursor: -1, selectedArn: null, scrollOffset: 0};
	let scrollOffset = scrollToCursor(state.scrollOffset, cursor, state.viewport, state.arns.length);
	// Scrolling up onto the first task of a group brings its header into view too.
	const above = state.arns[cursor - 1];
	if (scrollOffset === cursor && above !== undefined && isHeaderKey(above) && state.viewport > 1) scrollOffset--;
	return {...state, cursor, selectedArn: state.arns[cursor] ?? null, scrollOffset};
}

/** The cursor's position among the task lines (headers not counted), -1 when none; and their count. */
export function taskPosition(state: UiState): {index: number; count: number} {
	let count = 0;
	let index = -1;
	for (const [i, key] of state.arns.entries()) {
		if (isHeaderKey(key)) continue;
		if (i === state.cursor) index = count;
		count++;
	}

	return {index, count};
}

/** The pure state machine behind the screen. */
export function uiReducer(state: UiState, action: UiAction): UiState {
	switch (action.type) {
		case 'sync': {
			const cursor = nextSelectionIndex(state.arns, state.selectedArn, action.arns, Math.max(0, state.cursor));
			return moveTo({...state, arns: action.arns, viewport: Math.max(1, action.viewport)}, cursor);
		}

		case 'move': return moveTo(state, state.cursor + action.delta, action.delta < 0 ? -1 : 1);
		case 'page': return moveTo(state, state.cursor + action.direction * state.viewport, action.direction);
		case 'jump': return action.to === 'first' ? moveTo(state, 0, 1) : moveTo(state, state.arns.length - 1, -1);
		case 'openDetail':
			return state.selectedArn === null ? state : {...state, view: 'detail', detailArn: state.selectedArn, detailScroll: 0};
		case 'scroll': {
			const field = state.view === 'help' ? 'helpScroll' : 'detailScroll';
			return {...state, [field]: Math.max(0, Math.min(state[field] + action.delta, action.max))};
		}

		case 'toggleHelp':
			if (state.view === 'help') return {...state, view: state.helpReturn};
			return {...state, view: 'help', helpReturn: state.view === 'detail' ? 'detail' : 'grid', helpScroll: 0};
		case 'back':
			switch (state.view) {
				case 'detail': return {...state, view: 'grid', detailArn: null};
				case 'help': return {...state, view: state.helpReturn};
				case 'filter': return {...state, view: 'grid', filterDraft: state.filterText};
				case 'grid': return state.filterText === '' ? state : {...state, filterText: '', filterDraft: ''};
			}

			return state;
		case 'startFilter': return {...state, view: 'filter', filterDraft: state.filterText};
		case 'typeFilter': return {...state, filterDraft: state.filterDraft + action.text};
		case 'deleteFilterChar': return {...state, filterDraft: [...state.filterDraft].slice(0, -1).join('')};
		case 'applyFilter': return {...state, view: 'grid', filterText: state.filterDraft.trim()};
		case 'toggleHideStopped': return {...state, hideStopped: !state.hideStopped};
		case 'toggle': return {...state, [action.flag]: !state[action.flag]};
	}
}
