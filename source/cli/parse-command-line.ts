import {parseArgs} from 'node:util';
import {parseColumnList, parseSortSpec, type Parsed} from '../model/parse-columns.js';
import {isOutputFormat, OUTPUT_FORMATS} from '../output/output-format.js';
import {DEFAULT_INTERVAL_SECONDS, DEFAULT_WAIT_TIMEOUT_MS, UsageError, type Command, type HelpTopic} from './command.js';
import {faultChoices} from '../simulator/faults/fault-spec.js';
import {LOGS_ONLY_FLAGS, logsCommand} from './parse-logs-command.js';
import {parseDuration} from './parse-duration.js';
import {flagMistake, type FlagShape} from './flag-mistake.js';
import {beforeSeparator} from './early-flags.js';
import {respellArgv} from './respell-argv.js';
import {integerFlag, isHttpUrl, numberFlag} from './flag-values.js';

export type {OutputFormat} from '../output/output-format.js';
export {DEFAULT_INTERVAL_SECONDS, DEFAULT_WAIT_TIMEOUT_MS, UsageError} from './command.js';
export {wantsDebug} from './early-flags.js';
export type {AwsTarget, Command, HelpCommand, LogsCommand, SimulateCommand, StatusCommand, StatusOutput, WaitCommand, WatchCommand} from './command.js';

/** The commands with a --help of their own; the help texts load only when asked for (they load the key table). */
const HELP_TOPICS = ['simulate', 'status', 'wait', 'logs'] as const satisfies readonly HelpTopic[];
const MAX_WAIT_TIMEOUT_MS = 24 * 60 * 60 * 1000;
const MAX_SIMULATED_TASKS = 5000;
const MAX_SIMULATED_CLUSTERS = 100;
const MAX_SIMULATED_SERVICES = 2000;

type StringFlag = {[Name in keyof typeof FLAGS]: (typeof FLAGS)[Name]['type'] extends 'string' ? Name : never}[keyof typeof FLAGS];

/** What each string flag takes, for the refusal of one given without a value. */
const VALUES: Record<StringFlag, string> = {
	cluster: 'a cluster name or ARN',
	service: 'a service name or ARN',
	region: 'an AWS Region, such as eu-west-1',
	profile: 'a profile name from ~/.aws/config',
	endpointUrl: 'an http(s) URL',
	interval: 'seconds, 1 to 3600',
	output: `${OUTPUT_FORMATS.slice(0, -1).join(', ')} or ${OUTPUT_FORMATS.at(-1)}`,
	columns: 'column names, comma-separated (see --help)',
	sort: 'COLUMN or COLUMN:desc',
	filter: 'an expression, such as az:b health:unhealthy',
	port: 'a port, 0 to 65535',
	tasks: `a number of tasks, 0 to ${MAX_SIMULATED_TASKS}`,
	speed: 'a number, 0.1 to 1000',
	clusters: `a number of clusters, 0 to ${MAX_SIMULATED_CLUSTERS}`,
	services: `a number of services, 0 to ${MAX_SIMULATED_SERVICES}`,
	logRequests: 'a file name',
	logFile: 'a file name',
	timeout: 'a duration, such as 90s, 20m or 1h',
	container: 'a container name from the task definition',
	since: 'a duration, such as 30s, 10m or 2h',
	fault: faultChoices,
};

function noValue(name: StringFlag): UsageError {
	return new UsageError(`${spelled(name)} needs a value: ${VALUES[name]}.`);
}

/**
 * Every flag, for parseArgs, by its camelCase name (respellArgv() reads the kebab-case one too);
 * a flag added here needs a line in --help (a test checks).
 */
const FLAGS = {
	cluster: {type: 'string', short: 'c'},
	service: {type: 'string', short: 's', multiple: true, default: []},
	region: {type: 'string'},
	profile: {type: 'string'},
	endpointUrl: {type: 'string'},
	interval: {type: 'string'},
	once: {type: 'boolean', default: false},
	output: {type: 'string', short: 'o'},
	columns: {type: 'string'},
	sort: {type: 'string'},
	filter: {type: 'string'},
	color: {type: 'boolean', default: true},
	demo: {type: 'boolean', default: false},
	port: {type: 'string'},
	tasks: {type: 'string'},
	speed: {type: 'string'},
	clusters: {type: 'string'},
	services: {type: 'string'},
	logRequests: {type: 'string'},
	logFile: {type: 'string'},
	notify: {type: 'boolean', default: false},
	timeout: {type: 'string'},
	fault: {type: 'string', multiple: true, default: []},
	container: {type: 'string'},
	since: {type: 'string'},
	follow: {type: 'boolean', short: 'f', default: false},
	debug: {type: 'boolean', default: false},
	help: {type: 'boolean', default: false},
} satisfies Record<string, FlagShape>;

/**
 * Turns argv and the environment into a validated command. A lone `--help` or `--version` is
 * answered before this (early-flags.ts), `--help` with anything else here; every mistake throws
 * UsageError: an unknown flag or a missing value is found by flagMistake() first.
 */
