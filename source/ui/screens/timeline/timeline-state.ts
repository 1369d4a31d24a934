import {initialList, listReducer, type ListAction, type ListState} from '../../list/list-state.js';
import type {ScreenRequest} from '../../stack/screen-request.js';

/** The timeline reads the task grid's data below it: it has no scope of its own. */
export type TimelineParams = Record<string, never>;

/** The cursor and the filter; no selected row (`selectedKey` null) means the cursor follows the newest entry. */
export interface TimelineState {
	list: ListState;
}

export type TimelineAction = {type: 'list'; action: ListAction};

export const timelineListAction = (action: ListAction): TimelineAction => ({type: 'list', action});

/**
 * The list's reducer, but moving onto the newest line (↑ to the top, `g`) lets go of the row:
 * the cursor then stays on top and follows the newest entry as new ones arrive.
 */
export function timelineReducer(state: TimelineState, action: TimelineAction): TimelineState {
	const moved = action.action;
	const list = moved.type === 'select' && moved.index === 0
		? {...state.list, selectedKey: null, index: 0, neighbours: [], scrollOffset: 0}
		: listReducer(state.list, moved);
	return list === state.list ? state : {list};
}

/** The timeline screen, over the task grid whose data it shows; the cursor on the newest entry. */
export function timelineRequest(): ScreenRequest {
	return {kind: 'timeline', params: {} satisfies TimelineParams, state: {list: initialList()} satisfies TimelineState};
}
