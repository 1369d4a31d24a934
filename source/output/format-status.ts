import {parseTaskDefinition} from '../model/arn.js';
import {deploymentViews, taskSetViews} from '../model/deployment-view.js';
import {MISSING} from '../model/format.js';
import {displayWidth, truncateToWidth} from '../model/text-width.js';
import {rolloutState, type RolloutKind, type RolloutState} from '../model/rollout-state.js';
import {readsTargets} from '../model/rollout-targets.js';
import {sanitize} from '../model/sanitize.js';
import type {DeploymentRow, ServiceRow, TaskSetRow} from '../model/service-row.js';
import {stopReason} from '../model/stop-reason.js';
import type {TaskRow} from '../model/task-row.js';
import {safeJson} from './format-json.js';
import {rolloutSentenceText} from './rollout-sentence.js';
import {laneTargetsJson, rolloutTasks, targetsJson, targetsLine, type LaneTargetsJson, type TargetStatusJson} from './status-targets.js';

/** One service as `ecswatch status` sees it: the row and its tasks. */
export interface StatusEntry {
	service: ServiceRow;
	/** Tasks with desired status RUNNING: their health gives the healthy counts. */
	running: readonly TaskRow[];
	/** Tasks with desired status STOPPED that ECS still lists (about an hour): their stop reasons. */
	stopped: readonly TaskRow[];
}

/**
 * `ecswatch status -o json`, one object per service. A public contract (issue 9, README): add
 * fields freely, never rename or remove one. Absent values are `null`, absent lists `[]`. Every
 * string is sanitised (control characters become `�`): `jq -r` prints them raw to a terminal.
 */
export interface ServiceStatusJson {
	service: string;
	serviceArn: string;
	status: string | null;
	/** `deploymentController.type`: ECS, CODE_DEPLOY or EXTERNAL. */
	controller: string | null;
	desiredCount: number | null;
	runningCount: number | null;
	pendingCount: number | null;
	rollout: {
		state: RolloutKind; sentence: string; target: string | null; from: string | null;
		/** Behind a load balancer only: an older revision's targets still draining (the rollout is not over); null when none. */
		draining?: {taskDefinition: string; targets: number; endsAt: string | null} | null;
	};
	deployments: DeploymentStatusJson[];
	taskSets: TaskSetStatusJson[];
	stoppedTasksByReason: StopReasonCount[];
	/**
	 * Present only when the service has target groups: every target of its tasks (ELBv2
	 * DescribeTargetHealth, matched to the tasks), in task order; null when they were not read.
	 */
	targets?: TargetStatusJson[] | null;
}

/** A deployment as its row has it, sanitised; fields listed by name, so renaming one in the row breaks this contract at compile time. */
export interface DeploymentStatusJson extends LaneTargetsJson, Pick<DeploymentRow,
	'id' | 'rolloutState' | 'rolloutStateReason' | 'desiredCount' | 'runningCount' | 'pendingCount' | 'failedTasks' | 'createdAt' | 'updatedAt'> {
	/** ECS's own status of the deployment: PRIMARY, ACTIVE, DRAINING or INACTIVE. */
	role: string | null;
	/** `family:revision`. */
	taskDefinition: string | null;
}

/** A task set as its row has it, sanitised; as with {@link DeploymentStatusJson}, fields listed by name. */
export interface TaskSetStatusJson extends LaneTargetsJson, Pick<TaskSetRow,
	'id' | 'status' | 'computedDesiredCount' | 'runningCount' | 'pendingCount' | 'scale' | 'stabilityStatus'> {
	/** `family:revision`. */
	taskDefinition: string | null;
}

export interface StopReasonCount {
	/** As the task grid words it (`ServiceSchedulerInitiated: Task failed container health checks`); null when ECS said nothing. */
	reason: string | null;
	count: number;
}

const safe = (value: string | null): string | null => (value === null ? null : sanitize(value));
const familyRevision = (arn: string | null): string | null => safe(parseTaskDefinition(arn ?? undefined)?.taskDefinition ?? null);

