import {Box, Text} from 'ink';
import type {DeploymentHistoryData} from '../../../watch/screen-data.js';
import type {ScreenViewProps} from '../../stack/screen-logic.js';
import {ListTable} from '../../table/list-table.js';
import type {HistoryFrame} from './history-logic.js';
import type {HistoryParams, HistoryState} from './history-state.js';

/** Service deployments and revisions exist only for deployments started on or after this day (ECS developer guide). */
export const EMPTY_HISTORY_TEXT = 'No service deployments recorded — ECS records them for deployments started on or after 25 October 2024.';

export function HistoryView({input, frame, body, theme}: ScreenViewProps<HistoryParams, HistoryState, DeploymentHistoryData, HistoryFrame>) {
	// Before any data, an error is shown by the app, whole (ui/error-body.tsx).
	const {data} = input.snapshot;
	if (data === null || data.deployments.length === 0) {
		return (
			<Box flexDirection="column" height={body.height}>
				<Text wrap="truncate" {...theme.muted}>{data === null ? 'Listing service deployments…' : EMPTY_HISTORY_TEXT}</Text>
			</Box>
		);
	}

	return <ListTable frame={frame} now={input.now} theme={theme} emptyText="No deployment matches the filter." />;
}
