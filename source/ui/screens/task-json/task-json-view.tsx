import {Box, Text} from 'ink';
import {sanitize} from '../../../model/sanitize.js';
import type {TaskJsonData} from '../../../watch/screen-data.js';
import type {ScreenViewProps} from '../../stack/screen-logic.js';
import type {ScrollState, TaskParams} from '../task/task-request.js';
import type {TaskJsonFrame} from './task-json-logic.js';

export function TaskJsonView({input, frame, body, theme}: ScreenViewProps<TaskParams, ScrollState, TaskJsonData, TaskJsonFrame>) {
	const title = `Task ${sanitize(input.params.taskId)} · DescribeTasks JSON`;
	const {data} = input.snapshot;
	if (data === null || frame.lines === null) {
		const why = data === null ? 'Describing the task…' : 'This task is no longer reported by ECS. Esc goes back.';
		return (
			<Box flexDirection="column" height={body.height}>
				<Text wrap="truncate" {...theme.title}>{title}</Text>
				<Text wrap="truncate" {...(data === null ? theme.muted : theme.warning)}>{why}</Text>
			</Box>
		);
	}

	const shown = frame.lines.slice(frame.scroll, frame.scroll + Math.max(1, body.height - 1));
	const range = `lines ${frame.scroll + 1}–${frame.scroll + shown.length} of ${frame.lines.length}`;
	return (
		<Box flexDirection="column" height={body.height}>
			<Text wrap="truncate"><Text {...theme.title}>{title}</Text><Text {...theme.muted}>  {range}</Text></Text>
			{/* Lines are a fixed text keyed by position. */}
			{shown.map((line, index) => <Text key={frame.scroll + index} wrap="truncate">{line}</Text>)}
		</Box>
	);
}