export function parseCommandLine(argv: readonly string[], env: NodeJS.ProcessEnv): Command {
	const mistake = flagMistake(argv, FLAGS);
	if (mistake?.kind === 'unknown') throw new UsageError(mistake.message);
	if (mistake?.kind === 'no-value') throw noValue(mistake.name as StringFlag);
	const {flags, input} = readFlags(argv);
	const [subcommand, ...extra] = input;
	const faults = flags.fault;
	if (beforeSeparator(argv).includes('--version')) throw new UsageError('--version goes alone: ecswatch --version');

	if (flags.help) {
		const topic = HELP_TOPICS.find((name) => name === subcommand) ?? 'ecswatch';
		return {kind: 'help', topic};
	}

	/** The flags given, of those named, in this order: for the refusals. */
	const given = (names: readonly FlagName[]): string[] => names.filter((name) => {
		const value: unknown = flags[name];
		return Array.isArray(value) ? value.length > 0 : typeof value === 'boolean' ? value : value !== undefined;
	});
	const refuse = (what: string, names: readonly FlagName[]) => {
		const extraFlags = given(names);
		if (extraFlags.length > 0) throw new UsageError(`${what}; it takes no ${extraFlags.map((name) => `--${kebab(name)}`).join(', ')}.`);
	};

	if (subcommand === 'simulate') {
		if (extra.length > 0) throw new UsageError(`Unexpected argument: ${extra.join(' ')}`);
		refuse('simulate serves the simulator', ['cluster', 'region', 'profile', 'endpointUrl', 'interval', 'output', 'columns', 'sort', 'filter', 'timeout', 'service', 'once', 'demo', 'notify', 'logFile', ...LOGS_ONLY_FLAGS]);

		if (flags.logRequests !== undefined && flags.logRequests.trim() === '') throw new UsageError('--log-requests needs a file name.');
		if (faults.some((fault) => fault.trim() === '')) throw noValue('fault');
		return {
			kind: 'simulate',
			port: integerFlag('--port', flags.port, 0, 0, 65_535),
			tasks: integerFlag('--tasks', flags.tasks, 24, 0, MAX_SIMULATED_TASKS),
			speed: numberFlag('--speed', flags.speed, 1, 0.1, 1000),
			clusters: integerFlag('--clusters', flags.clusters, 2, 0, MAX_SIMULATED_CLUSTERS),
			services: integerFlag('--services', flags.services, 0, 0, MAX_SIMULATED_SERVICES),
			logRequests: flags.logRequests,
			faults,
		};
	}
	if (subcommand !== undefined && !['status', 'wait', 'logs'].includes(subcommand)) throw new UsageError(`unknown command ${subcommand}: the commands are status, wait, logs and simulate.`);
	if (extra.length > 0 && subcommand !== 'logs') throw new UsageError(`Unexpected argument: ${extra.join(' ')}`);
	for (const simulatorOnly of ['port', 'tasks', 'speed', 'clusters', 'services', 'logRequests'] as const) {
		if (flags[simulatorOnly] !== undefined) throw new UsageError(`--${kebab(simulatorOnly)} goes with the simulate command.`);
	}
	if (faults.length > 0) throw new UsageError('--fault goes with the simulate command: ecswatch simulate --fault NAME[=VALUE].');
	if (subcommand !== 'logs') {
		const logsOnly = given(LOGS_ONLY_FLAGS)[0];
		if (logsOnly !== undefined) throw new UsageError(`--${kebab(logsOnly)} goes with the logs command: ecswatch logs -c CLUSTER TASK_ID --${kebab(logsOnly)} …`);
	}

	// An empty value (-s '', --region "") would otherwise read as not given.
	const empty = (['region', 'profile', 'endpointUrl', 'output', 'sort', 'logFile'] as const).find((name) => flags[name]?.trim() === '');
	if (empty !== undefined) throw noValue(empty);
	if (flags.service.some((service) => service.trim() === '')) throw noValue('service');

	// ECSWATCH_CLUSTER names a real cluster: the demo watches its own unless told otherwise.
	const cluster = flags.cluster ?? (flags.demo ? undefined : env['ECSWATCH_CLUSTER']);
	const services = flags.service;
	if (!flags.demo && (cluster === undefined || cluster === '') && services.length > 0) {
		throw new UsageError(`--service needs --cluster: which cluster is ${services.join(', ')} in?`);
	}
	if (flags.demo && (flags.endpointUrl !== undefined || flags.profile !== undefined)) {
		throw new UsageError('--demo runs its own simulator: it takes no --endpoint-url or --profile.');
	}
	if (flags.endpointUrl !== undefined && !isHttpUrl(flags.endpointUrl)) {
		throw new UsageError(`--endpoint-url must be an http(s) URL, not ${flags.endpointUrl}.`);
	}

	const aws = {region: flags.region, profile: flags.profile, endpoint: flags.endpointUrl};
	const logFile = flags.logFile;
	if (subcommand !== undefined) {
		if (!flags.demo && (cluster === undefined || cluster === '')) {
			throw new UsageError(`${subcommand} needs --cluster NAME (or ECSWATCH_CLUSTER): which cluster?`);
		}

		const named = cluster === '' ? undefined : cluster;
		if (subcommand === 'logs') {
			refuse('logs prints log lines', ['interval', 'timeout', 'once', 'columns', 'sort', 'notify']);
			return logsCommand({cluster: named, tasks: extra, services, flags, aws, demo: flags.demo, logFile});
		}

		if (subcommand === 'status') {
			refuse('status prints one look and exits', ['interval', 'timeout', 'once', 'columns', 'sort', 'filter', 'notify']);
			const output = flags.output ?? 'table';
			if (output !== 'table' && output !== 'json') throw new UsageError(`status --output must be table or json, not ${output}.`);
			return {kind: 'status', cluster: named, services, aws, output, demo: flags.demo, logFile};
		}

		refuse('wait prints one line per change', ['output', 'once', 'columns', 'sort', 'filter', 'notify']);
		const [service, ...more] = services;
		if (service === undefined || more.length > 0) {
			throw new UsageError(`wait follows exactly one service: give --service NAME once${more.length > 0 ? `, not ${services.length} times` : ''}.`);
		}

		return {
			kind: 'wait',
			cluster: named,
			service,
			aws,
			intervalMs: numberFlag('--interval', flags.interval, DEFAULT_INTERVAL_SECONDS, 1, 3600) * 1000,
			timeoutMs: timeoutFlag(flags.timeout),
			demo: flags.demo,
			logFile,
		};
	}

	if (flags.timeout !== undefined) throw new UsageError('--timeout goes with the wait command.');

	const output = flags.output ?? 'table';
	if (!isOutputFormat(output)) throw new UsageError(`--output must be ${OUTPUT_FORMATS.slice(0, -1).join(', ')} or ${OUTPUT_FORMATS.at(-1)}, not ${output}.`);
	const columns = flags.columns === undefined ? undefined : parsed(parseColumnList(flags.columns));
	if (columns !== undefined && output !== 'table' && output !== 'csv') {
		throw new UsageError(`--columns chooses the columns of --output table and csv; ${output} prints ${output === 'json' ? 'every field (pick some with jq)' : `only ${output}`}.`);
	}

	return {
		kind: 'watch',
		cluster: cluster === '' ? undefined : cluster,
		services,
		aws,
		intervalMs: numberFlag('--interval', flags.interval, DEFAULT_INTERVAL_SECONDS, 1, 3600) * 1000,
		once: flags.once,
		output,
		sort: flags.sort === undefined ? undefined : parsed(parseSortSpec(flags.sort)),
		columns,
		filter: flags.filter,
		color: flags.color && !('NO_COLOR' in env && env['NO_COLOR'] !== ''),
		demo: flags.demo,
		notify: flags.notify,
		logFile,
	};
}