/** Whether the service registers its tasks in target groups: the target fields are there only then. */
const balanced = (service: ServiceRow): boolean => service.loadBalancers.some(balancer => balancer.targetGroupArn !== null);

function deploymentJson(deployment: DeploymentRow): DeploymentStatusJson {
	return {
		id: sanitize(deployment.id),
		role: safe(deployment.status),
		taskDefinition: familyRevision(deployment.taskDefinition),
		rolloutState: safe(deployment.rolloutState),
		rolloutStateReason: safe(deployment.rolloutStateReason),
		desiredCount: deployment.desiredCount,
		runningCount: deployment.runningCount,
		pendingCount: deployment.pendingCount,
		failedTasks: deployment.failedTasks,
		createdAt: safe(deployment.createdAt),
		updatedAt: safe(deployment.updatedAt),
	};
}

function taskSetJson(taskSet: TaskSetRow): TaskSetStatusJson {
	return {
		id: sanitize(taskSet.id),
		status: safe(taskSet.status),
		taskDefinition: familyRevision(taskSet.taskDefinition),
		computedDesiredCount: taskSet.computedDesiredCount,
		runningCount: taskSet.runningCount,
		pendingCount: taskSet.pendingCount,
		scale: taskSet.scale === null ? null : {value: taskSet.scale.value, unit: safe(taskSet.scale.unit)},
		stabilityStatus: safe(taskSet.stabilityStatus),
	};
}

/** Stopped tasks counted by stop reason, the most frequent first (then by reason, no reason last). */
export function stoppedTasksByReason(stopped: readonly TaskRow[]): StopReasonCount[] {
	const counts = new Map<string | null, number>();
	for (const task of stopped) {
		const reason = stopReason(task);
		counts.set(reason, (counts.get(reason) ?? 0) + 1);
	}

	return [...counts].map(([reason, count]) => ({reason, count})).sort((a, b) =>
		b.count - a.count || (a.reason === null ? 1 : b.reason === null ? -1 : a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0));
}

/** The rollout's target and the revision it moves from, where the state has them. */
function rolloutEnds(state: RolloutState): {target: string | null; from: string | null} {
	switch (state.kind) {
		case 'deploying':
		case 'rolling-back':
		case 'rolled-back': return {target: state.target, from: state.from};
		case 'failed': return {target: state.target, from: null};
		default: return {target: null, from: null};
	}
}

export function toServiceStatusJson(entry: StatusEntry): ServiceStatusJson {
	const {service} = entry;
	const tasks = rolloutTasks(entry);
	const state = rolloutState(service, tasks);
	const serviceTasks = tasks.filter(task => task.service === service.serviceName);
	const read = readsTargets(service, serviceTasks) ? serviceTasks : null;
	const json: ServiceStatusJson = {
		service: sanitize(service.serviceName),
		serviceArn: sanitize(service.serviceArn),
		status: safe(service.status),
		controller: safe(service.controller),
		desiredCount: service.desiredCount,
		runningCount: service.runningCount,
		pendingCount: service.pendingCount,
		rollout: {state: state.kind, sentence: rolloutSentenceText(state), ...rolloutEnds(state)},
		deployments: service.deployments.map(deployment => ({...deploymentJson(deployment), ...laneTargetsJson(read, deployment.id)})),
		taskSets: service.taskSets.map(taskSet => ({...taskSetJson(taskSet), ...laneTargetsJson(read, taskSet.id)})),
		stoppedTasksByReason: stoppedTasksByReason(entry.stopped),
	};
	if (!balanced(service)) return json;
	const draining = state.kind === 'deploying' || state.kind === 'rolling-back' ? state.draining ?? null : null;
	return {...json, rollout: {...json.rollout, draining}, targets: read === null ? null : targetsJson(read)};
}

