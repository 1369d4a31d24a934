import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {
	displayWidth, fitToWidth, formatAge, formatHostPorts, formatLaunch, formatStatus, shortTaskId, taskAge, truncateToWidth,
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

describe('display width', () => {
	// What Ink measures with: a cell our width disagrees on overflows its column.
	const PROBES: Array<[string, string, number]> = [
		['ASCII', 'web-7f9c', 8],
		['CJK', '服务', 4],
		['Hangul', '한국어', 6],
		['half-width katakana', 'ｱｲ', 2],
		['emoji', '🚀', 2],
		['emoji with VS16', '❤️', 2],
		['emoji below U+1F300', '✅⌚', 4],
		['text-style pictograph', '☺', 1],
		['flag', '🇯🇵', 2],
		['keycap', '1️⃣', 2],
		['ZWJ family', '👨‍👩‍👧‍👦', 2],
		['skin tone', '👍🏽', 2],
		['combining acute', 'e\u0301', 1],
		['combining marks stacked', 'a\u0301\u0302\u0303', 1],
		['zero-width space', 'a\u200Bb', 2],
		['replacement character', '\uFFFD', 1],
		['mixed', 'api 🇯🇵 v2 服务', 14],
	];

	it.each(PROBES)('measures %s (%s) as %i columns, as string-width does', (_, text, columns) => {
		expect(displayWidth(text)).toBe(columns);
		expect(displayWidth(text)).toBe(stringWidth(text));
	});

	it('truncates by columns with an ellipsis and pads to the exact width', () => {
		expect(truncateToWidth('EssentialContainerExited', 10)).toBe('Essential…');
		expect(truncateToWidth('short', 10)).toBe('short');
		expect(truncateToWidth('服务服务服务', 7)).toBe('服务服…');
		expect(displayWidth(fitToWidth('服务服务服务', 8))).toBe(8);
		expect(fitToWidth('2m', 4, 'right')).toBe('  2m');
		expect(fitToWidth('web', 5)).toBe('web  ');
	});

	it('cuts whole graphemes: a flag, a keycap or a ZWJ family is kept or dropped, never split', () => {
		expect(truncateToWidth('🇯🇵🇯🇵🇯🇵', 5)).toBe('🇯🇵🇯🇵…');
		expect(truncateToWidth('1️⃣2️⃣3️⃣', 4)).toBe('1️⃣…');
		expect(truncateToWidth('👨‍👩‍👧‍👦👨‍👩‍👧‍👦', 3)).toBe('👨‍👩‍👧‍👦…');
		expect(truncateToWidth('e\u0301e\u0301e\u0301', 2)).toBe('e\u0301…');
	});

	it('fits every probe to every width exactly, as string-width measures the result', () => {
		const texts = [...PROBES.map(([, text]) => text), PROBES.map(([, text]) => text).join('')];
		for (const text of texts) {
			for (let width = 0; width <= displayWidth(text) + 2; width++) {
				for (const align of ['left', 'right'] as const) {
					const fitted = fitToWidth(text, width, align);
					expect(stringWidth(fitted), `${JSON.stringify(text)} at ${width} ${align}`).toBe(width);
					expect(stringWidth(truncateToWidth(text, width))).toBeLessThanOrEqual(width);
				}
			}
		}
	});
});
