import {Box, Text} from 'ink';
import {memo} from 'react';
import type {PanelLine} from './deployment-lines.js';
import {PartsText} from '../../parts-text.js';
import type {Theme} from '../../theme.js';

/** Lines the panel takes for `lineCount` lines when it may take at most `max`. */
export function panelHeight(lineCount: number, max: number): number {
	return Math.max(0, Math.min(lineCount, max));
}

/**
 * The deployments above the grid, cut to `height` lines with a `… N more` line when they do not fit.
 * Drawn again only when its lines change (a poll), not when a key moves the cursor.
 */
export const DeploymentsPanel = memo(function DeploymentsPanel({lines, height, theme}: {lines: readonly PanelLine[]; height: number; theme: Theme}) {
	if (height <= 0) return null;
	const cut = lines.length > height;
	const shown = cut ? lines.slice(0, height - 1) : lines;
	return (
		<Box flexDirection="column" height={height} flexShrink={0} overflowY="hidden">
			{shown.map(line => <PartsText key={line.key} parts={line.parts} theme={theme} />)}
			{cut && <Text wrap="truncate" {...theme.muted}>{`… ${lines.length - shown.length} more (d hides)`}</Text>}
		</Box>
	);
});
