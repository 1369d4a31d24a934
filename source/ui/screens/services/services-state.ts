import {initialList, listReducer, type ListAction, type ListState} from '../../list/list-state.js';
import type {ScreenRequest} from '../../stack/screen-request.js';

export interface ServicesParams {
	cluster: string;
}

export interface ServicesState {
	list: ListState;
}

/** The key of the first row, which opens every task of the cluster. */
export const ALL_TASKS_KEY = '*all tasks*';

export type ServicesAction = {type: 'list'; action: ListAction};

export const servicesListAction = (action: ListAction): ServicesAction => ({type: 'list', action});

export function servicesReducer(state: ServicesState, action: ServicesAction): ServicesState {
	const list = listReducer(state.list, action.action);
	return list === state.list ? state : {list};
}

/** The services of a cluster, the cursor on `selected` (a service name) when given. */
export function servicesRequest(cluster: string, selected: string | null = null): ScreenRequest {
	return {kind: 'services', params: {cluster} satisfies ServicesParams, state: {list: initialList(selected)} satisfies ServicesState};
}
