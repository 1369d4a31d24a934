import {Text} from 'ink';
import type {Part} from './styled-text.js';
import type {Theme} from './theme.js';

/** One truncated line made of differently toned parts. */
export function PartsText({parts, theme}: {parts: readonly Part[]; theme: Theme}) {
	return (
		<Text wrap="truncate">
			{parts.map((part, index) => (
				// Parts are a fixed sequence per line: the index is their identity.
				<Text key={index} {...(part.tone === undefined ? {} : theme[part.tone])}>{part.text}</Text>
			))}
		</Text>
	);
}
