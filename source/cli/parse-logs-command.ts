import {DEFAULT_LOGS_SINCE_MS} from '../model/logs/log-scope.js';
import {UsageError, type AwsTarget, type LogsCommand} from './command.js';
import {parseDuration} from './parse-duration.js';

/** The flags only `logs` takes; every other command refuses them. */
export const LOGS_ONLY_FLAGS = ['container', 'since', 'follow'] as const;

/** CloudWatch Logs keeps events for as long as the group's retention; two weeks back is plenty for a tail. */
const MAX_SINCE_MS = 14 * 24 * 60 * 60 * 1000;

interface LogsInput {
	cluster: string | undefined;
	/** The positional arguments after `logs`. */
	tasks: readonly string[];
	services: readonly string[];
	flags: {container?: string | undefined; since?: string | undefined; follow: boolean; filter?: string | undefined; output?: string | undefined};
	aws: AwsTarget;
	demo: boolean;
	logFile: string | undefined;
}

/** `ecswatch logs -c C TASK_ID | -s SERVICE [--container N] [--since 10m] [--follow] [--filter TEXT] [-o text|json]`. */
export function logsCommand({cluster, tasks, services, flags, aws, demo, logFile}: LogsInput): LogsCommand {
	if (tasks.length > 1) throw new UsageError(`logs reads one task at a time, not ${tasks.length}: give one TASK_ID (or --service NAME for all of a service's tasks).`);
	if (services.length > 1) throw new UsageError('logs reads one service at a time: give --service NAME once.');
	const [task] = tasks;
	const [service] = services;
	if (task !== undefined && service !== undefined) throw new UsageError('logs reads a task or a service: give TASK_ID or --service NAME, not both.');
	if (task === undefined && service === undefined) throw new UsageError('logs needs a task or a service: ecswatch logs -c CLUSTER TASK_ID, or -c CLUSTER -s SERVICE.');
	if (task?.trim() === '') throw new UsageError('logs needs a task id or ARN, not an empty argument.');
	if (flags.container?.trim() === '') throw new UsageError('--container needs a value: a container name from the task definition.');
	if (flags.filter?.trim() === '') throw new UsageError('--filter needs a value: the text the lines must contain.');
	const output = flags.output ?? 'text';
	if (output !== 'text' && output !== 'json') throw new UsageError(`logs --output must be text or json, not ${output}.`);
	return {
		kind: 'logs',
		cluster,
		target: task === undefined ? {kind: 'service', service: service!} : {kind: 'task', task},
		container: flags.container ?? null,
		sinceMs: sinceFlag(flags.since),
		follow: flags.follow,
		filter: flags.filter,
		output,
		aws,
		demo,
		logFile,
	};
}

function sinceFlag(raw: string | undefined): number {
	if (raw === undefined) return DEFAULT_LOGS_SINCE_MS;
	const ms = parseDuration(raw);
	if (ms === null || ms < 1000 || ms > MAX_SINCE_MS) throw new UsageError(`--since must be a duration from 1s to 14d (336h), such as 30s, 10m or 2h, not ${raw}.`);
	return ms;
}
