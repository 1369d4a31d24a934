import type {TaskData} from '../../../watch/screen-data.js';
import {detailLines, type DetailLine} from './detail-lines.js';
import {taskCopyCommands} from '../../copy/copy-commands.js';
import {defineCommands} from '../../keys/command.js';
import {memoLast} from '../../memo-last.js';
import {scrollCommands, scrolledLines, scrollReducer, type ScrollFrame} from '../../scroll/scroll-commands.js';
import type {ScreenContext, ScreenLogic} from '../../stack/screen-logic.js';
import {taskLogsRequest} from '../logs/logs-request.js';
import {taskJsonRequest, type ScrollState, type TaskParams} from './task-request.js';

export interface TaskFrame extends ScrollFrame {
	/** The task's lines, or null when ECS no longer reports it (or before the first poll). */
	lines: readonly DetailLine[] | null;
}

type Context = ScreenContext<TaskParams, ScrollState, TaskData, TaskFrame>;

// Draining time left is measured when the task was fetched, as the grid measures ages.
const linesOf = memoLast((data: TaskData | null) => (data?.task == null ? null : detailLines(data.task, data.fetchedAt)));

const TASK_COMMANDS = defineCommands<Context>([
	...scrollCommands<Context>(context => context.frame),
	{
		id: 'open-json', keys: ['shift+j', 'enter'], description: 'Open the task\'s raw DescribeTasks JSON', hint: 'json', footer: true, footerOrder: 4,
		run: ({params}) => ({kind: 'push', screen: taskJsonRequest(params)}),
	},
	{
		id: 'open-logs', keys: ['l'], description: 'Open the task\'s logs', hint: 'logs', footer: true, footerOrder: 4,
		run: ({params, snapshot}) => ({kind: 'push', screen: taskLogsRequest(params.cluster, {...params, service: snapshot.data?.task?.service ?? null})}),
	},
	...taskCopyCommands<Context>(({snapshot}) => snapshot.data?.task ?? null),
]);

/** One task's every field: network, containers, timestamps, why it stopped. */
export const taskLogic: ScreenLogic<TaskParams, ScrollState, TaskData, TaskFrame> = {
	kind: 'task',
	title: 'Task',
	crumb: params => params.taskId.slice(0, 8),
	reduce: scrollReducer as (state: ScrollState, action: never) => ScrollState,
	commands: TASK_COMMANDS,
	source: (params, sources) => sources.task(params.cluster, params.taskArn),
	headerLines: () => [],
	frame: ({state, snapshot}, body) => scrolledLines(linesOf(snapshot.data), state, body.height),
	footerStatus: () => '',
};
