import type {ScreenRequest} from '../../stack/screen-request.js';
import {initialTasksState, type TasksParams} from './tasks-state.js';

/** The task grid of a cluster, or of some of its services; sorted and filtered as `options` say. */
export function tasksRequest(cluster: string, services?: readonly string[], options: Parameters<typeof initialTasksState>[0] = {}): ScreenRequest {
	const params: TasksParams = services === undefined || services.length === 0 ? {cluster} : {cluster, services};
	return {kind: 'tasks', params, state: initialTasksState(options)};
}
