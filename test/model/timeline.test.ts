import {describe, expect, it} from 'vitest';
import {diffTasks} from '../../source/model/task-diff.js';
import type {TimelineEntry} from '../../source/model/task-diff-types.js';
import type {ContainerRow, TaskRow} from '../../source/model/task-row.js';
import {deploymentTransitions, mergeTimeline, relativeTime, serviceEventEntries, taskTransitions} from '../../source/model/timeline.js';
import {toServiceRow} from '../../source/model/to-service-row.js';
import {loadDescribeServices} from '../helpers/fixtures.js';
import {makeDeployment, makeServiceRow} from '../helpers/service-row.js';
import {makeTaskRow} from '../helpers/task-row.js';

const AT = 1_800_000_000_000;
let serial = 0;
const row = (overrides: Partial<TaskRow> = {}) => makeTaskRow({
	taskId: `a1b2c3d4e5f6${String(++serial).padStart(8, '0')}`, service: 'web', taskDefinition: 'web:42', lastStatus: 'RUNNING', desiredStatus: 'RUNNING', ...overrides,
});
const container = (overrides: Partial<ContainerRow>): ContainerRow => ({
	name: 'app', image: null, runtimeId: null, lastStatus: 'STOPPED', healthStatus: null, exitCode: null, reason: null, privateIpv4: null, ipv6: null, ports: [], ...overrides,
});
const transitions = (before: TaskRow[], after: TaskRow[]) => taskTransitions(before, after, diffTasks(before, after), AT);
const texts = (entries: readonly TimelineEntry[]) => entries.map(entry => [entry.text, entry.tone]);

describe('taskTransitions', () => {
	it('reports a task that started, with its revision', () => {
		const task = row({lastStatus: 'PROVISIONING'});
		const [entry] = transitions([], [task]);
		expect(entry).toEqual({
			id: `${task.taskArn}:appeared:${AT}`, at: AT, source: 'observed', service: 'web', taskId: 'a1b2c3d4', text: 'a1b2c3d4 started (web:42)', tone: 'info',
		});
	});

	it('reports status and health transitions with their tone', () => {
		const pending = row({lastStatus: 'PENDING', healthStatus: 'UNKNOWN'});
		const healthy = row({healthStatus: 'HEALTHY'});
		const unknown = row({healthStatus: 'UNKNOWN'});
		const after = [{...pending, lastStatus: 'RUNNING'}, {...healthy, healthStatus: 'UNHEALTHY'}, {...unknown, healthStatus: 'HEALTHY'}];
		expect(texts(transitions([pending, healthy, unknown], after))).toEqual([
			['a1b2c3d4 PENDING→RUNNING', 'good'],
			['a1b2c3d4 HEALTHY→UNHEALTHY', 'bad'],
			['a1b2c3d4 UNKNOWN→HEALTHY', 'good'],
		]);
	});

	it('reports network changes, one entry per field with distinct ids', () => {
		const before = row({lastStatus: 'PENDING', attachmentStatus: 'ATTACHING'});
		const after = {...before, privateIpv4: '10.0.1.5', attachmentStatus: 'ATTACHED'};
		const entries = transitions([before], [after]);
		expect(texts(entries)).toEqual([['a1b2c3d4 IP -→10.0.1.5', 'info'], ['a1b2c3d4 ENI attachment ATTACHING→ATTACHED', 'info']]);
		expect(new Set(entries.map(entry => entry.id)).size).toBe(2);
	});

	it('reports a stop once, with its reason, bad for a crash and info for a scale-in', () => {
		const crash = row({desiredStatus: 'STOPPED'});
		const scaleIn = row({desiredStatus: 'STOPPED'});
		const after = [
			{...crash, lastStatus: 'STOPPED', stopCode: 'EssentialContainerExited', containers: [container({exitCode: 137, reason: 'OutOfMemoryError'})]},
			{...scaleIn, lastStatus: 'STOPPED', stopCode: 'ServiceSchedulerInitiated', stoppedReason: 'Scaling activity initiated by (deployment ecs-svc/1)'},
		];
		expect(texts(transitions([crash, scaleIn], after))).toEqual([
			['a1b2c3d4 STOPPED EssentialContainerExited: exit 137 OutOfMemoryError', 'bad'],
			['a1b2c3d4 STOPPED ServiceSchedulerInitiated: Scaling activity initiated by (deployment ecs-svc/1)', 'info'],
		]);
	});

	it('calls a clean exit and a failed health check what they are', () => {
		const clean = row({desiredStatus: 'STOPPED'});
		const unhealthy = row({desiredStatus: 'STOPPED'});
		const after = [
			{...clean, lastStatus: 'STOPPED', stopCode: 'EssentialContainerExited', containers: [container({exitCode: 0})]},
			{...unhealthy, lastStatus: 'STOPPED', stopCode: 'ServiceSchedulerInitiated', stoppedReason: 'Task failed ELB health checks'},
		];
		expect(transitions([clean, unhealthy], after).map(entry => entry.tone)).toEqual(['info', 'bad']);
	});

	it('reports a task first seen already stopped as stopped, and a vanished task', () => {
		const gone = row({lastStatus: 'STOPPED', desiredStatus: 'STOPPED', stopCode: 'TaskFailedToStart'});
		const lost = row();
		expect(texts(transitions([lost], [gone]))).toEqual([['a1b2c3d4 STOPPED TaskFailedToStart', 'bad'], ['a1b2c3d4 no longer listed', 'info']]);
	});

	it('returns nothing when nothing changed', () => {
		const tasks = [row(), row()];
		expect(transitions(tasks, [...tasks].reverse())).toEqual([]);
	});
});

