import {describe, expect, it} from 'vitest';
import {stopReason} from '../../source/model/stop-reason.js';
import type {ContainerRow, TaskRow} from '../../source/model/task-row.js';
import {toTaskRow} from '../../source/model/to-task-row.js';
import {loadDescribeTasks, TASK_FIXTURES} from '../helpers/fixtures.js';
import {makeTaskRow} from '../helpers/task-row.js';

const container = (overrides: Partial<ContainerRow>): ContainerRow => ({
	name: 'app', image: null, runtimeId: null, lastStatus: 'STOPPED', healthStatus: null, exitCode: null, reason: null, privateIpv4: null, ipv6: null, ports: [], ...overrides,
});
const stopped = (overrides: Partial<TaskRow>) => makeTaskRow({lastStatus: 'STOPPED', desiredStatus: 'STOPPED', ...overrides});

describe('stopReason', () => {
	it('says nothing about the running and pending tasks of the real fixtures', () => {
		for (const fixture of TASK_FIXTURES) {
			for (const task of loadDescribeTasks(fixture).tasks ?? []) {
				expect(stopReason(toTaskRow(task))).toBeNull();
			}
		}
	});

	it('names the stop code and the failing container’s exit code and reason', () => {
		const row = stopped({
			stopCode: 'EssentialContainerExited',
			stoppedReason: 'Essential container in task exited',
			containers: [
				container({name: 'sidecar', exitCode: 0}),
				container({name: 'app', exitCode: 137, reason: 'OutOfMemoryError: Container killed due to memory usage'}),
			],
		});
		expect(stopReason(row)).toBe('EssentialContainerExited: exit 137 OutOfMemoryError: Container killed due to memory usage');
	});

	it('uses a container reason without an exit code', () => {
		const row = stopped({
			stopCode: 'TaskFailedToStart',
			stoppedReason: 'CannotPullContainerError: pull image manifest has been retried 5 time(s)',
			containers: [container({reason: 'CannotPullContainerError: ref not found'})],
		});
		expect(stopReason(row)).toBe('TaskFailedToStart: CannotPullContainerError: ref not found');
	});

	it('falls back to the first line of stoppedReason when every container exited cleanly', () => {
		const row = stopped({
			stopCode: 'ServiceSchedulerInitiated',
			stoppedReason: 'Task failed ELB health checks in (target-group arn:aws:…)\nsecond line',
			containers: [container({exitCode: 0})],
		});
		expect(stopReason(row)).toBe('ServiceSchedulerInitiated: Task failed ELB health checks in (target-group arn:aws:…)');
	});

	it('prefers the scheduler\'s or user\'s reason to the SIGTERM exit code of a task stopped from outside', () => {
		const row = makeTaskRow({
			lastStatus: 'STOPPED', desiredStatus: 'STOPPED', stopCode: 'ServiceSchedulerInitiated',
			stoppedReason: 'Task failed container health checks',
			containers: [container({name: 'app', exitCode: 143}), container({name: 'envoy', exitCode: 143})],
		});
		expect(stopReason(row)).toBe('ServiceSchedulerInitiated: Task failed container health checks');
		expect(stopReason({...row, stoppedReason: null})).toBe('ServiceSchedulerInitiated: exit 143');
	});

	it('explains a task that is still stopping', () => {
		const row = makeTaskRow({lastStatus: 'RUNNING', desiredStatus: 'STOPPED', stopCode: 'UserInitiated', stoppedReason: 'Task stopped by user'});
		expect(stopReason(row)).toBe('UserInitiated: Task stopped by user');
	});

	it('gives the stop code alone, the reason alone, or null when that is all there is', () => {
		expect(stopReason(stopped({stopCode: 'SpotInterruption'}))).toBe('SpotInterruption');
		expect(stopReason(stopped({stoppedReason: 'Scaling activity initiated by (deployment ecs-svc/1)'}))).toBe('Scaling activity initiated by (deployment ecs-svc/1)');
		expect(stopReason(stopped({}))).toBeNull();
	});

	it('sanitises escape sequences and keeps only the first line', () => {
		const row = stopped({stopCode: 'UserInitiated\u001B[31m', stoppedReason: 'bye\u0007 now\r\n\u001B]0;pwned\u0007'});
		expect(stopReason(row)).toBe('UserInitiated\uFFFD[31m: bye\uFFFD now');
	});
});

describe('stopReason of a task that never started', () => {
	it('names CannotPullContainerError from the real fixture, without its trailing newline', () => {
		const [raw] = loadDescribeTasks('task-stopped-taskfailedtostart-cannotpull.placebo.json').tasks ?? [];
		expect(stopReason(toTaskRow(raw ?? {}))).toBe('TaskFailedToStart: CannotPullContainerError: API error (500): Get https://registry-1.docker.io/v2/: net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)');
	});

	it('drops a trailing newline (and whatever follows it) from a container reason', () => {
		const row = stopped({stopCode: 'TaskFailedToStart', stoppedReason: 'Task failed to start', containers: [container({reason: 'CannotPullContainerError: pull access denied\n'})]});
		expect(stopReason(row)).toBe('TaskFailedToStart: CannotPullContainerError: pull access denied');
		const crlf = stopped({stopCode: 'TaskFailedToStart', containers: [container({reason: 'CannotPullContainerError: ref not found\r\nretrying'})]});
		expect(stopReason(crlf)).toBe('TaskFailedToStart: CannotPullContainerError: ref not found');
	});
});
