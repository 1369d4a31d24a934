import {Box, Text} from 'ink';
import type {ErrorParams} from './screens/error/error-request.js';
import type {Theme} from './theme.js';
import {wrapText} from './wrap-text.js';

/**
 * Instead of "Waiting for the first poll…" once the first poll has failed: what to do, wrapped,
 * so that a wrong cluster, a missing credential or a denied action reads whole at any width.
 */
export function ErrorBody({error, retrying, width, height, theme}: {error: ErrorParams; retrying: boolean; width: number; height: number; theme: Theme}) {
	const next = retrying ? 'ecswatch keeps trying.' : 'Retrying will not help until this is fixed: r tries again now.';
	const lines = [
		...wrapText(error.sentence, width).map(text => ({text, tone: theme.error})),
		...wrapText(`${next} ! shows the whole error.`, width).map(text => ({text, tone: theme.muted})),
	];
	return (
		<Box flexDirection="column" height={height}>
			{/* Wrapped lines of two sentences, keyed by position. */}
			{lines.map((line, index) => <Text key={index} wrap="truncate" {...line.tone}>{line.text}</Text>)}
		</Box>
	);
}
