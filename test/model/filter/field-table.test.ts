import {describe, expect, it} from 'vitest';
import {defineFieldTable, type FilterField} from '../../../source/model/filter/field-table.js';

const field = (name: string, aliases: string[] = []): FilterField<{value: string}> => ({
	name, aliases, rule: 'substring', plain: true, example: `${name}:x`, description: name, read: row => [row.value],
});

describe('defineFieldTable', () => {
	it('looks fields up by name and alias', () => {
		const table = defineFieldTable([field('name', ['n']), field('other')]);
		expect([...table.index]).toEqual([['name', 0], ['n', 0], ['other', 1]]);
	});

	it.each([
		['a duplicate name', [field('name'), field('name')]],
		['an alias that is another field', [field('name', ['other']), field('other')]],
		['a name the grammar cannot read', [field('ip-v6')]],
		['an upper-case name', [field('Name')]],
	])('refuses %s', (_why, fields) => {
		expect(() => defineFieldTable(fields)).toThrow(/bad filter field name/u);
	});
});
