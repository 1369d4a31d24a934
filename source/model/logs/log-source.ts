/**
 * Where one container of one task writes its logs, read from its task definition's
 * `logConfiguration` (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_awslogs.html).
 * Only `cloudwatch` sources can be read; the others say why not.
 */
export type LogSource =
	| {kind: 'cloudwatch'; taskId: string; container: string; group: string; stream: string; region: string | null}
	/** awslogs without `awslogs-stream-prefix` names the stream after the container's Docker id, which ECS has not reported yet. */
	| {kind: 'stream-unknown'; taskId: string; container: string; group: string}
	/** `awsfirelens`, `splunk`, `fluentd`…: the logs are not in CloudWatch Logs (or not where ECS can say). */
	| {kind: 'other-driver'; taskId: string; container: string; driver: string}
	| {kind: 'no-log-configuration'; taskId: string; container: string};

/** What the last poll found for one source. */
export type LogSourceStatus =
	| {kind: 'reading'}
	/** ResourceNotFoundException for the stream: the task has not started the container yet (`lastStatus` of the task). */
	| {kind: 'stream-not-created'; taskStatus: string | null}
	/** ResourceNotFoundException for the group. */
	| {kind: 'group-not-found'}
	| {kind: 'unreadable'};

export interface LogSourceState {
	source: LogSource;
	status: LogSourceStatus;
	/**
	 * Whether the tail fetches this source's lines: true for the scope's container, or the task's
	 * default one (model/logs/resolve-log-sources.ts `pickContainer`); false for the task's other
	 * containers, listed for a picker. The data layer always sets it; absent counts as true.
	 */
	read?: boolean;
}
