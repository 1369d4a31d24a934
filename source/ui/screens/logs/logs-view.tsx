import {Box} from 'ink';
import type {LogsData} from '../../../watch/screen-data.js';
import {PartsText} from '../../parts-text.js';
import type {ScreenViewProps} from '../../stack/screen-logic.js';
import type {LogsFrame} from './logs-frame.js';
import type {LogsParams, LogsState} from './logs-request.js';

/** The body the frame laid out: picker, why-lines, log rows and the marker, each row cut at the width. */
export function LogsView({frame, body, theme}: ScreenViewProps<LogsParams, LogsState, LogsData, LogsFrame>) {
	return (
		<Box flexDirection="column" height={body.height}>
			{frame.rows.map(row => <PartsText key={row.key} parts={row.parts} theme={theme} />)}
		</Box>
	);
}
