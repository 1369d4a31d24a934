import {describe, expect, it} from 'vitest';
import {filterTyping} from '../../../source/ui/list/list-commands.js';
import {FILTER_LIMIT, initialList, listReducer, type ListState} from '../../../source/ui/list/list-state.js';

const typed = (...texts: string[]): ListState => texts.reduce(
	(list, text) => listReducer(list, {type: 'type-filter', text}),
	listReducer(initialList(), {type: 'start-filter'}),
);

const noProblem = () => null;

describe('the filter line\'s length limit', () => {
	it(`keeps the first ${FILTER_LIMIT} characters of a paste and drops the rest`, () => {
		const list = typed('web ', 'x'.repeat(100_000), 'more');
		expect(list.draft).toBe(`web ${'x'.repeat(FILTER_LIMIT - 4)}`);
		expect(filterTyping(list, action => action, noProblem)?.error).toBe(`filter limited to ${FILTER_LIMIT} characters`);
		// More typing changes nothing, not even the state's identity: nothing is drawn again.
		expect(listReducer(list, {type: 'type-filter', text: 'y'})).toBe(list);
	});

	it('counts characters, not UTF-16 units, and sanitises what it keeps', () => {
		const list = typed('\u001B[31m', '🚀'.repeat(FILTER_LIMIT));
		expect([...list.draft!]).toHaveLength(FILTER_LIMIT);
		expect(list.draft!.startsWith('\uFFFD[31m🚀')).toBe(true);
		expect(list.draft).not.toContain('\u001B');
		expect(list.draft).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/u);
	});

	it('says nothing below the limit, and gives the parse problem after the limit note', () => {
		expect(filterTyping(typed('x'.repeat(FILTER_LIMIT - 1)), action => action, noProblem)?.error).toBeNull();
		const atLimit = typed('x'.repeat(FILTER_LIMIT + 1));
		expect(filterTyping(atLimit, action => action, () => 'a quote is never closed')?.error)
			.toBe(`filter limited to ${FILTER_LIMIT} characters; a quote is never closed`);
		// Backspace makes room again.
		const shorter = listReducer(listReducer(atLimit, {type: 'delete-filter-char'}), {type: 'type-filter', text: 'yz'});
		expect(shorter.draft).toBe(`${'x'.repeat(FILTER_LIMIT - 1)}y`);
	});
});
