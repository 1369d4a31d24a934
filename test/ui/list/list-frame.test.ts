import {describe, expect, it} from 'vitest';
import {resolveListFrame, selectAt} from '../../../source/ui/list/list-frame.js';
import {initialList, listReducer} from '../../../source/ui/list/list-state.js';

const keys = ['a', 'b', 'c', 'd', 'e', 'f'];

describe('a list\'s cursor', () => {
	it('follows the selected row when the rows change order', () => {
		const list = listReducer(initialList(), selectAt(resolveListFrame(initialList(), keys, 3), 2, 1));
		expect(resolveListFrame(list, keys, 3).cursor).toBe(2);
		expect(resolveListFrame(list, ['f', 'e', 'c', 'a'], 3).cursor).toBe(2);
		expect(resolveListFrame(list, ['c', 'f', 'e', 'a'], 3).cursor).toBe(0);
	});

	it('lands on the nearest remembered neighbour when the selected row is gone, below first', () => {
		const list = listReducer(initialList(), selectAt(resolveListFrame(initialList(), keys, 3), 2, 1));
		expect(resolveListFrame(list, ['a', 'b', 'd', 'e'], 3).cursor).toBe(2); // d took c's place
		expect(resolveListFrame(list, ['a', 'b', 'e'], 3).cursor).toBe(2);
		expect(resolveListFrame(list, ['a', 'b'], 3).cursor).toBe(1);
		expect(resolveListFrame(list, ['x', 'y', 'z', 'w'], 3).cursor).toBe(2); // no neighbour left: same place
		expect(resolveListFrame(list, [], 3).cursor).toBe(-1);
	});

	it('scrolls only as far as needed, skipping lines that cannot be selected', () => {
		const headers = (index: number) => index !== 0 && index !== 3;
		const frame = resolveListFrame(initialList(), keys, 2, headers);
		expect(frame.cursor).toBe(1);
		const down = selectAt(frame, frame.cursor + 2, 1);
		expect(down).toMatchObject({key: 'e', index: 4, scrollOffset: 3});
		const up = selectAt(resolveListFrame(listReducer(initialList(), down), keys, 2, headers), 2, -1);
		expect(up).toMatchObject({key: 'c', scrollOffset: 2});
	});
});

describe('a list\'s filter line', () => {
	it('types a draft, keeps it on Enter, cancels back to the kept one on Esc, and clears', () => {
		let list = listReducer(initialList(), {type: 'start-filter'});
		for (const text of ['w', 'e', 'b']) list = listReducer(list, {type: 'type-filter', text});
		list = listReducer(list, {type: 'delete-filter-char'});
		expect(list.draft).toBe('we');
		list = listReducer(list, {type: 'apply-filter', valid: true});
		expect(list).toMatchObject({filter: 'we', draft: null});
		list = listReducer(listReducer(list, {type: 'start-filter'}), {type: 'type-filter', text: 'x'});
		list = listReducer(list, {type: 'cancel-filter'});
		expect(list).toMatchObject({filter: 'we', draft: null});
		expect(listReducer(list, {type: 'clear-filter'}).filter).toBe('');
	});

	it('neutralises control characters typed or pasted into it', () => {
		const list = listReducer(listReducer(initialList(), {type: 'start-filter'}), {type: 'type-filter', text: 'a\u001B[2Jb'});
		expect(list.draft).not.toContain('\u001B');
	});
});
