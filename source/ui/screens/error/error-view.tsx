import {Box, Text} from 'ink';
import type {PolledData} from '../../../watch/snapshot.js';
import type {ScreenViewProps} from '../../stack/screen-logic.js';
import type {ErrorFrame} from './error-logic.js';
import type {ErrorParams, ErrorState} from './error-request.js';

/** The error's lines from the scroll position on; headings in the title tone. */
export function ErrorView({frame, body, theme}: ScreenViewProps<ErrorParams, ErrorState, PolledData, ErrorFrame>) {
	const shown = frame.lines.slice(frame.scroll, frame.scroll + body.height);
	return (
		<Box flexDirection="column" height={body.height}>
			{/* The lines are a fixed text keyed by position. */}
			{shown.map((line, index) => {
				const tone = line.kind === 'heading' ? theme.title : (line.kind === 'good' ? theme.good : {});
				return <Text key={frame.scroll + index} wrap="truncate" {...tone}>{line.text}</Text>;
			})}
		</Box>
	);
}
