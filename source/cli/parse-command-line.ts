import meow from 'meow';
import type {TaskColumnId} from '../model/column-names.js';
import {parseColumnList, parseSortSpec, type Parsed} from '../model/parse-columns.js';
import type {TaskSort} from '../model/task-sort.js';
import {isOutputFormat, OUTPUT_FORMATS, type OutputFormat} from '../output/output-format.js';
import {helpText} from './help-text.js';

export type {OutputFormat} from '../output/output-format.js';

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
}

export type Command = WatchCommand | SimulateCommand;

/** A mistake in the command line: printed on stderr, exit code 2. */
export class UsageError extends Error {
	override readonly name = 'UsageError';
}

export const DEFAULT_INTERVAL_SECONDS = 5;
const MAX_SIMULATED_TASKS = 5000;
const MAX_SIMULATED_CLUSTERS = 100;
const MAX_SIMULATED_SERVICES = 2000;

/**
 * Turns argv and the environment into a validated command. `--help` and `--version` are answered
 * by meow, which prints and exits; every other mistake throws UsageError.
 */
export function parseCommandLine(argv: readonly string[], env: NodeJS.ProcessEnv, importMeta: ImportMeta): Command {
	const cli = meow(helpText, {
		importMeta,
		// helpText says what ecswatch is; package.json's description above it would say it twice.
		description: false,
		argv: [...argv],
		allowUnknownFlags: false,
		flags: {
			cluster: {type: 'string', shortFlag: 'c'},
			service: {type: 'string', shortFlag: 's', isMultiple: true},
			region: {type: 'string'},
			profile: {type: 'string'},
			endpointUrl: {type: 'string'},
			interval: {type: 'string'},
			once: {type: 'boolean', default: false},
			output: {type: 'string', shortFlag: 'o'},
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
		},
	});
	const {flags, input} = cli;
	const [subcommand, ...extra] = input;

	if (subcommand === 'simulate') {
		if (extra.length > 0) throw new UsageError(`Unexpected argument: ${extra.join(' ')}`);
		const watchFlags: string[] = [
			...(['cluster', 'region', 'profile', 'endpointUrl', 'interval', 'output', 'columns', 'sort', 'filter'] as const).filter((name) => flags[name] !== undefined),
			...((flags.service ?? []).length > 0 ? ['service'] : []),
			...(['once', 'demo'] as const).filter((name) => flags[name]),
		];
		if (watchFlags.length > 0) {
			throw new UsageError(`simulate serves the simulator; it takes no ${watchFlags.map((name) => `--${kebab(name)}`).join(', ')}.`);
		}

		if (flags.logRequests !== undefined && flags.logRequests.trim() === '') throw new UsageError('--log-requests needs a file name.');
		return {
			kind: 'simulate',
			port: integerFlag('--port', flags.port, 0, 0, 65_535),
			tasks: integerFlag('--tasks', flags.tasks, 24, 0, MAX_SIMULATED_TASKS),
			speed: numberFlag('--speed', flags.speed, 1, 0.1, 1000),
			clusters: integerFlag('--clusters', flags.clusters, 2, 0, MAX_SIMULATED_CLUSTERS),
			services: integerFlag('--services', flags.services, 0, 0, MAX_SIMULATED_SERVICES),
			logRequests: flags.logRequests,
		};
	}
	if (subcommand !== undefined) throw new UsageError(`Unknown command: ${subcommand}. Try --help.`);
	for (const simulatorOnly of ['port', 'tasks', 'speed', 'clusters', 'services', 'logRequests'] as const) {
		if (flags[simulatorOnly] !== undefined) throw new UsageError(`--${kebab(simulatorOnly)} goes with the simulate command.`);
	}

	// ECSWATCH_CLUSTER names a real cluster: the demo watches its own unless told otherwise.
	const cluster = flags.cluster ?? (flags.demo ? undefined : env['ECSWATCH_CLUSTER']);
	const services = flags.service ?? [];
	if (!flags.demo && (cluster === undefined || cluster === '') && services.length > 0) {
		throw new UsageError(`--service needs --cluster: which cluster is ${services.join(', ')} in?`);
	}
	if (flags.demo && (flags.endpointUrl !== undefined || flags.profile !== undefined)) {
		throw new UsageError('--demo runs its own simulator: it takes no --endpoint-url or --profile.');
	}

	const output = flags.output ?? 'table';
	if (!isOutputFormat(output)) throw new UsageError(`--output must be ${OUTPUT_FORMATS.slice(0, -1).join(', ')} or ${OUTPUT_FORMATS.at(-1)}, not ${output}.`);
	const columns = flags.columns === undefined ? undefined : parsed(parseColumnList(flags.columns));
	if (columns !== undefined && output !== 'table' && output !== 'csv') {
		throw new UsageError(`--columns chooses the columns of --output table and csv; ${output} prints ${output === 'json' ? 'every field (pick some with jq)' : `only ${output}`}.`);
	}
	if (flags.endpointUrl !== undefined && !isHttpUrl(flags.endpointUrl)) {
		throw new UsageError(`--endpoint-url must be an http(s) URL, not ${flags.endpointUrl}.`);
	}

	return {
		kind: 'watch',
		cluster: cluster === '' ? undefined : cluster,
		services,
		aws: {region: flags.region, profile: flags.profile, endpoint: flags.endpointUrl},
		intervalMs: numberFlag('--interval', flags.interval, DEFAULT_INTERVAL_SECONDS, 1, 3600) * 1000,
		once: flags.once,
		output,
		sort: flags.sort === undefined ? undefined : parsed(parseSortSpec(flags.sort)),
		columns,
		filter: flags.filter,
		color: flags.color && !('NO_COLOR' in env && env['NO_COLOR'] !== ''),
		demo: flags.demo,
	};
}

function parsed<T>(result: Parsed<T>): T {
	if (!result.ok) throw new UsageError(result.message);
	return result.value;
}

function kebab(name: string): string {
	return name.replace(/[A-Z]/gu, (letter) => `-${letter.toLowerCase()}`);
}

function isHttpUrl(value: string): boolean {
	try {
		const {protocol} = new URL(value);
		return protocol === 'http:' || protocol === 'https:';
	} catch {
		return false;
	}
}

function numberFlag(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
	if (raw === undefined) return fallback;
	const value = Number(raw);
	if (raw.trim() === '' || !Number.isFinite(value) || value < min || value > max) {
		throw new UsageError(`${name} must be a number from ${min} to ${max}, not ${raw}.`);
	}
	return value;
}

function integerFlag(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
	const value = numberFlag(name, raw, fallback, min, max);
	if (!Number.isInteger(value)) throw new UsageError(`${name} must be a whole number, not ${raw}.`);
	return value;
}
