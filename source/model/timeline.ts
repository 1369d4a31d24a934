import {clean, formatAge, shortTaskId} from './format.js';
import {firstLine, sanitize} from './sanitize.js';
import type {ServiceRow} from './service-row.js';
import {statusGroup} from './status-group.js';
import {failingContainer, stopReason} from './stop-reason.js';
import type {TaskDiff, TimelineEntry, TimelineTone, WatchedField} from './task-diff-types.js';
import type {TaskRow} from './task-row.js';
import {watchedValue} from './task-diff.js';

const LABELS: Record<WatchedField, string> = {
	lastStatus: '',
	desiredStatus: 'desired ',
	healthStatus: '',
	privateIpv4: 'IP ',
	eniId: 'ENI ',
	attachmentStatus: 'ENI attachment ',
	target: 'target ',
};

const show = (value: string | null) => clean(value) ?? '-';

/** The id of the entry for what one poll (at `at`) observed of one task: e.g. kind `vanished`. */
export function transitionId(taskArn: string, kind: string, at: number): string {
	return `${taskArn}:${kind}:${at}`;
}

/**
 * Timeline entries for what one poll (at `at`) observed about tasks: one per change in `diff`.
 * A task that stopped gets its single `STOPPED <reason>` entry instead of per-field entries; a task
 * that appeared already stopped is reported as stopped rather than started.
 */
export function taskTransitions(previous: readonly TaskRow[], next: readonly TaskRow[], diff: TaskDiff, at: number): TimelineEntry[] {
	const before = byArn(previous);
	const after = byArn(next);
	const stopped = new Set(diff.stopped);
	const entries: TimelineEntry[] = [];
	const add = (row: TaskRow, kind: string, text: string, tone: TimelineTone) => {
		const taskId = shortTaskId(row.taskId);
		entries.push({id: transitionId(row.taskArn, kind, at), at, source: 'observed', service: clean(row.service), taskId, text: `${taskId} ${text}`, tone});
	};

	for (const arn of diff.appeared) {
		const row = after.get(arn);
		if (row === undefined) {
			continue;
		}

		if (statusGroup(row) === 'stopped') {
			add(row, 'stopped', stoppedText(row), stoppedTone(row));
		} else {
			add(row, 'appeared', row.taskDefinition === null ? 'started' : `started (${sanitize(row.taskDefinition)})`, 'info');
		}
	}

	for (const [arn, fields] of diff.changed) {
		const row = after.get(arn);
		const old = before.get(arn);
		if (row === undefined || old === undefined || stopped.has(arn)) {
			continue;
		}

		for (const field of fields) {
			const [from, to] = [watchedValue(old, field), watchedValue(row, field)];
			add(row, field, `${LABELS[field]}${show(from)}→${show(to)}`, fieldTone(field, from, to));
		}
	}

	for (const arn of diff.stopped) {
		const row = after.get(arn);
		if (row !== undefined) {
			add(row, 'stopped', stoppedText(row), stoppedTone(row));
		}
	}

	for (const arn of diff.vanished) {
		const row = before.get(arn);
		if (row !== undefined) {
			add(row, 'vanished', 'no longer listed', 'info');
		}
	}

	return entries;
}

function byArn(rows: readonly TaskRow[]): Map<string, TaskRow> {
	const map = new Map<string, TaskRow>();
	for (const row of rows) {
		map.set(row.taskArn, row);
	}

	return map;
}

function fieldTone(field: WatchedField, from: string | null, to: string | null): TimelineTone {
	if (field === 'healthStatus') {
		if (to === 'UNHEALTHY') return 'bad';
		if (to === 'HEALTHY') return 'good';
		return from === 'HEALTHY' ? 'warning' : 'info';
	}

	if (field === 'target') {
		if (to === 'healthy') return 'good';
		if (to?.startsWith('unhealthy') === true) return 'bad';
		return from === 'healthy' ? 'warning' : 'info';
	}

	if (field === 'lastStatus' && to === 'RUNNING') return 'good';
	if (field === 'attachmentStatus' && to === 'FAILED') return 'bad';
	return 'info';
}

function stoppedText(row: TaskRow): string {
	const reason = stopReason(row);
	return reason === null ? 'STOPPED' : `STOPPED ${reason}`;
}

const SCHEDULER_FAILURE = /health|unhealthy|fail/iu;