describe('deploymentTransitions', () => {
	const service = (deployments: ReturnType<typeof makeDeployment>[]) => makeServiceRow({deployments});

	it('reports a new deployment and its rollout state changes', () => {
		const started = makeDeployment({id: 'ecs-svc/123', taskDefinition: 'arn:aws:ecs:us-east-1:1:task-definition/web:42', rolloutState: 'IN_PROGRESS'});
		const old = makeDeployment({id: 'ecs-svc/100', status: 'ACTIVE', rolloutState: 'COMPLETED'});
		const first = deploymentTransitions([service([old])], [service([started, old])], AT);
		expect(texts(first)).toEqual([['web deployment ecs-svc/123 started: web:42', 'info']]);

		const done = deploymentTransitions([service([started])], [service([{...started, rolloutState: 'COMPLETED'}])], AT + 1);
		expect(texts(done)).toEqual([['web deployment ecs-svc/123 COMPLETED', 'good']]);
		const failed = deploymentTransitions([service([started])], [service([{...started, rolloutState: 'FAILED', rolloutStateReason: 'circuit breaker: tasks failed to start.'}])], AT);
		expect(texts(failed)).toEqual([['web deployment ecs-svc/123 FAILED: circuit breaker: tasks failed to start.', 'bad']]);
		expect(done[0]?.id).not.toBe(first[0]?.id);
	});

	it('says nothing about a service seen for the first time, or an unchanged one', () => {
		const steady = service([makeDeployment({rolloutState: 'COMPLETED'})]);
		expect(deploymentTransitions([], [steady], AT)).toEqual([]);
		expect(deploymentTransitions([steady], [steady], AT)).toEqual([]);
	});
});

describe('serviceEventEntries', () => {
	it('turns every event of the real fixtures into an entry with ECS’s id and time', () => {
		const [raw] = loadDescribeServices('service-unable-to-place-task.botocore-example.json').services ?? [];
		const svc = toServiceRow(raw ?? {});
		const entries = serviceEventEntries([svc]);
		expect(entries).toHaveLength(svc.events.length);
		expect(entries[0]).toMatchObject({id: svc.events[0]?.id, source: 'ecs', tone: 'bad', at: Date.parse(svc.events[0]?.createdAt ?? '')});
	});

	it('tones and sanitises messages', () => {
		const svc = makeServiceRow({events: [
			{id: 'e3', createdAt: '2026-01-01T00:00:03.000Z', message: '(service web) has reached a steady state.'},
			{id: 'e2', createdAt: '2026-01-01T00:00:02.000Z', message: '(service web) has started 2 tasks: (task a1b2).\u001B[2J'},
			{id: 'e1', createdAt: null, message: '(service web) (deployment ecs-svc/1) deployment failed: tasks failed to start.'},
		]});
		expect(texts(serviceEventEntries([svc]))).toEqual([
			['(service web) has reached a steady state.', 'good'],
			['(service web) has started 2 tasks: (task a1b2).\uFFFD[2J', 'info'],
			['(service web) (deployment ecs-svc/1) deployment failed: tasks failed to start.', 'bad'],
		]);
	});
});

describe('mergeTimeline', () => {
	const entry = (id: string, at: number): TimelineEntry => ({id, at, source: 'ecs', service: 'web', taskId: null, text: id, tone: 'info'});

	it('drops entries already there, newest first, equal times in order, capped', () => {
		const existing = [entry('c', 30), entry('a', 10)];
		const merged = mergeTimeline(existing, [entry('a', 10), entry('b', 20), entry('d', 30), entry('e', 30)]);
		expect(merged.map(item => item.id)).toEqual(['d', 'e', 'c', 'b', 'a']);
		expect(mergeTimeline(existing, [entry('b', 20)], 2).map(item => item.id)).toEqual(['c', 'b']);
	});

	it('keeps the newest 500 by default', () => {
		const many = Array.from({length: 600}, (_, i) => entry(`e${i}`, i));
		const merged = mergeTimeline([], many);
		expect(merged).toHaveLength(500);
		expect(merged[0]?.id).toBe('e599');
	});
});

describe('relativeTime', () => {
	it('reads like k9s ages', () => {
		expect(relativeTime(AT - 12_000, AT)).toBe('12s ago');
		expect(relativeTime(AT - 3 * 60_000, AT)).toBe('3m ago');
		expect(relativeTime(AT + 5000, AT)).toBe('0s ago');
	});
});
