import type {Key} from 'ink';

/** The named keys a binding can use, besides single characters. */
const NAMED = {
	up: {label: '↑', test: (key: Key) => key.upArrow},
	down: {label: '↓', test: (key: Key) => key.downArrow},
	left: {label: '←', test: (key: Key) => key.leftArrow},
	right: {label: '→', test: (key: Key) => key.rightArrow},
	pageup: {label: 'PgUp', test: (key: Key) => key.pageUp},
	pagedown: {label: 'PgDn', test: (key: Key) => key.pageDown},
	home: {label: 'Home', test: (key: Key) => key.home},
	end: {label: 'End', test: (key: Key) => key.end},
	enter: {label: 'Enter', test: (key: Key) => key.return},
	escape: {label: 'Esc', test: (key: Key) => key.escape},
	backspace: {label: 'Backspace', test: (key: Key) => key.backspace || key.delete},
	tab: {label: 'Tab', test: (key: Key) => key.tab && !key.shift},
} as const satisfies Record<string, {label: string; test: (key: Key) => boolean}>;

/** A key binding parsed once from its text (`'down'`, `'j'`, `'ctrl+f'`, `'shift+s'`, `'?'`). */
export interface KeyBinding {
	/** The binding as written in the key table. */
	source: string;
	/** How the key is shown in the footer, the help and `--help`: `↓`, `j`, `Ctrl+F`, `S`. */
	label: string;
	/** Whether it types a character: while a text line is open, such keys type instead. */
	printable: boolean;
	matches(input: string, key: Key): boolean;
}

/**
 * Parses a binding. Shift with a letter is the capital letter (what the terminal sends), so
 * `shift+s` matches `S`. Throws on a binding it does not understand: the key table is code.
 */
export function parseBinding(source: string): KeyBinding {
	const parts = source.split('+');
	const name = parts.length > 1 && parts.at(-1) === '' ? '+' : parts.at(-1)!;
	const modifiers = new Set(parts.slice(0, name === '+' ? -2 : -1));
	for (const modifier of modifiers) {
		if (modifier !== 'ctrl' && modifier !== 'shift') throw new Error(`Unknown modifier in key binding "${source}"`);
	}

	const named = (NAMED as Record<string, (typeof NAMED)[keyof typeof NAMED] | undefined>)[name];
	if (named !== undefined) {
		const shift = modifiers.has('shift');
		return {
			source,
			label: `${modifiers.has('ctrl') ? 'Ctrl+' : ''}${shift ? 'Shift+' : ''}${named.label}`,
			printable: false,
			matches: (input, key) => named.test(key) && key.ctrl === modifiers.has('ctrl') && (!shift || key.shift),
		};
	}

	if ([...name].length !== 1) throw new Error(`Unknown key in key binding "${source}"`);
	if (modifiers.has('ctrl')) {
		const letter = name.toLowerCase();
		return {source, label: `Ctrl+${letter.toUpperCase()}`, printable: false, matches: (input, key) => key.ctrl && input === letter};
	}

	const char = modifiers.has('shift') ? name.toUpperCase() : name;
	return {source, label: char, printable: true, matches: (input, key) => input === char && !key.ctrl && !key.meta};
}
