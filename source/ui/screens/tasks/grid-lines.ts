import {deploymentViews, taskSetViews} from '../../../model/deployment-view.js';
import {azSpread, groupByRevision} from '../../../model/revision-groups.js';
import {sanitize} from '../../../model/sanitize.js';
import type {ServiceRow} from '../../../model/service-row.js';
import {statusGroup} from '../../../model/status-group.js';
import {countTasks} from '../../../model/task-counts.js';
import type {TaskRow} from '../../../model/task-row.js';

/** Grid line keys of group headers start with this (task ARNs start with `arn:`). */
const HEADER_KEY_PREFIX = 'group:';

/** How `v` groups the grid, in the order it cycles through them. */
export type Grouping = 'none' | 'revision' | 'deployment';

export const GROUPINGS: readonly Grouping[] = ['none', 'revision', 'deployment'];

/** The grouping after `grouping` when `v` is pressed: none → revision → deployment → none. */
export function nextGrouping(grouping: Grouping): Grouping {
	return GROUPINGS[(GROUPINGS.indexOf(grouping) + 1) % GROUPINGS.length]!;
}

/** One line of the grid body: a task, or (when grouped) a group's header, already in words. */
export type GridLine =
	| {kind: 'task'; key: string; row: TaskRow}
	| {kind: 'group'; key: string; text: string};

/**
 * `running 3  healthy 2  unhealthy 0  pending 2  stopped 0  a:2 b:2 c:1`; healthy counts RUNNING
 * tasks only. `compact` leaves out the zero counts other than running and healthy.
 */
export function groupCountsText(tasks: readonly TaskRow[], compact = false): string {
	const counts = countTasks(tasks);
	const healthy = tasks.filter(task => statusGroup(task) === 'running' && task.healthStatus === 'HEALTHY').length;
	const optional: Array<[string, number]> = [['unhealthy', counts.unhealthy], ['pending', counts.pending], ['stopping', counts.stopping], ['stopped', counts.stopped]];
	const parts = [
		`running ${counts.running}`,
		`healthy ${healthy}`,
		...optional.filter(([label, count]) => count > 0 || (!compact && label !== 'stopping')).map(([label, count]) => `${label} ${count}`),
	];
	const spread = azSpread(tasks);
	if (spread !== '') parts.push(spread);
	return parts.join('  ');
}

/** A revision group's header: `web:42  running 3  healthy 2  unhealthy 0  pending 2  stopped 0  a:2 b:2 c:1`. */
function revisionLines(rows: readonly TaskRow[]): GridLine[] {
	return groupByRevision(rows).flatMap(group => [
		{kind: 'group' as const, key: `${HEADER_KEY_PREFIX}${group.taskDefinition ?? ''}`, text: `${group.taskDefinition === null ? '(no task definition)' : sanitize(group.taskDefinition)}  ${groupCountsText(group.tasks)}`},
		...taskLines(group.tasks),
	]);
}

function taskLines(rows: readonly TaskRow[]): GridLine[] {
	return rows.map(row => ({kind: 'task', key: row.taskArn, row}));
}

const SHORT_ID = 6;

/** The last six characters of a deployment id's last segment: `819917` for `ecs-svc/4201323268728819917`. */
export function shortDeploymentId(id: string): string {
	return id.slice(id.lastIndexOf('/') + 1).slice(-SHORT_ID);
}

interface Starter {
	/** `deployment` or `task set`. */
	noun: string;
	status: string | null;
	rolloutState: string | null;
	/** Position in the panel's order (PRIMARY first, then newest first). */
	order: number;
}

