import {describe, expect, it} from 'vitest';
import {HIGHLIGHT_MS, holdChangeMarks, isHighlighted, nextHighlightExpiry, updateChangeMarks} from '../../source/model/change-marks.js';
import type {ChangeMark} from '../../source/model/task-diff-types.js';

const AT = 1_000_000;
const NO_CHANGE = {appeared: [], changed: new Map(), stopped: [], vanished: []};

describe('a change highlight held until the next poll', () => {
	const marks = new Map<string, ChangeMark>([
		['now', {kind: 'changed', fields: ['lastStatus'], at: AT}],
		['before', {kind: 'appeared', fields: [], at: AT - 5000}],
		['gone', {kind: 'missing', fields: [], at: AT - 5000}],
	]);
	const held = holdChangeMarks(marks, AT, AT + 28_000);

	it('holds only the marks of the poll that saw the change', () => {
		expect(held.get('now')?.until).toBe(AT + 28_000);
		expect(held.get('before')?.until).toBeUndefined();
		expect(held.get('gone')?.until).toBeUndefined();
		// Nothing to hold beyond the fixed fade: the same map.
		expect(holdChangeMarks(marks, AT, AT + HIGHLIGHT_MS)).toBe(marks);
	});

	it('stays highlighted past the fixed fade until then, and says when it fades', () => {
		const mark = held.get('now');
		expect(isHighlighted(mark, AT + HIGHLIGHT_MS + 1, HIGHLIGHT_MS)).toBe(true);
		expect(isHighlighted(mark, AT + 27_999, HIGHLIGHT_MS)).toBe(true);
		expect(isHighlighted(mark, AT + 28_000, HIGHLIGHT_MS)).toBe(false);
		expect(nextHighlightExpiry(new Map([['now', mark!]]), AT + 10_000)).toBe(AT + 28_000);
	});

	it('survives the pruning of the next poll while held', () => {
		const next = updateChangeMarks(held, NO_CHANGE, AT + 26_000, HIGHLIGHT_MS);
		expect(next.has('now')).toBe(true);
		expect(next.has('before')).toBe(false);
		expect(updateChangeMarks(held, NO_CHANGE, AT + 28_000, HIGHLIGHT_MS).has('now')).toBe(false);
	});
});
