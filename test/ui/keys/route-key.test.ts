import type {Key} from 'ink';
import {describe, expect, it} from 'vitest';
import {defineCommands} from '../../../source/ui/keys/command.js';
import {activeHints, routeKey, type KeyLayer} from '../../../source/ui/keys/route-key.js';

const plain = {
	upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false,
	return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false,
} as Key;
const escape = {...plain, escape: true};

const screen: KeyLayer<unknown> = {
	context: {filter: 'web'},
	commands: defineCommands<unknown>([
		{id: 'clear', keys: ['escape'], description: 'Clear', hint: 'clear', footer: true, run: c => ((c as {filter: string}).filter === '' ? undefined : {kind: 'update', action: 'clear'})},
		{id: 'open', keys: ['enter'], description: 'Open', hint: 'open', footer: true, run: () => ({kind: 'update', action: 'open'})},
	]),
};
const global: KeyLayer<unknown> = {
	context: {},
	commands: defineCommands<unknown>([
		{id: 'back', keys: ['escape'], description: 'Back', hint: 'back', footer: true, footerOrder: 9, run: () => ({kind: 'pop'})},
		{id: 'quit', keys: ['q'], description: 'Quit', hint: 'quit', footer: true, footerOrder: 0, run: () => ({kind: 'quit'})},
	]),
};

describe('routing a key', () => {
	it('asks the top screen first; a command that returns nothing lets the key fall through', () => {
		expect(routeKey({overlay: null, typing: null, layers: [screen, global]}, '', escape)).toEqual({kind: 'update', action: 'clear'});
		const cleared = {...screen, context: {filter: ''}};
		expect(routeKey({overlay: null, typing: null, layers: [cleared, global]}, '', escape)).toEqual({kind: 'pop'});
	});

	it('sends printable keys to an open text line, but not Esc, Enter or Ctrl keys', () => {
		const typing = (text: string) => ({kind: 'update' as const, action: `type ${text}`});
		const route = {overlay: null, typing, layers: [screen, global]};
		expect(routeKey(route, 'q', plain)).toEqual({kind: 'update', action: 'type q'});
		expect(routeKey(route, '', {...plain, return: true})).toEqual({kind: 'update', action: 'open'});
		expect(routeKey(route, '', escape)).toEqual({kind: 'update', action: 'clear'});
	});

	it('gives an open overlay every key', () => {
		const overlay: KeyLayer<unknown> = {context: {}, commands: defineCommands<unknown>([{id: 'x', keys: ['?'], description: '', hint: '', run: () => ({kind: 'help'})}])};
		expect(routeKey({overlay, typing: null, layers: [screen, global]}, 'q', plain)).toBeUndefined();
		expect(routeKey({overlay, typing: null, layers: [screen, global]}, '?', plain)).toEqual({kind: 'help'});
	});

	it('lists in the footer only the keys that do something now, by footer order', () => {
		// Esc clears the filter first, so "back" is not offered until the filter is gone.
		expect(activeHints([screen, global])).toEqual([{keys: 'q', hint: 'quit'}, {keys: 'Esc', hint: 'clear'}, {keys: 'Enter', hint: 'open'}]);
		expect(activeHints([{...screen, context: {filter: ''}}, global]).map(hint => hint.hint)).toEqual(['quit', 'open', 'back']);
		// While a text line is open, printable keys type: q does not quit.
		expect(activeHints([screen, global], true).map(hint => hint.hint)).toEqual(['clear', 'open']);
	});
});