/** Every deployment and task set ECS lists, by service name and then id. */
function startersOf(services: readonly ServiceRow[]): Map<string, Map<string, Starter>> {
	const byService = new Map<string, Map<string, Starter>>();
	for (const service of services) {
		const starters = new Map<string, Starter>();
		// The views are sanitised; ids are matched against the raw `startedBy`, so keep both sides raw.
		const deployments = deploymentViews(service, []);
		for (const [order, view] of deployments.entries()) {
			const raw = service.deployments.find(deployment => sanitize(deployment.id) === view.id);
			if (raw !== undefined) starters.set(raw.id, {noun: 'deployment', status: view.status, rolloutState: view.rolloutState, order});
		}

		for (const [order, view] of taskSetViews(service, []).entries()) {
			const raw = service.taskSets.find(taskSet => sanitize(taskSet.id) === view.id);
			if (raw !== undefined) starters.set(raw.id, {noun: 'task set', status: view.status, rolloutState: view.stabilityStatus, order: deployments.length + order});
		}

		byService.set(service.serviceName, starters);
	}

	return byService;
}

interface DeploymentGroup {
	service: string | null;
	startedBy: string | null;
	starter: Starter | undefined;
	tasks: TaskRow[];
}

function compareGroups(a: DeploymentGroup, b: DeploymentGroup): number {
	const service = (a.service ?? '\uFFFF').localeCompare(b.service ?? '\uFFFF');
	if (service !== 0) return service;
	const rank = (group: DeploymentGroup) => (group.starter?.order ?? (group.startedBy === null ? Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER - 1));
	return rank(a) - rank(b) || (a.startedBy ?? '').localeCompare(b.startedBy ?? '');
}

/**
 * `web:42  deployment 819917  PRIMARY IN_PROGRESS  running 3 …`: the revision the group's tasks run,
 * its short id and ECS's status for it — or that ECS no longer lists it, or that no deployment
 * started the tasks. The service is named too when it is not the revision's family.
 */
function deploymentHeader(group: DeploymentGroup): string {
	const definitions = [...new Set(group.tasks.map(task => task.taskDefinition ?? '?'))].map(sanitize).join(', ');
	const families = new Set(group.tasks.map(task => task.family));
	const named = group.service !== null && (families.size !== 1 || !families.has(group.service)) ? `${sanitize(group.service)}  ` : '';
	const counts = groupCountsText(group.tasks, true);
	if (group.startedBy === null) return `${named}${definitions}  (no deployment)  ${counts}`;
	const id = sanitize(shortDeploymentId(group.startedBy));
	const {starter} = group;
	const status = starter === undefined
		? 'no longer listed'
		: [starter.status, starter.rolloutState].filter(text => text !== null).join(' ') || '-';
	return `${named}${definitions}  ${starter?.noun ?? 'deployment'} ${id}  ${status}  ${counts}`;
}

/** Tasks grouped by the deployment (or task set) that started them, PRIMARY first within each service. */
function deploymentLines(rows: readonly TaskRow[], services: readonly ServiceRow[]): GridLine[] {
	const starters = startersOf(services);
	const groups = new Map<string, DeploymentGroup>();
	for (const row of rows) {
		const key = `${row.service ?? ''}\u0000${row.startedBy ?? ''}`;
		let group = groups.get(key);
		if (group === undefined) {
			const starter = row.startedBy === null ? undefined : starters.get(row.service ?? '')?.get(row.startedBy);
			group = {service: row.service, startedBy: row.startedBy, starter, tasks: []};
			groups.set(key, group);
		}

		group.tasks.push(row);
	}

	return [...groups.entries()]
		.sort(([, a], [, b]) => compareGroups(a, b))
		.flatMap(([key, group]) => [{kind: 'group' as const, key: `${HEADER_KEY_PREFIX}deployment:${key}`, text: deploymentHeader(group)}, ...taskLines(group.tasks)]);
}

/** The grid's lines: the rows as they are, or grouped (by revision newest first, or by deployment) under headers. */
export function gridLines(rows: readonly TaskRow[], grouping: Grouping, services: readonly ServiceRow[] = []): GridLine[] {
	switch (grouping) {
		case 'none': return taskLines(rows);
		case 'revision': return revisionLines(rows);
		case 'deployment': return deploymentLines(rows, services);
	}
}
