import {Box, Text} from 'ink';
import {COMMANDS, keyLabel} from './keymap.js';
import type {Theme} from './theme.js';

const KEY_WIDTH = 20;

const LINES = COMMANDS.map(command => ({id: command.id, keys: keyLabel(command), description: command.description}));

/** Lines of the help below its title: one per command. */
export const HELP_LINE_COUNT = LINES.length;

/**
 * Every command and its keys, generated from the keymap; from line `scroll` on when the terminal
 * is too short to show them all (the title then says which lines are shown).
 */
export function HelpOverlay({scroll, height, theme}: {scroll: number; height: number; theme: Theme}) {
	const shown = LINES.slice(scroll, scroll + Math.max(0, height - 1));
	const range = shown.length < LINES.length ? `  keys ${scroll + 1}–${scroll + shown.length} of ${LINES.length}, ↑↓ scroll` : '';
	return (
		<Box flexDirection="column" height={height}>
			<Text wrap="truncate"><Text {...theme.title}>Keys (Esc or ? closes)</Text><Text {...theme.muted}>{range}</Text></Text>
			{shown.map(line => (
				<Text key={line.id} wrap="truncate">
					<Text {...theme.key}>{`  ${line.keys}`.padEnd(KEY_WIDTH)}</Text>
					{line.description}
				</Text>
			))}
		</Box>
	);
}
