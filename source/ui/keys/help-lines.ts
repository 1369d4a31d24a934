import {keyLabel, type Command} from './command.js';
import {GLOBAL_COMMANDS} from './global-commands.js';

/** One line of a key reference: a section title, or a key and what it does. */
export type HelpLine =
	| {kind: 'section'; title: string}
	| {kind: 'key'; keys: string; description: string};

function keyLines(commands: ReadonlyArray<Command<never>>): HelpLine[] {
	return commands.map(command => ({kind: 'key', keys: keyLabel(command), description: command.description}));
}

/** The help of a screen: its own keys, then the keys that work everywhere. Generated from the key tables. */
export function helpLines(title: string, commands: ReadonlyArray<Command<never>>): HelpLine[] {
	return [
		{kind: 'section', title},
		...keyLines(commands),
		{kind: 'section', title: 'Everywhere'},
		...keyLines(GLOBAL_COMMANDS as ReadonlyArray<Command<never>>),
	];
}
