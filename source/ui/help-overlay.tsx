import {Box, Text} from 'ink';
import type {HelpLine} from './keys/help-lines.js';
import type {Theme} from './theme.js';

const KEY_WIDTH = 22;

/**
 * The keys of the screen below and the keys that work everywhere, generated from the key tables;
 * from line `scroll` on when the terminal is too short to show them all.
 */
export function HelpOverlay({lines, scroll, height, theme}: {lines: readonly HelpLine[]; scroll: number; height: number; theme: Theme}) {
	const shown = lines.slice(scroll, scroll + Math.max(0, height - 1));
	const range = shown.length < lines.length ? `  lines ${scroll + 1}–${scroll + shown.length} of ${lines.length}, ↑↓ scroll` : '';
	return (
		<Box flexDirection="column" height={height}>
			<Text wrap="truncate"><Text {...theme.title}>Keys (Esc or ? closes)</Text><Text {...theme.muted}>{range}</Text></Text>
			{/* Help lines are a fixed list: their position is their identity. */}
			{shown.map((line, index) => (line.kind === 'section'
				? <Text key={scroll + index} wrap="truncate" {...theme.title}>{line.title}</Text>
				: (
					<Text key={scroll + index} wrap="truncate">
						<Text {...theme.key}>{`  ${line.keys}`.padEnd(KEY_WIDTH)}</Text>
						{line.description}
					</Text>
				)))}
		</Box>
	);
}
