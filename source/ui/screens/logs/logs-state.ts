import {listReducer, type ListAction} from '../../list/list-state.js';
import type {LogsPause, LogsState} from './logs-request.js';

export type LogsAction =
	/** Scroll to `pause`, or follow again (null). */
	| {type: 'scroll'; pause: LogsPause | null}
	| {type: 'toggle'; flag: 'wrap' | 'timestamps'}
	/** An edit of the search line; keeping a search may jump to its first match at once. */
	| {type: 'search'; action: ListAction; jump?: {matchId: string; pause: LogsPause}}
	/** `n`/`N`: the match becomes current and the view jumps to it (which stops following). */
	| {type: 'match'; matchId: string; pause: LogsPause}
	/** Open the container picker on a row, move it, or close it (null). */
	| {type: 'picker'; index: number | null};

export function logsReducer(state: LogsState, action: LogsAction): LogsState {
	switch (action.type) {
		case 'scroll': return {...state, pause: action.pause};
		case 'toggle': return {...state, [action.flag]: !state[action.flag]};
		case 'search': {
			const search = listReducer(state.search, action.action);
			if (action.jump !== undefined) return {...state, search, matchId: action.jump.matchId, pause: action.jump.pause};
			// Another search text: the old match means nothing any more.
			const changed = search.filter !== state.search.filter;
			return search === state.search ? state : {...state, search, matchId: changed ? null : state.matchId};
		}

		case 'match': return {...state, matchId: action.matchId, pause: action.pause};
		case 'picker': return action.index === state.picker ? state : {...state, picker: action.index};
	}
}
