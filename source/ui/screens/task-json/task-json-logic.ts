import {jsonLines} from '../../../model/json-lines.js';
import type {TaskJsonData} from '../../../watch/screen-data.js';
import {defineCommands} from '../../keys/command.js';
import {memoLast} from '../../memo-last.js';
import {scrollCommands, scrolledLines, scrollReducer, type ScrollFrame} from '../../scroll/scroll-commands.js';
import type {ScreenContext, ScreenLogic} from '../../stack/screen-logic.js';
import type {ScrollState, TaskParams} from '../task/task-request.js';

export interface TaskJsonFrame extends ScrollFrame {
	/** Pretty-printed, every string escaped for the terminal; null when ECS no longer reports the task. */
	lines: readonly string[] | null;
}

type Context = ScreenContext<TaskParams, ScrollState, TaskJsonData, TaskJsonFrame>;

const linesOf = memoLast((data: TaskJsonData | null) => (data?.task == null ? null : jsonLines(data.task)));

/** The task exactly as DescribeTasks (with tags) returns it, fetched when the screen opens and refreshed while open. */
export const taskJsonLogic: ScreenLogic<TaskParams, ScrollState, TaskJsonData, TaskJsonFrame> = {
	kind: 'task-json',
	title: 'Task JSON',
	crumb: () => 'json',
	reduce: scrollReducer as (state: ScrollState, action: never) => ScrollState,
	commands: defineCommands<Context>(scrollCommands<Context>(context => context.frame)),
	source: (params, sources) => sources.taskJson(params.cluster, params.taskArn),
	headerLines: () => [],
	frame: ({state, snapshot}, body) => scrolledLines(linesOf(snapshot.data), state, body.height),
	footerStatus: () => '',
};