/**
 * The flags and arguments, as meow (yargs-parser) read them: see respell-argv.ts. strict: the
 * respelled argv holds only declared flags in unambiguous spellings, so an error from parseArgs
 * would be a bug here, never the user's mistake (those are worded by flagMistake()).
 */
function readFlags(argv: readonly string[]) {
	const {values, positionals, tokens} = parseArgs({
		args: respellArgv(argv, FLAGS),
		options: FLAGS,
		strict: true,
		allowPositionals: true,
		allowNegative: true,
		tokens: true,
	});
	// parseArgs keeps the last of a repeated flag; meow refused it, and so does ecswatch.
	const counts = new Map<string, number>();
	for (const token of tokens) if (token.kind === 'option') counts.set(token.name, (counts.get(token.name) ?? 0) + 1);
	const repeated = Object.entries(FLAGS).find(([name, flag]) => flag.type === 'string' && !('multiple' in flag) && (counts.get(name) ?? 0) > 1)?.[0];
	if (repeated !== undefined) throw new UsageError(`${spelled(repeated)} was given more than once: it takes one value, so give it once`);
	return {flags: values, input: positionals};
}

/** `--cluster (-c)`, `--endpoint-url`: a flag as the refusals name it. */
function spelled(name: string): string {
	const short = (FLAGS as Record<string, FlagShape>)[name]?.short;
	return `--${kebab(name)}${short === undefined ? '' : ` (-${short})`}`;
}

type FlagName = 'cluster' | 'service' | 'region' | 'profile' | 'endpointUrl' | 'interval' | 'once' | 'output' | 'columns' | 'sort' | 'filter'
	| 'demo' | 'notify' | 'timeout' | 'logFile' | 'container' | 'since' | 'follow';

function timeoutFlag(raw: string | undefined): number {
	if (raw === undefined) return DEFAULT_WAIT_TIMEOUT_MS;
	const ms = parseDuration(raw);
	if (ms === null || ms < 1000 || ms > MAX_WAIT_TIMEOUT_MS) {
		throw new UsageError(`--timeout must be a duration from 1s to 24h, such as 90s, 20m or 1h, not ${raw}.`);
	}

	return ms;
}

function parsed<T>(result: Parsed<T>): T {
	if (!result.ok) throw new UsageError(result.message);
	return result.value;
}

function kebab(name: string): string {
	return name.replace(/[A-Z]/gu, (letter) => `-${letter.toLowerCase()}`);
}
