import {lastArnSegment} from '../../../model/arn.js';
import type {ScreenRequest} from '../../stack/screen-request.js';

/** What a task screen (and its JSON) is scoped to. */
export interface TaskParams {
	cluster: string;
	taskArn: string;
	taskId: string;
}

/** Scrolled text: where its window starts. */
export interface ScrollState {
	scroll: number;
}

export function taskParams(cluster: string, taskArn: string): TaskParams {
	return {cluster, taskArn, taskId: lastArnSegment(taskArn)};
}

/** The task screen of one task. */
export function taskRequest(cluster: string, taskArn: string): ScreenRequest {
	return {kind: 'task', params: taskParams(cluster, taskArn), state: {scroll: 0} satisfies ScrollState};
}

/** The raw DescribeTasks JSON of one task. */
export function taskJsonRequest(params: TaskParams): ScreenRequest {
	return {kind: 'task-json', params, state: {scroll: 0} satisfies ScrollState};
}
