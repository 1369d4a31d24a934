import {useInput, type Key} from 'ink';
import {useCallback, useLayoutEffect, useRef, type Dispatch} from 'react';
import {sanitize} from '../model/sanitize.js';
import {matchCommand, type CommandId} from './keymap.js';
import type {UiAction, UiState} from './state.js';
import type {WatchStore} from './watch-store.js';

export interface KeyCommandContext {
	state: UiState;
	/** Largest scroll offset of the open detail, and how far a page moves it. */
	detailMax: number;
	detailPage: number;
	store: Pick<WatchStore, 'refreshNow' | 'togglePause'>;
	onQuit: () => void;
	dispatch: Dispatch<UiAction>;
}

const PLAIN_KEY = {
	upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false,
	home: false, end: false, return: false, escape: false, ctrl: false, shift: false, tab: false,
	backspace: false, delete: false, meta: false,
} as Key;

/** The command's effect in the current view: a state change, a store call, or quitting. */
function commandAction(id: CommandId, state: UiState, detailMax: number, detailPage: number): UiAction | undefined {
	if (state.view === 'detail') {
		switch (id) {
			case 'moveDown': return {type: 'scrollDetail', delta: 1, max: detailMax};
			case 'moveUp': return {type: 'scrollDetail', delta: -1, max: detailMax};
			case 'pageDown': return {type: 'scrollDetail', delta: detailPage, max: detailMax};
			case 'pageUp': return {type: 'scrollDetail', delta: -detailPage, max: detailMax};
			case 'jumpTop': return {type: 'scrollDetail', delta: -Infinity, max: detailMax};
			case 'jumpBottom': return {type: 'scrollDetail', delta: Infinity, max: detailMax};
			default: break;
		}
	}

	switch (id) {
		case 'moveDown': return {type: 'move', delta: 1};
		case 'moveUp': return {type: 'move', delta: -1};
		case 'pageDown': return {type: 'page', direction: 1};
		case 'pageUp': return {type: 'page', direction: -1};
		case 'jumpTop': return {type: 'jump', to: 'first'};
		case 'jumpBottom': return {type: 'jump', to: 'last'};
		case 'openDetail': return {type: 'openDetail'};
		case 'back': return {type: 'back'};
		case 'startFilter': return {type: 'startFilter'};
		case 'applyFilter': return {type: 'applyFilter'};
		case 'filterBackspace': return {type: 'deleteFilterChar'};
		case 'toggleStopped': return {type: 'toggleHideStopped'};
		case 'toggleTimeline': return {type: 'toggle', flag: 'showTimeline'};
		case 'toggleGrouping': return {type: 'toggle', flag: 'groupByRevision'};
		case 'toggleDeployments': return {type: 'toggle', flag: 'showDeployments'};
		case 'help': return {type: 'toggleHelp'};
		default: return undefined;
	}
}

/**
 * Turns key presses into actions through the key table. Over a slow SSH link or with key repeat,
 * several keys can arrive in one read (`jjj`): outside filter input each is handled in turn.
 */
export function useKeyCommands(context: KeyCommandContext): void {
	// Ink re-subscribes useInput in a passive effect whenever the handler changes, so a key typed
	// right after a render could reach a stale closure. One stable handler reads the latest values.
	const latest = useRef(context);
	useLayoutEffect(() => {
		latest.current = context;
	});

	const handleKey = useCallback((input: string, key: Key) => {
		const current = latest.current;
		const command = matchCommand(current.state.view, input, key);
		if (command === undefined) {
			if (current.state.view === 'filter' && input !== '' && !key.ctrl && !key.meta) {
				current.dispatch({type: 'typeFilter', text: sanitize(input)});
			}

			return;
		}

		if (command.id === 'quit') current.onQuit();
		else if (command.id === 'refresh') current.store.refreshNow();
		else if (command.id === 'togglePause') current.store.togglePause();
		else {
			const action = commandAction(command.id, current.state, current.detailMax, current.detailPage);
			if (action !== undefined) current.dispatch(action);
		}
	}, []);

	const onInput = useCallback((input: string, key: Key) => {
		const coalesced = input.length > 1 && !key.ctrl && !key.meta && latest.current.state.view !== 'filter';
		if (!coalesced) {
			handleKey(input, key);
			return;
		}

		for (const char of input) {
			handleKey(char === '\r' ? '' : char, char === '\r' ? {...PLAIN_KEY, return: true} : PLAIN_KEY);
		}
	}, [handleKey]);
	useInput(onInput);
}
