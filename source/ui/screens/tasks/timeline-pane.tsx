import {Box, Text} from 'ink';
import {memo} from 'react';
import {displayWidth, truncateToWidth} from '../../../model/text-width.js';
import {sanitize} from '../../../model/sanitize.js';
import type {TimelineEntry, TimelineTone} from '../../../model/task-diff-types.js';
import {relativeTime} from '../../../model/timeline.js';
import type {Theme, Tone} from '../../theme.js';

export interface TimelinePaneProps {
	/** Newest first. */
	entries: readonly TimelineEntry[];
	/** Epoch ms the relative times are computed at. */
	now: number;
	/** Lines, including the title. */
	height: number;
	theme: Theme;
}

const TONES: Readonly<Record<TimelineTone, Tone | undefined>> = {info: undefined, good: 'good', bad: 'bad', warning: 'warning'};
const SERVICE_CAP = 16;

function fit(text: string, width: number): string {
	const cut = truncateToWidth(text, width);
	return cut + ' '.repeat(Math.max(0, width - displayWidth(cut)));
}

/** What happened, newest first: `12s ago  web  a1b2c3d4 PENDING→RUNNING`, coloured by tone. Not drawn again for a key press. */
export const TimelinePane = memo(function TimelinePane({entries, now, height, theme}: TimelinePaneProps) {
	if (height <= 0) return null;
	const shown = entries.slice(0, Math.max(0, height - 1));
	const when = shown.map(entry => relativeTime(entry.at, now));
	const whenWidth = Math.max(0, ...when.map(text => displayWidth(text)));
	const services = shown.map(entry => (entry.service === null ? '-' : sanitize(entry.service)));
	const serviceWidth = Math.min(SERVICE_CAP, Math.max(0, ...services.map(text => displayWidth(text))));
	return (
		<Box flexDirection="column" height={height} flexShrink={0} overflowY="hidden">
			<Text wrap="truncate" {...theme.title}>{`Timeline (${entries.length}, newest first; t opens it all)`}</Text>
			{shown.length === 0 && <Text wrap="truncate" {...theme.muted}>Nothing has happened yet.</Text>}
			{shown.map((entry, index) => {
				const tone = TONES[entry.tone];
				return (
					<Text key={entry.id} wrap="truncate">
						<Text {...theme.muted}>{when[index]!.padStart(whenWidth)}</Text>
						{'  '}{fit(services[index]!, serviceWidth)}{'  '}
						<Text {...(tone === undefined ? {} : theme[tone])}>{sanitize(entry.text)}</Text>
					</Text>
				);
			})}
		</Box>
	);
});
