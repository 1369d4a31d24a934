import {initialList, listReducer, type ListAction, type ListState} from '../../list/list-state.js';
import type {ScreenRequest} from '../../stack/screen-request.js';
import type {ScrollState} from '../task/task-request.js';

/** The service whose deployment history is shown. */
export interface HistoryParams {
	cluster: string;
	service: string;
}

export interface HistoryState {
	list: ListState;
}

export type HistoryAction = {type: 'list'; action: ListAction};

export const historyListAction = (action: ListAction): HistoryAction => ({type: 'list', action});

export function historyReducer(state: HistoryState, action: HistoryAction): HistoryState {
	const list = listReducer(state.list, action.action);
	return list === state.list ? state : {list};
}

/** The deployment history of one service (ListServiceDeployments), newest first. */
export function historyRequest(cluster: string, service: string): ScreenRequest {
	return {kind: 'history', params: {cluster, service} satisfies HistoryParams, state: {list: initialList()} satisfies HistoryState};
}

/** One service deployment of the history, by ARN: it reads the history's data below it. */
export interface DeploymentParams extends HistoryParams {
	arn: string;
}

export function deploymentRequest(params: HistoryParams, arn: string): ScreenRequest {
	return {kind: 'service-deployment', params: {...params, arn} satisfies DeploymentParams, state: {scroll: 0} satisfies ScrollState};
}
