import type {LogsScope} from '../../model/logs/log-scope.js';
import type {ClusterListData, DeploymentHistoryData, LogsData, ServiceListData, TaskData, TaskJsonData} from '../../watch/screen-data.js';
import type {Poller} from '../../watch/poller.js';
import type {WatchData} from '../../watch/snapshot.js';

/** A screen's data as the UI uses it: a poller, all but its user-facing pause and resume. */
export type DataSource<D> = Pick<Poller<D>, 'subscribe' | 'getSnapshot' | 'start' | 'hide' | 'show' | 'dispose' | 'refreshNow' | 'togglePause'>;

/** What a task grid watches: a cluster's tasks, or only some services' tasks. */
export interface TaskScope {
	cluster: string;
	services?: readonly string[] | undefined;
}

/**
 * The data sources the screens open, composed by cli/ from ecs/ and watch/ (the UI never
 * reaches AWS itself). Each call makes a new, unstarted source.
 */
export interface Sources {
	clusters(): DataSource<ClusterListData>;
	services(cluster: string): DataSource<ServiceListData>;
	tasks(scope: TaskScope): DataSource<WatchData>;
	task(cluster: string, taskArn: string): DataSource<TaskData>;
	taskJson(cluster: string, taskArn: string): DataSource<TaskJsonData>;
	/** A service's deployment history (ListServiceDeployments), polled slowly: it changes once a deployment. */
	deploymentHistory(cluster: string, service: string): DataSource<DeploymentHistoryData>;
	/** A logs tail (CloudWatch Logs), followed while the screen is open. */
	logs(scope: LogsScope): DataSource<LogsData>;
}
