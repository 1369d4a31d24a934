import {describe, expect, it} from 'vitest';
import {
	formatAge, formatHostPorts, formatLaunch, formatStatus, shortTaskId, taskAge,
} from '../../source/model/format.js';
import {makeTaskRow} from '../helpers/task-row.js';

describe('formatAge', () => {
	it.each([
		[0, '0s'], [5_000, '5s'], [59_999, '59s'], [60_000, '1m'], [3 * 60_000 + 59_000, '3m'],
		[3_600_000, '1h'], [23 * 3_600_000, '23h'], [4 * 86_400_000 + 5, '4d'], [-10_000, '0s'],
	])('%i ms reads %s', (ms, text) => {
		expect(formatAge(ms)).toBe(text);
	});

	it('ages a task from createdAt, or startedAt, and is null without either', () => {
		const now = Date.parse('2026-01-15T12:00:00Z');
		expect(taskAge(makeTaskRow({createdAt: '2026-01-15T11:57:00Z', startedAt: '2026-01-15T11:59:00Z'}), now)).toBe('3m');
		expect(taskAge(makeTaskRow({startedAt: '2026-01-15T10:00:00Z'}), now)).toBe('2h');
		expect(taskAge(makeTaskRow({}), now)).toBeNull();
		expect(taskAge(makeTaskRow({createdAt: 'garbage'}), now)).toBeNull();
	});
});

describe('formatStatus', () => {
	it('shows the last status, with the desired one when it differs', () => {
		expect(formatStatus({lastStatus: 'RUNNING', desiredStatus: 'RUNNING', stopCode: null})).toBe('RUNNING');
		expect(formatStatus({lastStatus: 'RUNNING', desiredStatus: 'STOPPED', stopCode: null})).toBe('RUNNING→STOPPED');
		expect(formatStatus({lastStatus: 'PROVISIONING', desiredStatus: 'RUNNING', stopCode: null})).toBe('PROVISIONING→RUNNING');
	});

	it('adds the stop code once stopped', () => {
		expect(formatStatus({lastStatus: 'STOPPED', desiredStatus: 'STOPPED', stopCode: 'EssentialContainerExited'}))
			.toBe('STOPPED EssentialContainerExited');
	});

	it('is null when nothing is known, and sanitises', () => {
		expect(formatStatus({lastStatus: null, desiredStatus: null, stopCode: null})).toBeNull();
		expect(formatStatus({lastStatus: 'RUN\u001B[31mNING', desiredStatus: null, stopCode: null})).toBe('RUN\uFFFD[31mNING');
	});
});

describe('host ports, launch, ids', () => {
	it('writes host port bindings as container→host/protocol', () => {
		expect(formatHostPorts([
			{containerName: 'web', bindIp: '0.0.0.0', containerPort: 80, hostPort: 32768, protocol: 'tcp'},
			{containerName: 'web', bindIp: null, containerPort: 53, hostPort: null, protocol: null},
		])).toBe('80→32768/tcp,53→-');
		expect(formatHostPorts([])).toBeNull();
	});

	it('tells FARGATE_SPOT from FARGATE and EC2', () => {
		expect(formatLaunch({launchType: 'FARGATE', capacityProviderName: 'FARGATE_SPOT'})).toBe('FARGATE_SPOT');
		expect(formatLaunch({launchType: 'FARGATE', capacityProviderName: 'FARGATE'})).toBe('FARGATE');
		expect(formatLaunch({launchType: 'EC2', capacityProviderName: 'my-asg-provider'})).toBe('EC2');
		expect(formatLaunch({launchType: null, capacityProviderName: null})).toBeNull();
	});

	it('shortens task ids to 8 characters', () => {
		expect(shortTaskId('0123456789abcdef0123456789abcdef')).toBe('01234567');
		expect(shortTaskId('abc')).toBe('abc');
	});
});
