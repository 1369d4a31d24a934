import {Box, Text} from 'ink';
import {COMMANDS, keyLabel} from './keymap.js';
import type {Theme} from './theme.js';

const KEY_WIDTH = 20;

/** Every command and its keys, generated from the keymap. */
export function HelpOverlay({height, theme}: {height: number; theme: Theme}) {
	const lines = COMMANDS.map(command => ({id: command.id, keys: keyLabel(command), description: command.description}));
	return (
		<Box flexDirection="column" height={height}>
			<Text wrap="truncate" {...theme.title}>Keys (Esc or ? closes)</Text>
			{lines.slice(0, Math.max(0, height - 1)).map(line => (
				<Text key={line.id} wrap="truncate">
					<Text {...theme.key}>{`  ${line.keys}`.padEnd(KEY_WIDTH)}</Text>
					{line.description}
				</Text>
			))}
		</Box>
	);
}
