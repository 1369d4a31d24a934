import type {ColumnId} from '../../../model/columns.js';
import type {TaskSort} from '../../../model/task-sort.js';
import {nextGrouping, type Grouping} from './grid-lines.js';
import {initialList, listReducer, type ListAction, type ListState} from '../../list/list-state.js';

/** What a task grid watches: a cluster's tasks, or some services' tasks. */
export interface TasksParams {
	cluster: string;
	/** Watched services by name; absent for the whole cluster. */
	services?: readonly string[] | undefined;
}

/** The on/off display options a key toggles. */
export type TasksFlag = 'hideStopped' | 'showDeployments';

export interface TasksState extends Record<TasksFlag, boolean> {
	list: ListState;
	/** The column the grid is ordered by; the calm order (stopped last, service, age) when absent. */
	sort: TaskSort | undefined;
	/** How the grid is grouped under headers: not, by revision, or by deployment (`v` cycles). */
	grouping: Grouping;
}

export type TasksAction =
	| {type: 'list'; action: ListAction}
	/** `pin`: the row under the cursor, which keeps the cursor when nothing was selected yet. */
	| {type: 'toggle'; flag: TasksFlag; pin: string | null}
	/** The next grouping: none → revision → deployment → none. */
	| {type: 'cycle-grouping'; pin: string | null}
	/** Order by a column; again on the same column, the other way. */
	| {type: 'sort'; column: ColumnId; pin: string | null};

/** A task grid as it opens: `--sort` and `--filter` from the command line, when given. */
export function initialTasksState(options: {sort?: TaskSort | undefined; filter?: string | undefined} = {}): TasksState {
	return {
		list: {...initialList(), filter: options.filter ?? ''},
		sort: options.sort,
		hideStopped: false, grouping: 'none', showDeployments: true,
	};
}

export function tasksReducer(state: TasksState, action: TasksAction): TasksState {
	switch (action.type) {
		case 'list': {
			const list = listReducer(state.list, action.action);
			return list === state.list ? state : {...state, list};
		}

		case 'toggle': return {...pinned(state, action.pin), [action.flag]: !state[action.flag]};
		case 'cycle-grouping': return {...pinned(state, action.pin), grouping: nextGrouping(state.grouping)};
		case 'sort': {
			const descending = state.sort?.column === action.column ? !state.sort.descending : false;
			return {...pinned(state, action.pin), sort: {column: action.column, descending}};
		}
	}
}

/**
 * The cursor stays on the row it is on when the order or grouping changes: until a row was
 * chosen, the cursor only holds a position, so the row under it is chosen now.
 */
function pinned(state: TasksState, pin: string | null): TasksState {
	return state.list.selectedKey !== null || pin === null ? state : {...state, list: {...state.list, selectedKey: pin}};
}

/** Wraps a list action for this screen's reducer. */
export const listAction = (action: ListAction): TasksAction => ({type: 'list', action});
