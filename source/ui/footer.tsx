import {Text} from 'ink';
import {displayWidth} from '../model/format.js';
import {sanitize} from '../model/sanitize.js';
import type {Theme} from './theme.js';

export interface FooterProps {
	/** Key hints that do something now, most useful first; as many as fit are shown whole. */
	hints: ReadonlyArray<{keys: string; hint: string}>;
	/** The filter being typed, or null when no text line is open. */
	draft: string | null;
	/** Right-hand status: position, active filter, hidden stopped tasks. */
	status: string;
	width: number;
	theme: Theme;
}

/** One line: the filter prompt while typing, then as many key hints as fit whole, and the status at the right edge. */
export function Footer({hints, draft, status, width, theme}: FooterProps) {
	const prompt = draft === null ? '' : `/${sanitize(draft)}▏ `;
	let room = width - displayWidth(status) - displayWidth(prompt) - 1;
	const shown: Array<{keys: string; hint: string}> = [];
	for (const hint of hints) {
		const size = displayWidth(hint.keys) + 1 + displayWidth(hint.hint) + 2;
		if (size > room) break;
		shown.push(hint);
		room -= size;
	}

	const used = displayWidth(prompt) + shown.reduce((sum, h) => sum + displayWidth(h.keys) + displayWidth(h.hint) + 3, 0);
	const padding = ' '.repeat(Math.max(1, width - used - displayWidth(status)));
	return (
		<Text wrap="truncate">
			{prompt === '' ? null : <Text {...theme.warning}>{prompt}</Text>}
			{shown.map(hint => (
				<Text key={hint.hint}><Text {...theme.key}>{hint.keys}</Text> {hint.hint}  </Text>
			))}
			{padding}
			{status}
		</Text>
	);
}
