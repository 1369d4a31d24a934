import {useInput, type Key} from 'ink';
import {useCallback, useLayoutEffect, useRef, type Dispatch} from 'react';
import {sanitize} from '../model/sanitize.js';
import {matchCommand, type CommandId} from './keymap.js';
import {uiReducer, type UiAction, type UiState} from './state.js';
import type {WatchStore} from './watch-store.js';

export interface KeyCommandContext {
	state: UiState;
	/** Largest scroll offset of the open detail or help, and how far a page moves it. */
	scrollMax: number;
	scrollPage: number;
	store: Pick<WatchStore, 'refreshNow' | 'togglePause'>;
	onQuit: () => void;
	dispatch: Dispatch<UiAction>;
}

const PLAIN_KEY = {
	upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false,
	home: false, end: false, return: false, escape: false, ctrl: false, shift: false, tab: false,
	backspace: false, delete: false, meta: false,
} as Key;

/** The key one character of a multi-key read stands for: Enter and Backspace, else a plain key. */
function keyOf(char: string): Key {
	if (char === '\r') return {...PLAIN_KEY, return: true};
	if (char === '\u007F') return {...PLAIN_KEY, delete: true};
	if (char === '\b') return {...PLAIN_KEY, backspace: true};
	return PLAIN_KEY;
}

/** The command's effect in the current view: a state change, a store call, or quitting. */
function commandAction(id: CommandId, state: UiState, max: number, page: number): UiAction | undefined {
	if (state.view === 'detail' || state.view === 'help') {
		switch (id) {
			case 'moveDown': return {type: 'scroll', delta: 1, max};
			case 'moveUp': return {type: 'scroll', delta: -1, max};
			case 'pageDown': return {type: 'scroll', delta: page, max};
			case 'pageUp': return {type: 'scroll', delta: -page, max};
			case 'jumpTop': return {type: 'scroll', delta: -Infinity, max};
			case 'jumpBottom': return {type: 'scroll', delta: Infinity, max};
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
 * Turns key presses into actions through the key table. Over a slow SSH link, with key repeat or a
 * paste, several keys can arrive in one read (`jjj`, `/web`, a held Backspace): each is handled in
 * turn, in the view the keys before it led to.
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
		const dispatch = (action: UiAction) => {
			current.dispatch(action);
			// The next key of the same read must see this one's effect (e.g. `/` opening the filter)
			// before React renders; the render then replaces this with the same state.
			latest.current = {...latest.current, state: uiReducer(latest.current.state, action)};
		};

		const command = matchCommand(current.state.view, input, key);
		if (command === undefined) {
			if (current.state.view === 'filter' && input !== '' && !key.ctrl && !key.meta) {
				dispatch({type: 'typeFilter', text: sanitize(input)});
			}

			return;
		}

		if (command.id === 'quit') current.onQuit();
		else if (command.id === 'refresh') current.store.refreshNow();
		else if (command.id === 'togglePause') current.store.togglePause();
		else {
			const action = commandAction(command.id, current.state, current.scrollMax, current.scrollPage);
			if (action !== undefined) dispatch(action);
		}
	}, []);

	const onInput = useCallback((input: string, key: Key) => {
		if (input.length <= 1 || key.ctrl || key.meta) {
			handleKey(input, key);
			return;
		}

		for (const char of input) {
			const charKey = keyOf(char);
			handleKey(charKey === PLAIN_KEY ? char : '', charKey);
		}
	}, [handleKey]);
	useInput(onInput);
}
