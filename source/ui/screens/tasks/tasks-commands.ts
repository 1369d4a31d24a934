import type {ColumnId} from '../../../model/columns.js';
import type {WatchData} from '../../../watch/snapshot.js';
import {defineCommands, type CommandSpec} from '../../keys/command.js';
import {update} from '../../keys/intent.js';
import {taskCopyCommands} from '../../copy/copy-commands.js';
import {checkTaskFilter} from '../../list/filter-checks.js';
import {listCommands} from '../../list/list-commands.js';
import type {ScreenContext} from '../../stack/screen-logic.js';
import {taskRequest} from '../task/task-request.js';
import {timelineRequest} from '../timeline/timeline-state.js';
import {historyRequest} from '../history/history-state.js';
import {serviceLogsRequest, taskLogsRequest} from '../logs/logs-request.js';
import type {TasksFrame} from './tasks-frame.js';
import {listAction, type TasksFlag, type TasksParams, type TasksState} from './tasks-state.js';

type Context = ScreenContext<TasksParams, TasksState, WatchData, TasksFrame>;

/** Shift and a letter sorts by a column, as in k9s; the same key again reverses. TARGET is B (balancer): T is TASK. */
const SORT_KEYS: ReadonlyArray<[ColumnId, string, string]> = [
	['task', 'shift+t', 'TASK'], ['service', 'shift+v', 'SERVICE'], ['rev', 'shift+r', 'REV'], ['status', 'shift+s', 'STATUS'],
	['health', 'shift+h', 'HEALTH'], ['target', 'shift+b', 'TARGET (load balancer)'], ['az', 'shift+z', 'AZ'], ['eni', 'shift+e', 'ENI'], ['ip', 'shift+i', 'PRIVATE IP'],
	['launch', 'shift+l', 'LAUNCH'], ['age', 'shift+a', 'AGE'],
];

/** The task under the cursor, which keeps the cursor through a change of order. */
const cursorKey = ({frame}: Context) => frame.list.keys[frame.list.cursor] ?? null;

const toggle = (id: string, key: string, flag: TasksFlag, description: string, hint: string): CommandSpec<Context> => ({
	id, keys: [key], description, hint, footer: true, run: context => update({type: 'toggle', flag, pin: cursorKey(context)}),
});

/** The task grid's keys: the list keys, Enter into a task, and the display toggles. */
export const TASKS_COMMANDS = defineCommands<Context>([
	...listCommands<Context>({
		list: context => ({state: context.state.list, frame: context.frame.list}),
		wrap: listAction,
		filterHelp: 'tasks: words, field:value (ip:10.0.4, az:b, health:unhealthy…), !negation',
		check: checkTaskFilter,
	}),
	{
		id: 'open-task', keys: ['enter'], description: 'Open the selected task', hint: 'task', footer: true, footerOrder: 4, run({params, frame}) {
			const line = frame.lines[frame.list.cursor];
			return line?.kind === 'task' ? {kind: 'push', screen: taskRequest(params.cluster, line.row.taskArn)} : undefined;
		},
	},
	{
		id: 'open-timeline', keys: ['t'], description: 'Open the timeline of everything seen this session', hint: 'timeline', footer: true,
		run: () => ({kind: 'push', screen: timelineRequest()}),
	},
	{
		id: 'service-history', keys: ['h'], description: 'Open the service\'s deployment history (when the grid shows one service)', hint: 'history', footer: true,
		run: ({params}) => (params.services?.length === 1 ? {kind: 'push', screen: historyRequest(params.cluster, params.services[0]!)} : undefined),
	},
	{
		id: 'open-logs', keys: ['l'], description: 'Open the logs of the selected task (or of the grid\'s only service, on no task)', hint: 'logs', footer: true, footerOrder: 4,
		run({params, frame}) {
			const line = frame.lines[frame.list.cursor];
			if (line?.kind === 'task') return {kind: 'push', screen: taskLogsRequest(params.cluster, line.row)};
			return params.services?.length === 1 ? {kind: 'push', screen: serviceLogsRequest(params.cluster, params.services[0]!)} : undefined;
		},
	},
	{
		id: 'group', keys: ['v'], description: 'Group tasks: by revision, by deployment, or not (cycles)', hint: 'group', footer: true,
		run: context => update({type: 'cycle-grouping', pin: cursorKey(context)}),
	},
	toggle('deployments', 'd', 'showDeployments', 'Show or hide the deployments panel', 'deploys'),
	toggle('stopped', 's', 'hideStopped', 'Show or hide stopped tasks', 'stopped'),
	...SORT_KEYS.map(([column, key, title]): CommandSpec<Context> => ({
		id: `sort-${column}`, keys: [key], description: `Sort by ${title}; again, the other way`, hint: 'sort',
		run: context => update({type: 'sort', column, pin: cursorKey(context)}),
	})),
	...taskCopyCommands<Context>(({frame}) => {
		const line = frame.lines[frame.list.cursor];
		return line?.kind === 'task' ? line.row : null;
	}),
]);
