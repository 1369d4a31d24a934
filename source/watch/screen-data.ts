import type {ClusterRow} from '../model/cluster-row.js';
import type {JsonValue} from '../model/json-lines.js';
import type {ServiceDeploymentRow} from '../model/service-deployment-row.js';
import type {ServiceRow} from '../model/service-row.js';
import type {TaskRow} from '../model/task-row.js';
import type {PolledData} from './snapshot.js';

/** The clusters of an account and Region. */
export interface ClusterListData extends PolledData {
	clusters: readonly ClusterRow[];
}

/** A cluster's services, sorted by name. */
export interface ServiceListData extends PolledData {
	services: readonly ServiceRow[];
}

/** A service's deployments as ListServiceDeployments and DescribeServiceDeployments report them. */
export interface DeploymentHistoryData extends PolledData {
	deployments: readonly ServiceDeploymentRow[];
}

/** One task, described on its own; null once ECS no longer reports it. */
export interface TaskData extends PolledData {
	task: TaskRow | null;
}

/** One task's DescribeTasks object as JSON; null once ECS no longer reports it. */
export interface TaskJsonData extends PolledData {
	task: JsonValue | null;
}

/** Publishes a result as it came, stamped with the time it was fetched. */
export function stamp<R extends object>(_previous: unknown, result: R, fetchedAt: number): R & PolledData {
	return Object.freeze({...result, fetchedAt});
}
