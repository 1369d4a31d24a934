import {useInput, type Key} from 'ink';
import {useCallback, useLayoutEffect, useRef} from 'react';
import type {Intent} from './intent.js';
import type {KeyRoute} from './route-key.js';
import {routeKey} from './route-key.js';

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
	return {...PLAIN_KEY, shift: /^[A-Z]$/u.test(char)};
}

/**
 * Turns key presses into intents and carries them out. `route` is asked afresh for every key, so
 * over a slow SSH link, with key repeat or a paste, each key of one read (`jjj`, `/web`, Enter
 * twice) is routed in the state the keys before it left — the stack store is updated at once.
 */
export function useKeyRouter(route: () => KeyRoute, perform: (intent: Intent) => void): void {
	// Ink re-subscribes useInput in a passive effect whenever the handler changes, so a key typed
	// right after a render could reach a stale closure. One stable handler reads the latest functions.
	const latest = useRef({route, perform});
	useLayoutEffect(() => {
		latest.current = {route, perform};
	});

	const onInput = useCallback((input: string, key: Key) => {
		const handle = (text: string, pressed: Key) => {
			const intent = routeKey(latest.current.route(), text, pressed);
			if (intent !== undefined) latest.current.perform(intent);
		};

		if (input.length <= 1 || key.ctrl || key.meta) {
			handle(input, key);
			return;
		}

		for (const char of input) {
			const charKey = keyOf(char);
			handle(charKey.return || charKey.delete || charKey.backspace ? '' : char, charKey);
		}
	}, []);
	useInput(onInput);
}
