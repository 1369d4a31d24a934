import type {LogLine} from './log-line.js';
import type {LogSourceState} from './log-source.js';

/** One task of a logs scope and its `lastStatus`. */
export interface LogsTask {
	taskArn: string;
	taskId: string;
	lastStatus: string | null;
}

/** What one poll of a logs tail returns: only lines no earlier poll returned, so they can be printed or appended as they come. */
export interface LogsPollResult {
	/** Every container of every task of the scope, readable or not (and why); `read` is true for those whose lines are fetched (one container a task). */
	sources: LogSourceState[];
	tasks: LogsTask[];
	/** New lines, in time order. */
	lines: LogLine[];
	/** Epoch ms the lines start from: the first poll's time less the scope's `sinceMs`. */
	since: number;
	/** CloudWatch Logs requests this poll sent, retries included: what the poller paces (FilterLogEvents' quota). */
	apiCalls: number;
	/** ECS requests this poll sent (DescribeTasks, ListTasks, DescribeTaskDefinition), retries included. */
	ecsApiCalls: number;
}
