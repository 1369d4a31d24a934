import {displayWidth} from '../../model/text-width.js';
import {listCommands} from '../list/list-commands.js';
import {SCREEN_LOGICS} from '../screens/screen-logics.js';
import {scrollCommands} from '../scroll/scroll-commands.js';
import {defineCommands, keyLabel, type Command} from './command.js';
import {GLOBAL_COMMANDS} from './global-commands.js';

/** A group of keys in the references: the keys every screen shares, then each screen's own. */
export interface KeySection {
	title: string;
	commands: ReadonlyArray<Command<never>>;
}

const LIST = defineCommands(listCommands<never>({list: () => {
	throw new Error('reference only');
}, wrap: action => action, filterHelp: 'the rows', check: () => null}));
const SCROLL = defineCommands(scrollCommands<never>(() => {
	throw new Error('reference only');
}));

/** Every key ecswatch has, generated from the key tables: what `--help` and the README list. */
export function keySections(): KeySection[] {
	const shared = new Set([...LIST, ...SCROLL].map(command => command.id));
	const sections: KeySection[] = [
		{title: 'Everywhere', commands: GLOBAL_COMMANDS as ReadonlyArray<Command<never>>},
		{title: 'Lists', commands: LIST as ReadonlyArray<Command<never>>},
		{title: 'Scrolled text', commands: SCROLL as ReadonlyArray<Command<never>>},
	];
	for (const logic of SCREEN_LOGICS) {
		const own = (logic.commands as ReadonlyArray<Command<never>>).filter(command => !shared.has(command.id));
		if (own.length > 0) sections.push({title: logic.title, commands: own});
	}

	return sections;
}

const INDENT = '    ';
/** The title column is at least this wide, and one wider than the longest title. */
const MIN_TITLE_WIDTH = 14;

/** `--help`'s key section: each group on as many lines of `keys hint` pairs as it needs within `width`. */
export function keyHelpText(width = 80): string {
	const lines: string[] = [];
	const sections = keySections();
	const titleWidth = Math.max(MIN_TITLE_WIDTH, ...sections.map(section => displayWidth(section.title) + 1));
	for (const section of sections) {
		let line = `${INDENT}${section.title.padEnd(titleWidth)}`;
		let empty = true;
		for (const command of section.commands) {
			const item = `${keyLabel(command)} ${command.hint}`;
			if (!empty && displayWidth(line) + 2 + displayWidth(item) > width) {
				lines.push(line);
				line = `${INDENT}${' '.repeat(titleWidth)}`;
				empty = true;
			}

			line += `${empty ? '' : '  '}${item}`;
			empty = false;
		}

		lines.push(line);
	}

	return lines.join('\n');
}

/** The README's key tables, one per group, in Markdown. */
export function keyMarkdown(): string {
	return keySections().map(section => [
		`**${section.title}**`,
		'',
		'| key | what it does |',
		'|---|---|',
		...section.commands.map(command => `| ${command.bindings.map(binding => `\`${binding.label}\``).join(' ')} | ${command.description} |`),
	].join('\n')).join('\n\n');
}
