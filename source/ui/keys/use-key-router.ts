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

/** How many characters from `from` are plain typed text (no Enter, Backspace or control character). */
function typedRun(chars: readonly string[], from: number): number {
	let end = from;
	// eslint-disable-next-line no-control-regex -- control characters end a run of typed text
	while (end < chars.length && !/[\u0000-\u001F\u007F]/u.test(chars[end]!)) end++;
	return end - from;
}

/**
 * Turns key presses into intents and carries them out. `route` is asked afresh for every key, so
 * over a slow SSH link, with key repeat or a paste, each key of one read (`jjj`, `/web`, Enter
 * twice) is routed in the state the keys before it left — the stack store is updated at once.
 * Not `active`, keys are left alone (the app is hidden while the terminal is too small).
 */
export function useKeyRouter(route: () => KeyRoute, perform: (intent: Intent) => void, active = true): void {
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

		const chars = [...input];
		for (let index = 0; index < chars.length;) {
			const route = latest.current.route();
			// While a text line is open, a run of typed characters (a paste) goes in as one piece:
			// one state change and one render, not one per character.
			const run = route.typing === null ? 0 : typedRun(chars, index);
			if (run > 1) {
				latest.current.perform(route.typing!(chars.slice(index, index + run).join('')));
				index += run;
				continue;
			}

			const charKey = keyOf(chars[index]!);
			handle(charKey.return || charKey.delete || charKey.backspace ? '' : chars[index]!, charKey);
			index++;
		}
	}, []);
	useInput(onInput, {isActive: active});
}