/** A stop is bad unless it was asked for (UserInitiated, a scheduler scale-in) or the task exited 0. */
function stoppedTone(row: TaskRow): TimelineTone {
	switch (row.stopCode) {
		case 'UserInitiated': {
			return 'info';
		}

		case 'ServiceSchedulerInitiated': {
			return row.stoppedReason !== null && SCHEDULER_FAILURE.test(row.stoppedReason) ? 'bad' : 'info';
		}

		case 'SpotInterruption':
		case 'TerminationNotice': {
			return 'warning';
		}

		default: {
			const exited = row.containers.some(c => c.exitCode !== null);
			return exited && failingContainer(row.containers) === null ? 'info' : 'bad';
		}
	}
}

/**
 * Timeline entries for deployment changes between two polls: a new deployment, and rolloutState
 * changes. A service seen for the first time is the baseline, not news, and yields nothing.
 */
export function deploymentTransitions(previous: readonly ServiceRow[], next: readonly ServiceRow[], at: number): TimelineEntry[] {
	const before = new Map(previous.map(service => [service.serviceArn, service]));
	const entries: TimelineEntry[] = [];
	for (const service of next) {
		const old = before.get(service.serviceArn);
		if (old === undefined) {
			continue;
		}

		const name = sanitize(service.serviceName);
		const oldDeployments = new Map(old.deployments.map(deployment => [deployment.id, deployment]));
		for (const deployment of service.deployments) {
			const id = sanitize(deployment.id);
			const add = (kind: string, text: string, tone: TimelineTone) => entries.push({
				id: `${service.serviceArn}:${deployment.id}:${kind}:${at}`, at, source: 'observed', service: name, taskId: null, text: `${name} deployment ${id} ${text}`, tone,
			});
			const was = oldDeployments.get(deployment.id);
			if (was === undefined) {
				if (deployment.status !== 'INACTIVE') {
					add('started', `started: ${taskDefinitionName(deployment.taskDefinition)}`, 'info');
				}

				continue;
			}

			const state = deployment.rolloutState;
			if (state === null || state === was.rolloutState) {
				continue;
			}

			if (state === 'FAILED') {
				const reason = deployment.rolloutStateReason === null ? null : clean(firstLine(deployment.rolloutStateReason));
				add('FAILED', reason === null ? 'FAILED' : `FAILED: ${reason}`, 'bad');
			} else {
				add(state, sanitize(state), state === 'COMPLETED' ? 'good' : 'info');
			}
		}
	}

	return entries;
}

function taskDefinitionName(arn: string | null): string {
	if (arn === null) return '-';
	const marker = 'task-definition/';
	const at = arn.indexOf(marker);
	return sanitize(at === -1 ? arn : arn.slice(at + marker.length));
}

const BAD_EVENT = /unable to|failed|unhealthy/iu;
const GOOD_EVENT = /steady state|completed/iu;

/** Every ECS service event as a timeline entry (id = ECS's event id, at = its createdAt). */
export function serviceEventEntries(services: readonly ServiceRow[]): TimelineEntry[] {
	const entries: TimelineEntry[] = [];
	for (const service of services) {
		for (const event of service.events) {
			const at = event.createdAt === null ? Number.NaN : Date.parse(event.createdAt);
			entries.push({
				id: event.id === '' ? `${service.serviceArn}:event:${event.createdAt ?? ''}:${event.message}` : event.id,
				at: Number.isNaN(at) ? 0 : at,
				source: 'ecs',
				service: sanitize(service.serviceName),
				taskId: null,
				text: sanitize(event.message),
				tone: BAD_EVENT.test(event.message) ? 'bad' : (GOOD_EVENT.test(event.message) ? 'good' : 'info'),
			});
		}
	}

	return entries;
}

/**
 * `existing` plus the entries of `added` whose id is new, newest first, at most `limit`.
 * Equal times keep their order, `added` before `existing`.
 */
export function mergeTimeline(existing: readonly TimelineEntry[], added: readonly TimelineEntry[], limit = 500): TimelineEntry[] {
	const ids = new Set(existing.map(entry => entry.id));
	const fresh: TimelineEntry[] = [];
	for (const entry of added) {
		if (!ids.has(entry.id)) {
			ids.add(entry.id);
			fresh.push(entry);
		}
	}

	if (fresh.length === 0 && existing.length <= limit) {
		return [...existing];
	}

	return [...fresh, ...existing].sort((a, b) => b.at - a.at).slice(0, Math.max(0, limit));
}

/** `12s ago`, `3m ago`, `2h ago`, `4d ago`; a time in the future reads `0s ago`. */
export function relativeTime(at: number, now: number): string {
	return `${formatAge(now - at)} ago`;
}
