import type {LogsScope} from '../model/logs/log-scope.js';
import type {LogSourceState} from '../model/logs/log-source.js';
import {sanitize} from '../model/sanitize.js';

/** Log drivers by the name people know them by. */
const DRIVER_NAMES = new Map([['awsfirelens', 'FireLens'], ['splunk', 'Splunk'], ['fluentd', 'Fluentd'], ['gelf', 'Graylog (GELF)'], ['syslog', 'syslog'], ['journald', 'journald']]);

/**
 * Why a container's logs give no lines, in one line (terminal-safe); null while they are read.
 * The logs screen and `ecswatch logs` both say it this way.
 */
export function logSourceProblem({source, status}: LogSourceState): string | null {
	const container = sanitize(source.container);
	switch (source.kind) {
		case 'other-driver': {
			const driver = sanitize(source.driver);
			const name = DRIVER_NAMES.get(source.driver);
			return `logs go to ${name === undefined ? `the ${driver} log driver` : `${name} (${driver})`}, not CloudWatch Logs`;
		}

		case 'no-log-configuration': return `no log configuration for container ${container}`;
		case 'stream-unknown':
			return status.kind === 'group-not-found'
				? `log group ${sanitize(source.group)} not found`
				: `log stream of container ${container} not known yet: without awslogs-stream-prefix it is named after the Docker id`;
		case 'cloudwatch':
			switch (status.kind) {
				case 'reading': return null;
				case 'stream-not-created':
					return `log stream not created yet${status.taskStatus === null ? '' : `: the task is ${sanitize(status.taskStatus)}`}`;
				case 'group-not-found': return `log group ${sanitize(source.group)} not found`;
				case 'unreadable': return `log stream ${sanitize(source.stream)} cannot be read`;
			}
	}
}

/** What a scope without a task means: a task ECS does not know (any more), or a service with none running. */
export function noTaskSentence(scope: LogsScope): string {
	return scope.target.kind === 'task'
		? `task ${sanitize(scope.target.taskId)} not found in cluster ${sanitize(scope.cluster)} (ECS forgets a stopped task after about an hour)`
		: `service ${sanitize(scope.target.service)} has no running task in cluster ${sanitize(scope.cluster)}`;
}
