import type {Key} from 'ink';
import {describe, expect, it} from 'vitest';
import {parseBinding} from '../../../source/ui/keys/key-binding.js';

const none = {
	upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false,
	return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false,
} as Key;
const key = (fields: Partial<Key>): Key => ({...none, ...fields});

describe('key bindings as strings', () => {
	it('derives the label shown everywhere from the binding', () => {
		expect(['down', 'j', 'ctrl+f', 'shift+s', 'shift+g', 'pagedown', 'escape', 'enter', '?', '/'].map(source => parseBinding(source).label))
			.toEqual(['↓', 'j', 'Ctrl+F', 'S', 'G', 'PgDn', 'Esc', 'Enter', '?', '/']);
	});

	it('matches what the terminal sends for each', () => {
		expect(parseBinding('down').matches('', key({downArrow: true}))).toBe(true);
		expect(parseBinding('j').matches('j', none)).toBe(true);
		expect(parseBinding('j').matches('J', key({shift: true}))).toBe(false);
		expect(parseBinding('shift+j').matches('J', key({shift: true}))).toBe(true);
		expect(parseBinding('ctrl+f').matches('f', key({ctrl: true}))).toBe(true);
		expect(parseBinding('ctrl+f').matches('f', none)).toBe(false);
		expect(parseBinding('f').matches('f', key({ctrl: true}))).toBe(false);
		expect(parseBinding('backspace').matches('', key({delete: true}))).toBe(true);
		expect(parseBinding('enter').matches('', key({return: true, ctrl: true}))).toBe(false);
	});

	it('says which keys type characters, so that a text line can take them', () => {
		expect(parseBinding('q').printable).toBe(true);
		expect(parseBinding('ctrl+c').printable).toBe(false);
		expect(parseBinding('escape').printable).toBe(false);
	});

	it('rejects a binding it does not understand', () => {
		expect(() => parseBinding('hyper+x')).toThrow('Unknown modifier');
		expect(() => parseBinding('pgdown')).toThrow('Unknown key');
	});
});
