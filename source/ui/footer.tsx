import {Text} from 'ink';
import {displayWidth, truncateToWidth} from '../model/text-width.js';
import {sanitize} from '../model/sanitize.js';
import type {Theme} from './theme.js';

export interface FooterProps {
	/** Key hints that do something now, most useful first; as many as fit are shown whole. */
	hints: ReadonlyArray<{keys: string; hint: string}>;
	/** The filter being typed, or null when no text line is open. */
	draft: string | null;
	/** What is wrong with the draft, in words; shown instead of the key hints. */
	error?: string | null;
	/** Right-hand status: position, active filter, hidden stopped tasks. */
	status: string;
	width: number;
	theme: Theme;
}

/** The end of a draft, as much as fits `room` columns: a long paste costs only what is shown. */
function draftTail(draft: string, room: number): string {
	const tail = draft.length > room * 2 ? draft.slice(-room * 2) : draft;
	const cut = [...sanitize(tail)];
	while (cut.length > 1 && displayWidth(cut.join('')) > room) cut.shift();
	return `${tail === draft ? '' : '…'}${cut.join('')}`;
}

/** One line: the filter prompt while typing, then as many key hints as fit whole, and the status at the right edge. */
export function Footer({hints, draft, error = null, status, width, theme}: FooterProps) {
	const prompt = draft === null ? '' : `/${draftTail(draft, Math.floor(width / 2))}▏ `;
	let room = width - displayWidth(status) - displayWidth(prompt) - 1;
	const shown: Array<{keys: string; hint: string}> = [];
	if (error !== null) {
		const problem = truncateToWidth(error, Math.max(0, room));
		const padding = ' '.repeat(Math.max(1, width - displayWidth(prompt) - displayWidth(problem) - displayWidth(status)));
		return (
			<Text wrap="truncate">
				<Text {...theme.warning}>{prompt}</Text>
				<Text {...theme.error}>{problem}</Text>
				{padding}
				{status}
			</Text>
		);
	}

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
