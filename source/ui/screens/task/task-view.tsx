import {Box, Text} from 'ink';
import type {TaskData} from '../../../watch/screen-data.js';
import type {ScreenViewProps} from '../../stack/screen-logic.js';
import {TaskDetail} from './task-detail.js';
import type {TaskFrame} from './task-logic.js';
import type {ScrollState, TaskParams} from './task-request.js';

export function TaskView({input, frame, body, theme, terminal}: ScreenViewProps<TaskParams, ScrollState, TaskData, TaskFrame>) {
	if (input.snapshot.data === null) {
		return (
			<Box flexDirection="column" height={body.height}>
				<Text wrap="truncate" {...theme.muted}>Describing task {input.params.taskId}…</Text>
			</Box>
		);
	}

	return <TaskDetail taskId={input.params.taskId} lines={frame.lines} scroll={frame.scroll} height={body.height} theme={theme} hyperlinks={terminal.hyperlinks} />;
}
