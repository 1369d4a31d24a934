import {createFetchClusters} from '../ecs/fetch-clusters.js';
import {listServiceNames} from '../ecs/fetch-services.js';
import {createFetchWatchData} from '../ecs/fetch-watch-data.js';
import {lastArnSegment} from '../model/arn.js';
import type {TaskColumnId} from '../model/column-names.js';
import {matchesTask, parseTaskFilter, taskFilterFields} from '../model/filter/task-filter.js';
import {filterErrorText} from '../ui/list/filter-error-text.js';
import {FILTER_LIMIT} from '../ui/list/list-state.js';
import type {Parsed} from '../model/parse-columns.js';
import type {TaskRow} from '../model/task-row.js';
import {sanitize} from '../model/sanitize.js';
import {sortTasksBy, type TaskSort} from '../model/task-sort.js';
import {loadTaskFormatter} from '../output/format-tasks.js';
import type {OpenTarget} from './open-target.js';
import type {OutputFormat, WatchCommand} from './parse-command-line.js';

export interface SnapshotScope {
	cluster: string;
	services: readonly string[];
}

export interface SnapshotOptions {
	output: OutputFormat;
	columns?: readonly TaskColumnId[] | undefined;
	sort?: TaskSort | undefined;
	/** `--filter`: only the tasks it accepts are printed. Undefined prints every task. */
	include?: ((row: TaskRow) => boolean) | undefined;
	/** Told each warning line (without `ecswatch: ` or newline); by default written to stderr as `ecswatch: LINE`. */
	warn?: ((line: string) => void) | undefined;
}

export interface Snapshot {
	text: string;
	/** How many tasks were printed. */
	matched: number;
}

/**
 * None of the named services exists in the cluster. Named as ECS names it; the message is the
 * whole line to print: which names, and the services there.
 */
export class ServicesNotFoundError extends Error {
	override name = 'ServiceNotFoundException';
	readonly services: readonly string[];

	constructor(line: string, services: readonly string[]) {
		super(line);
		this.services = services;
	}
}

const warnOnStderr = (line: string) => {
	process.stderr.write(`ecswatch: ${line}\n`);
};

/**
 * Fetches one snapshot of the scope's tasks, keeps those `include` accepts, orders them (`sort`,
 * else the grid's calm order) and renders them in the chosen format. Rejects on any API error,
 * and with a ServiceNotFoundException naming them when none of the named services exists; when
 * only some do, warns about the others and prints the tasks of those that do.
 */
export async function snapshotText(target: OpenTarget, scope: SnapshotScope, options: SnapshotOptions): Promise<Snapshot> {
	const fetch = createFetchWatchData(target.client, {cluster: scope.cluster, ...(scope.services.length > 0 ? {services: scope.services} : {})}, {elb: target.elbClient, now: target.now});
	// Loaded while the requests are in flight.
	const formatter = loadTaskFormatter(options.output);
	formatter.catch(() => undefined);
	const {tasks, servicesNotFound = []} = await fetch(new AbortController().signal);
	if (servicesNotFound.length > 0) {
		const line = await notFoundLine(target, scope.cluster, servicesNotFound);
		if (servicesNotFound.length >= new Set(scope.services).size) throw new ServicesNotFoundError(line, servicesNotFound);
		(options.warn ?? warnOnStderr)(line);
	}

	const {include} = options;
	const rows = sortTasksBy(include === undefined ? tasks : tasks.filter((row) => include(row)), options.sort);
	const formatTasks = await formatter;
	return {text: formatTasks(rows, {columns: options.columns, nowMs: target.now()}), matched: rows.length};
}

/** How many of the cluster's service names a not-found line lists at most. */
const NAMES_SHOWN = 10;

/**
 * `service nope not found in cluster demo (services there: api, web)`: with the names of those that
 * exist when one or two ListServices calls list them all (and may be made), else without.
 */
async function notFoundLine(target: OpenTarget, cluster: string, notFound: readonly string[]): Promise<string> {
	const names = notFound.map((key) => sanitize(lastArnSegment(key))).join(', ');
	const head = `${notFound.length === 1 ? 'service' : 'services'} ${names} not found in cluster ${sanitize(cluster)}`;
	const there = await listServiceNames(target.client, {cluster}).catch(() => null);
	if (there === null) return head;
	if (there.length === 0) return `${head} (it has no services)`;
	const shown = there.slice(0, NAMES_SHOWN).map((name) => sanitize(name)).join(', ');
	return `${head} (services there: ${shown}${there.length > NAMES_SHOWN ? `, … ${there.length} in all` : ''})`;
}

/** What the cluster list can be printed as: everything but `ips`. */
export type ClusterListFormat = Exclude<OutputFormat, 'ips'>;

/**
 * The format of the cluster list (a snapshot without a cluster), or the usage error's message when
 * the command asks for something only a cluster's tasks have.
 */
export function clusterListFormat(command: Pick<WatchCommand, 'output' | 'columns' | 'sort' | 'filter'>): Parsed<ClusterListFormat> {
	const taskOnly = [
		...(command.output === 'ips' ? ['--output ips'] : []),
		...(command.columns === undefined ? [] : ['--columns']),
		...(command.sort === undefined ? [] : ['--sort']),
		...(command.filter === undefined ? [] : ['--filter']),
	];
	if (command.output !== 'ips' && taskOnly.length === 0) return {ok: true, value: command.output};
	return {ok: false, message: `${taskOnly.join(', ')} ${taskOnly.length === 1 ? 'works' : 'work'} on a cluster's tasks: add --cluster NAME (without one, a snapshot lists the clusters).`};
}

/** The Region's clusters, sorted by name, in the chosen format (`ids` prints their names). */
export async function clusterListText(target: OpenTarget, output: ClusterListFormat): Promise<string> {
	// Its table measures text (string-width): loaded while the requests are in flight.
	const formatting = import('../output/format-clusters.js');
	formatting.catch(() => undefined);
	const {clusters} = await createFetchClusters(target.client)(new AbortController().signal);
	return (await formatting).formatClusters(clusters, output);
}

/** `--filter`'s predicate, or a one-line usage error that says what is wrong and where. */
export function taskFilter(text: string): Parsed<(row: TaskRow) => boolean> {
	if ([...text].length > FILTER_LIMIT) return {ok: false, message: `--filter is limited to ${FILTER_LIMIT} characters, as the filter line is.`};
	const parsed = parseTaskFilter(text);
	if (!parsed.ok) {
		return {ok: false, message: `--filter '${sanitize(text)}': ${filterErrorText(parsed.error, taskFilterFields())} (at character ${parsed.error.at + 1}).`};
	}

	const {filter} = parsed;
	return {ok: true, value: (row) => matchesTask(filter, row)};
}
