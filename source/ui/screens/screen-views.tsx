import type {ComponentType} from 'react';
import type {ScreenViewProps} from '../stack/screen-logic.js';
import {ClustersView} from './clusters/clusters-view.js';
import {ServicesView} from './services/services-view.js';
import {TaskJsonView} from './task-json/task-json-view.js';
import {TaskView} from './task/task-view.js';
import {TasksView} from './tasks/tasks-view.js';
import {TimelineView} from './timeline/timeline-view.js';
import {DeploymentDetailView} from './history/deployment-detail-view.js';
import {HistoryView} from './history/history-view.js';
import {ErrorView} from './error/error-view.js';
import {LogsView} from './logs/logs-view.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyView = ComponentType<ScreenViewProps<any, any, any, any>>;

/** The view of each screen kind (its logic is in screen-logics.ts). */
export const SCREEN_VIEWS: ReadonlyMap<string, AnyView> = new Map<string, AnyView>([
	['clusters', ClustersView],
	['services', ServicesView],
	['tasks', TasksView],
	['task', TaskView],
	['task-json', TaskJsonView],
	['timeline', TimelineView],
	['history', HistoryView],
	['service-deployment', DeploymentDetailView],
	['logs', LogsView],
	['error', ErrorView],
]);
