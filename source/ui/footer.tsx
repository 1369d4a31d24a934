import {Text} from 'ink';
import {displayWidth} from '../model/format.js';
import {sanitize} from '../model/sanitize.js';
import {footerHints} from './keymap.js';
import type {View} from './state.js';
import type {Theme} from './theme.js';

export interface FooterProps {
	view: View;
	/** The filter being typed (view `filter`). */
	draft: string;
	/** Right-hand status: position, active filter, hidden stopped tasks. */
	status: string;
	width: number;
	theme: Theme;
}

/** The position text: `12/5000`, or `0/0`. */
export function positionText(cursor: number, count: number): string {
	return `${cursor < 0 ? 0 : cursor + 1}/${count}`;
}

/**
 * One line: the filter prompt while typing, then as many key hints as fit whole (generated from
 * the keymap), and the status at the right edge.
 */
export function Footer({view, draft, status, width, theme}: FooterProps) {
	const prompt = view === 'filter' ? `/${sanitize(draft)}▏ ` : '';
	let room = width - displayWidth(status) - displayWidth(prompt) - 1;
	const hints: Array<{keys: string; hint: string}> = [];
	for (const hint of footerHints(view)) {
		const size = displayWidth(hint.keys) + 1 + displayWidth(hint.hint) + 2;
		if (size > room) break;
		hints.push(hint);
		room -= size;
	}

	const used = displayWidth(prompt) + hints.reduce((sum, h) => sum + displayWidth(h.keys) + displayWidth(h.hint) + 3, 0);
	const padding = ' '.repeat(Math.max(1, width - used - displayWidth(status)));
	return (
		<Text wrap="truncate">
			{prompt === '' ? null : <Text {...theme.warning}>{prompt}</Text>}
			{hints.map(hint => (
				<Text key={hint.hint}><Text {...theme.key}>{hint.keys}</Text> {hint.hint}  </Text>
			))}
			{padding}
			{status}
		</Text>
	);
}
