import {describe, expect, it} from 'vitest';
import {nextSelectionIndex, scrollToCursor} from '../../source/model/selection.js';

describe('nextSelectionIndex', () => {
	it('follows the selected ARN when rows reorder or are added', () => {
		expect(nextSelectionIndex(['a', 'b', 'c'], 'b', ['c', 'x', 'a', 'b'], 1)).toBe(3);
	});

	it('moves to the row that took the place of a removed one', () => {
		expect(nextSelectionIndex(['a', 'b', 'c', 'd'], 'b', ['a', 'c', 'd'], 1)).toBe(1);
	});

	it('moves up when the last row vanished', () => {
		expect(nextSelectionIndex(['a', 'b', 'c'], 'c', ['a', 'b'], 2)).toBe(1);
	});

	it('skips neighbours that vanished too', () => {
		expect(nextSelectionIndex(['a', 'b', 'c', 'd', 'e'], 'c', ['e', 'a'], 2)).toBe(0);
		expect(nextSelectionIndex(['a', 'b', 'c', 'd', 'e'], 'c', ['e', 'b'], 2)).toBe(1);
	});

	it('clamps the old index when nothing survived, and is -1 with no rows', () => {
		expect(nextSelectionIndex(['a', 'b', 'c'], 'c', ['x', 'y'], 2)).toBe(1);
		expect(nextSelectionIndex(['a'], 'a', [], 0)).toBe(-1);
		expect(nextSelectionIndex([], null, ['a', 'b'], 0)).toBe(0);
	});
});

describe('scrollToCursor', () => {
	it('keeps the offset while the cursor is visible', () => {
		expect(scrollToCursor(5, 7, 10, 100)).toBe(5);
	});

	it('scrolls minimally to reveal the cursor', () => {
		expect(scrollToCursor(5, 15, 10, 100)).toBe(6);
		expect(scrollToCursor(5, 3, 10, 100)).toBe(3);
	});

	it('leaves no empty space below the last row', () => {
		expect(scrollToCursor(50, 55, 10, 58)).toBe(48);
		expect(scrollToCursor(3, 1, 10, 4)).toBe(0);
	});
});
