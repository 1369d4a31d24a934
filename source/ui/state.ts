import {nextSelectionIndex, scrollToCursor} from '../model/selection.js';

export type View = 'grid' | 'detail' | 'help' | 'filter';

/** Everything the screen remembers between key presses. Changed only by {@link uiReducer}. */
export interface UiState {
	view: View;
	/** Where `?`/Esc goes back to from help. */
	helpReturn: 'grid' | 'detail';
	/** The task under the cursor; the cursor follows it across refreshes and re-sorting. */
	selectedArn: string | null;
	/** Index into `arns`; -1 when no row is visible. */
	cursor: number;
	/** Index of the first grid row on screen. */
	scrollOffset: number;
	/** The visible (sorted, filtered) task ARNs the cursor indexes into. */
	arns: readonly string[];
	/** How many grid rows fit on screen. */
	viewport: number;
	/** The applied filter. */
	filterText: string;
	/** The filter being typed (view `filter`); the grid narrows on it live. */
	filterDraft: string;
	hideStopped: boolean;
	/** The task the detail view shows; it keeps showing it even when it leaves the grid. */
	detailArn: string | null;
	detailScroll: number;
}

export type UiAction =
	| {type: 'sync'; arns: readonly string[]; viewport: number}
	| {type: 'move'; delta: number}
	| {type: 'page'; direction: 1 | -1}
	| {type: 'jump'; to: 'first' | 'last'}
	| {type: 'openDetail'}
	| {type: 'scrollDetail'; delta: number; max: number}
	| {type: 'toggleHelp'}
	| {type: 'back'}
	| {type: 'startFilter'}
	| {type: 'typeFilter'; text: string}
	| {type: 'deleteFilterChar'}
	| {type: 'applyFilter'}
	| {type: 'toggleHideStopped'};

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
	detailArn: null,
	detailScroll: 0,
};

/** The filter the grid shows right now: the draft while typing, else the applied one. */
export function activeQuery(state: UiState): string {
	return state.view === 'filter' ? state.filterDraft : state.filterText;
}

function moveTo(state: UiState, index: number): UiState {
	if (state.arns.length === 0) return {...state, cursor: -1, selectedArn: null, scrollOffset: 0};
	const cursor = Math.max(0, Math.min(index, state.arns.length - 1));
	return {
		...state,
		cursor,
		selectedArn: state.arns[cursor] ?? null,
		scrollOffset: scrollToCursor(state.scrollOffset, cursor, state.viewport, state.arns.length),
	};
}

/** The pure state machine behind the screen. */
export function uiReducer(state: UiState, action: UiAction): UiState {
	switch (action.type) {
		case 'sync': {
			const cursor = nextSelectionIndex(state.arns, state.selectedArn, action.arns, Math.max(0, state.cursor));
			return moveTo({...state, arns: action.arns, viewport: Math.max(1, action.viewport)}, cursor);
		}

		case 'move': return moveTo(state, state.cursor + action.delta);
		case 'page': return moveTo(state, state.cursor + action.direction * state.viewport);
		case 'jump': return moveTo(state, action.to === 'first' ? 0 : state.arns.length - 1);
		case 'openDetail':
			return state.selectedArn === null ? state : {...state, view: 'detail', detailArn: state.selectedArn, detailScroll: 0};
		case 'scrollDetail':
			return {...state, detailScroll: Math.max(0, Math.min(state.detailScroll + action.delta, action.max))};
		case 'toggleHelp':
			if (state.view === 'help') return {...state, view: state.helpReturn};
			return {...state, view: 'help', helpReturn: state.view === 'detail' ? 'detail' : 'grid'};
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
	}
}