/** Output lines are cut to this many columns: a terminal's classic width, and most CI log viewers'. */
export const STATUS_WIDTH = 80;
/** Stop reasons shown per service in the table; the JSON has them all. */
const TOP_REASONS = 3;

const count = (value: number | null): string => (value === null ? MISSING : String(value));
const text = (value: string | null): string => (value === null || value === '' ? MISSING : sanitize(value));

/** Cells padded to their column's widest, two spaces apart; numbers (cells starting with a digit) right-aligned. */
function alignedLines(rows: ReadonlyArray<readonly string[]>, indent: string): string[] {
	const widths: number[] = [];
	for (const row of rows) row.forEach((cell, index) => {
		widths[index] = Math.max(widths[index] ?? 0, displayWidth(cell));
	});
	return rows.map(row => indent + row.map((cell, index) => {
		const pad = ' '.repeat(Math.max(0, (widths[index] ?? 0) - displayWidth(cell)));
		return /^\d/u.test(cell) ? pad + cell : cell + pad;
	}).join('  ').trimEnd());
}

/** One service in the table: its name and counts, its rollout in a sentence, its deployments or task sets, its top stop reasons. */
function serviceBlock(entry: StatusEntry): string[] {
	const {service} = entry;
	const running = rolloutTasks(entry);
	const state = rolloutState(service, running);
	const controller = service.controller === null ? '' : `, ${sanitize(service.controller)}`;
	const lines = [
		`${sanitize(service.serviceName)} (${text(service.status)}${controller}): ${count(service.desiredCount)} desired, ${count(service.runningCount)} running, ${count(service.pendingCount)} pending`,
		`  ${rolloutSentenceText(state)}`,
	];
	const deployments = deploymentViews(service, running).map(view => [
		text(view.status),
		text(view.taskDefinition) + (view.shortId === null ? '' : ` (${view.shortId})`),
		text(view.rolloutState),
		`${view.healthy}/${view.desired} healthy`,
		`${view.running} running`,
		`${view.pending} pending`,
		`${view.failed} failed`,
	]);
	const taskSets = taskSetViews(service, running).map(view => [
		text(view.status),
		text(view.taskDefinition) + (view.shortId === null ? '' : ` (${view.shortId})`),
		view.scale?.value === null || view.scale === null ? MISSING : `${view.scale.value}${view.scale.unit === 'PERCENT' ? '%' : ` ${text(view.scale.unit)}`}`,
		text(view.stabilityStatus),
		`${view.healthy}/${view.desired} healthy`,
		`${view.running} running`,
		`${view.pending} pending`,
	]);
	lines.push(...alignedLines(deployments, '  '), ...alignedLines(taskSets, '  '));
	const serviceTasks = running.filter(task => task.service === service.serviceName);
	if (balanced(service)) lines.push(`  ${targetsLine(serviceTasks, readsTargets(service, serviceTasks))}`);
	const reasons = stoppedTasksByReason(entry.stopped);
	if (reasons.length > 0) {
		lines.push('  stopped tasks by reason (ECS keeps them about an hour):');
		lines.push(...alignedLines(reasons.slice(0, TOP_REASONS).map(({reason, count: n}) => [String(n), reason ?? 'no reason given']), '    '));
		if (reasons.length > TOP_REASONS) lines.push(`    and ${reasons.length - TOP_REASONS} more reasons (-o json lists them all)`);
	}

	return lines.map(line => truncateToWidth(line, STATUS_WIDTH));
}

/**
 * `ecswatch status`: `json` an array of {@link ServiceStatusJson} in the order given; `table` one
 * block per service, blank lines between, every line at most {@link STATUS_WIDTH} columns.
 */
export function formatStatus(entries: readonly StatusEntry[], output: 'table' | 'json'): string {
	if (output === 'json') return safeJson(entries.map(toServiceStatusJson));
	if (entries.length === 0) return 'no services\n';
	return `${entries.map(entry => serviceBlock(entry).join('\n')).join('\n\n')}\n`;
}
