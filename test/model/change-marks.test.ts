import {describe, expect, it} from 'vitest';
import {HIGHLIGHT_MS, isHighlighted, updateChangeMarks} from '../../source/model/change-marks.js';
import type {ChangeMark, TaskDiff, WatchedField} from '../../source/model/task-diff-types.js';

const diff = (parts: Partial<{appeared: string[]; changed: Array<[string, WatchedField[]]>; stopped: string[]; vanished: string[]}>): TaskDiff => ({
	appeared: parts.appeared ?? [],
	changed: new Map(parts.changed ?? []),
	stopped: parts.stopped ?? [],
	vanished: parts.vanished ?? [],
});

describe('updateChangeMarks', () => {
	it('marks appeared, changed and stopped tasks at the poll time', () => {
		const marks = updateChangeMarks(new Map(), diff({
			appeared: ['a'], changed: [['b', ['healthStatus']], ['c', ['lastStatus']]], stopped: ['c'],
		}), 1000, HIGHLIGHT_MS);
		expect(marks).toEqual(new Map<string, ChangeMark>([
			['a', {kind: 'appeared', fields: [], at: 1000}],
			['b', {kind: 'changed', fields: ['healthStatus'], at: 1000}],
			['c', {kind: 'stopped', fields: ['lastStatus'], at: 1000}],
		]));
	});

	it('keeps recent marks, drops old ones and those of vanished tasks, without touching the input', () => {
		const input = new Map<string, ChangeMark>([
			['old', {kind: 'appeared', fields: [], at: 0}],
			['recent', {kind: 'changed', fields: ['eniId'], at: 5000}],
			['gone', {kind: 'changed', fields: ['eniId'], at: 5000}],
		]);
		const marks = updateChangeMarks(input, diff({vanished: ['gone']}), 6000, 6000);
		expect([...marks.keys()]).toEqual(['recent']);
		expect(input.size).toBe(3);
	});

	it('replaces an earlier mark with the newer change', () => {
		const first = updateChangeMarks(new Map(), diff({appeared: ['a']}), 1000, HIGHLIGHT_MS);
		const second = updateChangeMarks(first, diff({changed: [['a', ['privateIpv4']]]}), 3000, HIGHLIGHT_MS);
		expect(second.get('a')).toEqual({kind: 'changed', fields: ['privateIpv4'], at: 3000});
	});

	it('keeps a stopped task marked stopped when a detail changes afterwards', () => {
		const first = updateChangeMarks(new Map(), diff({changed: [['a', ['lastStatus']]], stopped: ['a']}), 1000, HIGHLIGHT_MS);
		const second = updateChangeMarks(first, diff({changed: [['a', ['attachmentStatus']]]}), 2000, HIGHLIGHT_MS);
		expect(second.get('a')).toEqual({kind: 'stopped', fields: ['attachmentStatus'], at: 2000});
	});
});

describe('isHighlighted', () => {
	const mark: ChangeMark = {kind: 'changed', fields: ['lastStatus'], at: 10_000};
	it('highlights a mark until highlightMs have passed', () => {
		expect(isHighlighted(mark, 10_000, HIGHLIGHT_MS)).toBe(true);
		expect(isHighlighted(mark, 10_000 + HIGHLIGHT_MS - 1, HIGHLIGHT_MS)).toBe(true);
		expect(isHighlighted(mark, 10_000 + HIGHLIGHT_MS, HIGHLIGHT_MS)).toBe(false);
	});

	it('does not highlight a row without a mark', () => {
		expect(isHighlighted(undefined, 0, HIGHLIGHT_MS)).toBe(false);
	});
});
