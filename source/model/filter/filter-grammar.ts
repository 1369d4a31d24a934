import {normalizeText, type FieldTable} from './field-table.js';
import {scanToken, type Token} from './filter-scan.js';
import type {FilterError, FilterTerm, ParsedFilter} from './filter-types.js';

/** The terms of a filter text, up to its first error (null when there is none). */
export interface ScannedTerms {
	terms: FilterTerm[];
	error: FilterError | null;
}

type Step = {term: FilterTerm} | {error: FilterError};

const LETTERS = /^[a-z]+$/iu;
const DIGITS = /^\d+$/u;
const ADDRESS = /^[\d.:a-f]+$/iu;
const LEADING_ZEROS = /^0+(?=\d)/u;

/**
 * Parses a filter text against a list's fields: whitespace-separated terms, all of which must
 * hold; `field:value` narrows one field; a leading `!` negates a term; `"…"` quotes a value with
 * spaces (or a plain word with a colon in it). Never throws: errors are returned, leftmost first.
 */
export function parseFilter<Row extends object>(table: FieldTable<Row>, text: string): ParsedFilter<Row> {
	const {terms, error} = scanTerms(table, text);
	return error === null ? {ok: true, filter: {terms}} : {ok: false, error};
}

/** Like {@link parseFilter}, but keeps the terms before the first error. */
export function scanTerms<Row extends object>(table: FieldTable<Row>, text: string): ScannedTerms {
	const terms: FilterTerm[] = [];
	let at = 0;
	for (;;) {
		const scanned = scanToken(text, at);
		if (scanned === null) return {terms, error: null};
		if ('error' in scanned) return {terms, error: scanned.error};
		const step = toTerm(table, scanned.token);
		if ('error' in step) return {terms, error: step.error};
		terms.push(step.term);
		at = scanned.next;
	}
}

function toTerm<Row extends object>(table: FieldTable<Row>, token: Token): Step {
	switch (token.kind) {
		case 'quoted': return wordTerm(token);
		case 'quoted-value': return fieldTerm(table, token, token.field, token.fieldAt, token.text, token.textAt - 1);
		case 'bare': break;
	}

	const {text, textAt} = token;
	const colon = text.indexOf(':');
	if (colon === -1) return wordTerm(token);
	const name = text.slice(0, colon);
	const value = text.slice(colon + 1);
	if (name === '') return ADDRESS.test(text) ? wordTerm(token) : {error: {kind: 'malformed-term', problem: 'missing-field', at: textAt}};
	if (!LETTERS.test(name)) return wordTerm(token);
	if (!table.index.has(name.toLowerCase()) && readsAsPlainWord(text, value)) return wordTerm(token);
	return fieldTerm(table, token, name, textAt, value, textAt + colon + 1);
}

function wordTerm(token: Token): Step {
	return {term: {kind: 'word', value: normalizeText(token.text), negated: token.negated, at: token.at}};
}

/**
 * Whether `name:value` with an unknown name is a plain word after all: a task definition
 * (`web:42`) or an IPv6 address (`fe80::1`, `dead:beef:1::5`), which plain words have always found.
 */
function readsAsPlainWord(text: string, value: string): boolean {
	if (DIGITS.test(value)) return true;
	return ADDRESS.test(text) && (text.includes('::') || value.includes(':'));
}

function fieldTerm<Row extends object>(table: FieldTable<Row>, token: Token, name: string, nameAt: number, value: string, valueAt: number): Step {
	const index = table.index.get(name.toLowerCase());
	const field = index === undefined ? undefined : table.fields[index];
	if (field === undefined) {
		return {error: {kind: 'unknown-field', field: name, known: table.fields.map(each => each.name), at: nameAt}};
	}

	if (value === '') return {error: {kind: 'empty-value', field: field.name, at: valueAt}};
	if (field.rule === 'number' && !DIGITS.test(value)) {
		return {error: {kind: 'invalid-value', field: field.name, value, expected: 'number', at: valueAt}};
	}

	const needle = field.rule === 'number' ? value.replace(LEADING_ZEROS, '') : normalizeText(value);
	return {term: {kind: 'field', field: field.name, value: needle, negated: token.negated, at: token.at}};
}
