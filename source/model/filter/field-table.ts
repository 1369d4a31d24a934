import {sanitize} from '../sanitize.js';
import type {FilterFieldInfo} from './filter-types.js';

/** One field of a list: what `name:` reads from a row and how it compares. */
export interface FilterField<Row> extends FilterFieldInfo {
	/** Whether plain words search this field's values too. */
	plain: boolean;
	/** The row's values for this field, raw AWS text; null and empty ones are skipped. */
	read: (row: Row) => ReadonlyArray<string | null>;
}

/** A row's values, sanitised and lower-cased on first use: the plain-word text, each field's values. */
interface PreparedRow {
	plain: string | undefined;
	fields: Array<readonly string[] | undefined>;
}

/** The fields of one list, looked up by name or alias, with the per-row cache of their values. */
export interface FieldTable<Row extends object> {
	readonly fields: ReadonlyArray<FilterField<Row>>;
	/** Names and aliases, lower case → index into `fields`. */
	readonly index: ReadonlyMap<string, number>;
	/** Values only plain words search (ARNs, DNS names…). */
	readonly extra: (row: Row) => ReadonlyArray<string | null>;
	/** Each row's normalised values, filled in as terms need them. */
	readonly cache: WeakMap<Row, PreparedRow>;
}

/** A list's field table; names and aliases must be lower-case letters and unique. */
export function defineFieldTable<Row extends object>(
	fields: ReadonlyArray<FilterField<Row>>,
	extra: (row: Row) => ReadonlyArray<string | null> = () => [],
): FieldTable<Row> {
	const index = new Map<string, number>();
	fields.forEach((field, at) => {
		for (const name of [field.name, ...field.aliases]) {
			if (!/^[a-z]+$/u.test(name) || index.has(name)) throw new Error(`bad filter field name: ${name}`);
			index.set(name, at);
		}
	});
	return {fields, index, extra, cache: new WeakMap()};
}

/** What the help text says about each field, in table order. */
export function describeFields<Row extends object>(table: FieldTable<Row>): FilterFieldInfo[] {
	return table.fields.map(({name, aliases, rule, example, description}) => ({name, aliases: [...aliases], rule, example, description}));
}

/** The text plain words search: every plain field's values and the extra ones, one per line. */
export function plainText<Row extends object>(table: FieldTable<Row>, row: Row): string {
	const prepared = preparedRow(table, row);
	if (prepared.plain === undefined) {
		const parts: string[] = [];
		for (const field of table.fields) {
			if (field.plain) pushPresent(parts, field.read(row));
		}

		pushPresent(parts, table.extra(row));
		prepared.plain = joinNormalized(parts);
	}

	return prepared.plain;
}

/** The values of the field at `index` of the table, normalised. */
export function fieldValues<Row extends object>(table: FieldTable<Row>, row: Row, index: number): readonly string[] {
	const prepared = preparedRow(table, row);
	let values = prepared.fields[index];
	if (values === undefined) {
		const present: string[] = [];
		pushPresent(present, table.fields[index]?.read(row) ?? []);
		values = present.map(normalizeText);
		prepared.fields[index] = values;
	}

	return values;
}

// Built once per row and field, not on every key typed into the filter (5,000 rows per key press).
function preparedRow<Row extends object>(table: FieldTable<Row>, row: Row): PreparedRow {
	let prepared = table.cache.get(row);
	if (prepared === undefined) {
		prepared = {plain: undefined, fields: []};
		table.cache.set(row, prepared);
	}

	return prepared;
}

function pushPresent(parts: string[], values: ReadonlyArray<string | null>): void {
	for (const value of values) {
		if (value !== null && value !== '') parts.push(value);
	}
}

const PRINTABLE_ASCII = /^[\u0020-\u007E]*$/u;

// Values are sanitised first, so none contains a newline: a term can never span two values.
function joinNormalized(parts: readonly string[]): string {
	// Nearly always: nothing to sanitise, so one test per row rather than one replace per value.
	if (PRINTABLE_ASCII.test(parts.join(''))) return parts.join('\n').toLowerCase();
	return parts.map(normalizeText).join('\n');
}

/** How both sides of a comparison are compared: what the screen shows (sanitised), lower-cased. */
export function normalizeText(text: string): string {
	return sanitize(text).toLowerCase();
}
