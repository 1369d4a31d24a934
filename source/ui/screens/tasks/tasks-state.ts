import {initialList, listReducer, type ListAction, type ListState} from '../../list/list-state.js';

/** What a task grid watches: a cluster's tasks, or some services' tasks. */
export interface TasksParams {
	cluster: string;
	/** Watched services by name; absent for the whole cluster. */
	services?: readonly string[] | undefined;
}

/** The on/off display options a key toggles. */
export type TasksFlag = 'hideStopped' | 'groupByRevision' | 'showTimeline' | 'showDeployments';

export interface TasksState extends Record<TasksFlag, boolean> {
	list: ListState;
}

export type TasksAction =
	| {type: 'list'; action: ListAction}
	| {type: 'toggle'; flag: TasksFlag};

export function initialTasksState(): TasksState {
	return {list: initialList(), hideStopped: false, groupByRevision: false, showTimeline: false, showDeployments: true};
}

export function tasksReducer(state: TasksState, action: TasksAction): TasksState {
	switch (action.type) {
		case 'list': {
			const list = listReducer(state.list, action.action);
			return list === state.list ? state : {...state, list};
		}

		case 'toggle': return {...state, [action.flag]: !state[action.flag]};
	}
}

/** Wraps a list action for this screen's reducer. */
export const listAction = (action: ListAction): TasksAction => ({type: 'list', action});
