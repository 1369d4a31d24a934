import type {TaskColumnId} from '../model/column-names.js';
import type {TaskSort} from '../model/task-sort.js';
import type {OutputFormat} from '../output/output-format.js';

/** What a command line asks for, once parse-command-line.ts has read and checked it. */

export interface AwsTarget {
	region: string | undefined;
	profile: string | undefined;
	endpoint: string | undefined;
}

export interface WatchCommand {
	kind: 'watch';
	/** Undefined opens the cluster list (with `demo`: the simulator's own cluster). */
	cluster: string | undefined;
	services: string[];
	aws: AwsTarget;
	intervalMs: number;
	once: boolean;
	output: OutputFormat;
	/** `--sort`: the order of the snapshot's tasks (and the grid's); undefined is the calm order. */
	sort: TaskSort | undefined;
	/** `--columns`: the columns of table and csv snapshots; undefined is the grid's (table) or every field (csv). */
	columns: TaskColumnId[] | undefined;
	/** `--filter`, the raw expression: parsed where it is used. */
	filter: string | undefined;
	color: boolean;
	demo: boolean;
	/** `--notify`: a bell and a desktop notification when a watched rollout completes or fails. */
	notify: boolean;
	/** `--log-file`: where the captured SDK and Node warnings are appended. */
	logFile: string | undefined;
}

/** What `status --output` prints. */
export type StatusOutput = 'table' | 'json';

/** `ecswatch status`: one look at some services' (or all of a cluster's) rollouts, printed once. */
export interface StatusCommand {
	kind: 'status';
	/** Undefined only with `demo` (the simulator's own cluster). */
	cluster: string | undefined;
	/** Names or ARNs; all of the cluster's services when empty. */
	services: string[];
	aws: AwsTarget;
	output: StatusOutput;
	demo: boolean;
	/** `--log-file`: where the captured SDK and Node warnings are appended. */
	logFile: string | undefined;
}

/** `ecswatch wait`: follows one service's rollout until it completes, fails or times out. */
export interface WaitCommand {
	kind: 'wait';
	/** Undefined only with `demo` (the simulator's own cluster). */
	cluster: string | undefined;
	service: string;
	aws: AwsTarget;
	intervalMs: number;
	timeoutMs: number;
	demo: boolean;
	/** `--log-file`: where the captured SDK and Node warnings are appended. */
	logFile: string | undefined;
}

/** What `logs --output` prints: plain lines, or one JSON object a line (for jq). */
export type LogsOutput = 'text' | 'json';

/** `ecswatch logs`: a task's or a service's CloudWatch Logs, printed once or followed. */
export interface LogsCommand {
	kind: 'logs';
	/** Undefined only with `demo` (the simulator's own cluster). */
	cluster: string | undefined;
	/** A task id or ARN, or a service (exactly one of the two). */
	target: {kind: 'task'; task: string} | {kind: 'service'; service: string};
	/** `--container`: null for each task's first essential container. */
	container: string | null;
	sinceMs: number;
	follow: boolean;
	/** `--filter`: only the lines that contain this text (any case). */
	filter: string | undefined;
	output: LogsOutput;
	aws: AwsTarget;
	demo: boolean;
	/** `--log-file`: where the captured SDK and Node warnings are appended. */
	logFile: string | undefined;
}

/** Whose `--help` to print: ecswatch's, or a command's. */
export type HelpTopic = 'ecswatch' | 'simulate' | 'status' | 'wait' | 'logs';

/** `--help` after a command or other flags: which help to print (exit 0; cli/help-text.ts has the texts). */
export interface HelpCommand {
	kind: 'help';
	topic: HelpTopic;
}

export interface SimulateCommand {
	kind: 'simulate';
	port: number;
	tasks: number;
	speed: number;
	/** Steady clusters besides demo. */
	clusters: number;
	/** Extra steady services in demo. */
	services: number;
	/** File that gets one JSON line per ECS request received. */
	logRequests: string | undefined;
	/** `--fault NAME[=VALUE]`, as typed, in order: the simulator reads them. */
	faults: string[];
}

export type Command = WatchCommand | StatusCommand | WaitCommand | LogsCommand | SimulateCommand | HelpCommand;

/** A mistake in the command line: printed on stderr, exit code 2. */
export class UsageError extends Error {
	override readonly name = 'UsageError';
}

export const DEFAULT_INTERVAL_SECONDS = 5;
/** `wait`'s default `--timeout`: twice the 10 minutes after which `aws ecs wait services-stable` gives up. */
export const DEFAULT_WAIT_TIMEOUT_MS = 20 * 60 * 1000;
