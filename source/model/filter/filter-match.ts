import {fieldValues, plainText, type FieldTable} from './field-table.js';
import type {Filter, FilterTerm, MatchRule} from './filter-types.js';

const DIGITS = /^\d+$/u;
const AZ_LETTER = /^[a-z]$/u;
const LEADING_ZEROS = /^0+(?=\d)/u;

/** Whether a row passes every term of a filter (a filter without terms passes every row). */
export function matchesFilter<Row extends object>(table: FieldTable<Row>, filter: Filter<Row>, row: Row): boolean {
	return filter.terms.every(term => holds(table, term, row) !== term.negated);
}

/** The rows that pass a filter, in their order. */
export function filterRows<Row extends object>(table: FieldTable<Row>, filter: Filter<Row>, rows: readonly Row[]): Row[] {
	return rows.filter(row => matchesFilter(table, filter, row));
}

function holds<Row extends object>(table: FieldTable<Row>, term: FilterTerm, row: Row): boolean {
	if (term.kind === 'word') return plainText(table, row).includes(term.value);
	const index = table.index.get(term.field);
	const field = index === undefined ? undefined : table.fields[index];
	// A term naming another list's field (the types prevent it) matches nothing.
	if (field === undefined || index === undefined) return false;
	return fieldValues(table, row, index).some(value => compare(field.rule, value, term.value));
}

/** One row value against one term value, both normalised (see MatchRule). */
export function compare(rule: MatchRule, value: string, needle: string): boolean {
	switch (rule) {
		case 'substring': return value.includes(needle);
		case 'prefix': return value.startsWith(needle);
		case 'number': return value.replace(LEADING_ZEROS, '') === needle;
		case 'az': return AZ_LETTER.test(needle) ? value.endsWith(needle) : value.includes(needle);
		case 'task-definition': return matchesTaskDefinition(value, needle);
	}
}

/** `42` the revision, `web:42` the task definition, `web` the family; all exactly. */
function matchesTaskDefinition(value: string, needle: string): boolean {
	const [family, revision] = splitRevision(value);
	if (DIGITS.test(needle)) return revision !== null && sameNumber(revision, needle);
	const [wantFamily, wantRevision] = splitRevision(needle);
	if (wantRevision === null) return needle.includes(':') ? value === needle : family === needle;
	return family === wantFamily && revision !== null && sameNumber(revision, wantRevision);
}

/** `web:42` → [`web`, `42`]; a value without a numeric revision → [value, null]. */
function splitRevision(text: string): [string, string | null] {
	const colon = text.lastIndexOf(':');
	const revision = text.slice(colon + 1);
	return colon === -1 || !DIGITS.test(revision) ? [text, null] : [text.slice(0, colon), revision];
}

const sameNumber = (a: string, b: string) => a.replace(LEADING_ZEROS, '') === b.replace(LEADING_ZEROS, '');
