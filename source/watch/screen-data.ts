import type {ClusterRow} from '../model/cluster-row.js';
import type {JsonValue} from '../model/json-lines.js';
import type {LogLine} from '../model/logs/log-line.js';
import type {LogSourceState} from '../model/logs/log-source.js';
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

/**
 * A logs tail: every container source of the scope's tasks (readable or not, and why), and the
 * lines read since the source opened, oldest first, bounded: `dropped` counts the oldest lines
 * let go to stay within the bound.
 */
export interface LogsData extends PolledData {
	sources: readonly LogSourceState[];
	/** The tasks of the scope and their lastStatus (a service scope's running tasks, or the one task). */
	tasks: ReadonlyArray<{taskArn: string; taskId: string; lastStatus: string | null}>;
	lines: readonly LogLine[];
	dropped: number;
	/** Epoch ms the lines start from (the source's opening time less the scope's `sinceMs`). */
	since: number;
}

/** Publishes a result as it came, stamped with the time it was fetched. */
export function stamp<R extends object>(_previous: unknown, result: R, fetchedAt: number): R & PolledData {
	return Object.freeze({...result, fetchedAt});
}
