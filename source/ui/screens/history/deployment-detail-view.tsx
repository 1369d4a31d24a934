import {Box, Text} from 'ink';
import {sanitize} from '../../../model/sanitize.js';
import type {DeploymentHistoryData} from '../../../watch/screen-data.js';
import type {ScreenViewProps} from '../../stack/screen-logic.js';
import type {ScrollState} from '../task/task-request.js';
import type {DeploymentDetailFrame} from './deployment-detail-logic.js';
import type {DeploymentParams} from './history-state.js';

const LABEL_WIDTH = 10;

export function DeploymentDetailView({input, frame, body, theme}: ScreenViewProps<DeploymentParams, ScrollState, DeploymentHistoryData, DeploymentDetailFrame>) {
	const title = `Service deployment of ${sanitize(input.params.service)}`;
	if (frame.lines === null) {
		const why = input.snapshot.data === null ? 'Listing service deployments…' : 'ECS no longer lists this deployment. Esc goes back.';
		return (
			<Box flexDirection="column" height={body.height}>
				<Text wrap="truncate" {...theme.title}>{title}</Text>
				<Text wrap="truncate" {...theme.muted}>{why}</Text>
			</Box>
		);
	}

	const shown = frame.lines.slice(frame.scroll, frame.scroll + Math.max(1, body.height - 1));
	return (
		<Box flexDirection="column" height={body.height}>
			<Text wrap="truncate" {...theme.title}>{title}</Text>
			{/* Lines are a fixed text keyed by position. */}
			{shown.map((line, index) => (line.kind === 'section'
				? <Text key={frame.scroll + index} wrap="truncate" {...theme.title}>{line.title}</Text>
				: (
					<Text key={frame.scroll + index} wrap="truncate">
						{'  '}<Text {...theme.muted}>{line.label.padEnd(LABEL_WIDTH)}</Text>{'  '}
						<Text {...(line.tone === undefined ? {} : theme[line.tone])}>{line.value}</Text>
					</Text>
				)))}
		</Box>
	);
}
