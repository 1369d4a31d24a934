import {sanitize} from '../../model/sanitize.js';

/** How many keys on each side of the selection are remembered, to land near it when it vanishes. */
const NEIGHBOURS = 4;

/**
 * The longest filter the line takes, in characters (code points) after sanitising: what is typed or
 * pasted beyond it is dropped. It bounds every keystroke's parsing and matching, whatever was pasted.
 */
export const FILTER_LIMIT = 256;

/** A list's cursor, scroll and filter: what a list screen keeps while it is covered. */
export interface ListState {
	/** The row under the cursor; the cursor follows it across refreshes and re-sorting. */
	selectedKey: string | null;
	/** Where it was, for when the row is gone and none of its neighbours is left either. */
	index: number;
	/** The rows below it, then the rows above it, nearest first, when it was selected. */
	neighbours: readonly string[];
	/** First line on screen. */
	scrollOffset: number;
	/** The applied filter. */
	filter: string;
	/** The filter being typed, or null when the filter line is closed. */
	draft: string | null;
}

export type ListAction =
	| {type: 'select'; key: string | null; index: number; neighbours: readonly string[]; scrollOffset: number}
	| {type: 'start-filter'}
	| {type: 'type-filter'; text: string}
	| {type: 'delete-filter-char'}
	/** Keeps the draft, unless it does not parse (`valid` false): then the line stays open. */
	| {type: 'apply-filter'; valid: boolean}
	| {type: 'cancel-filter'}
	| {type: 'clear-filter'};

/** A list with the cursor on `selectedKey` (when given), no filter. */
export function initialList(selectedKey: string | null = null): ListState {
	return {selectedKey, index: 0, neighbours: [], scrollOffset: 0, filter: '', draft: null};
}

/** The filter the rows are narrowed by right now: the draft while typing, else the applied one. */
export function activeFilter(list: ListState): string {
	return list.draft ?? list.filter;
}

/** Whether the draft is at {@link FILTER_LIMIT}, so that more typing is dropped. */
export function draftAtLimit(draft: string): boolean {
	return draft.length >= FILTER_LIMIT && [...draft].length >= FILTER_LIMIT;
}

/**
 * `draft` and as much of `text`, sanitised, as fits {@link FILTER_LIMIT}. The raw text is cut
 * first: a 100 KB paste is sanitised only as far as it can be kept. (Sanitising never lengthens.)
 */
function appendCapped(draft: string, text: string): string {
	const room = FILTER_LIMIT - [...draft].length;
	if (room <= 0) return draft;
	// Two code units per code point at most; a high surrogate left at the cut would become a `�`.
	const cut = text.length > room * 2 ? text.slice(0, room * 2).replace(/[\uD800-\uDBFF]$/u, '') : text;
	const kept = [...sanitize(cut)];
	return draft + (kept.length > room ? kept.slice(0, room) : kept).join('');
}

/** The neighbours of the row at `index` among `keys`, below first (see {@link ListState.neighbours}). */
export function neighboursOf(keys: readonly string[], index: number): string[] {
	return [...keys.slice(index + 1, index + 1 + NEIGHBOURS), ...keys.slice(Math.max(0, index - NEIGHBOURS), index).reverse()];
}

export function listReducer(list: ListState, action: ListAction): ListState {
	switch (action.type) {
		case 'select':
			return {...list, selectedKey: action.key, index: action.index, neighbours: action.neighbours, scrollOffset: action.scrollOffset};
		case 'start-filter': return {...list, draft: list.filter};
		case 'type-filter': {
			if (list.draft === null) return list;
			const draft = appendCapped(list.draft, action.text);
			// Unchanged (typing at the limit): the same state, so nothing is drawn again.
			return draft === list.draft ? list : {...list, draft};
		}

		case 'delete-filter-char': return list.draft === null ? list : {...list, draft: [...list.draft].slice(0, -1).join('')};
		case 'apply-filter': return list.draft === null || !action.valid ? list : {...list, filter: list.draft.trim(), draft: null};
		case 'cancel-filter': return {...list, draft: null};
		case 'clear-filter': return {...list, filter: '', draft: null};
	}
}
