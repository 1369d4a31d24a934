/**
 * The data of the `/` filter grammar, shared by the task grid, the services list and the cluster
 * list. The grammar is in filter-grammar.ts, the matching in filter-match.ts, and each list's
 * fields in its own field table (task-filter.ts, service-filter.ts, cluster-filter.ts).
 */

/**
 * How a field's values are compared with a term's value (both sanitised and lower-cased):
 * - `substring`: the value occurs anywhere in one of the row's values;
 * - `prefix`: one of the row's values starts with it;
 * - `number`: one of the row's values is that number (digits only, leading zeros ignored);
 * - `az`: a single letter is the zone's final letter (`b` is `us-east-1b`), else a substring;
 * - `task-definition`: `42` is the revision number, `web:42` the exact task definition, `web`
 *   the exact family.
 */
export type MatchRule = 'substring' | 'prefix' | 'number' | 'az' | 'task-definition';

/** One term of a filter: a plain word, or `field:value`; `negated` for a leading `!`. */
export type FilterTerm =
	| {kind: 'word'; value: string; negated: boolean; at: number}
	/** `field` is the field's name, never an alias. */
	| {kind: 'field'; field: string; value: string; negated: boolean; at: number};

declare const rowsOf: unique symbol;

/**
 * A parsed filter: every term must hold (AND); no terms keeps every row. Values are sanitised and
 * lower-cased; `at` is where the term starts in the text.
 */
export interface Filter<Row> {
	readonly terms: readonly FilterTerm[];
	/** Type-only (never set): which list's fields the terms name, so filters of two lists do not mix. */
	readonly [rowsOf]?: (row: Row) => void;
}

/**
 * Why a filter text does not parse. `at` is an index into the text (UTF-16 code units, as `slice`
 * counts): the UI measures `text.slice(0, at)` to put a caret under the problem. The model never
 * words an error; the UI does.
 * - `unknown-field`: `foo:bar` (`at` the field name); `known` lists the field names, not aliases.
 * - `empty-value`: `ip:` or `ip:""` (`at` just after the colon).
 * - `invalid-value`: `port:http`, where the field takes a number (`at` the value).
 * - `lone-negation`: a `!` with nothing after it (`at` the `!`).
 * - `unclosed-quote`: `"rolling back` (`at` the opening quote).
 * - `malformed-term`: `!!web` (double-negation), `:web` (missing-field), `we"b` (stray-quote),
 *   `"web"x` (text-after-quote), `""` (empty-quotes); `at` the offending character.
 */
export type FilterError =
	| {kind: 'unknown-field'; field: string; known: readonly string[]; at: number}
	| {kind: 'empty-value'; field: string; at: number}
	| {kind: 'invalid-value'; field: string; value: string; expected: 'number'; at: number}
	| {kind: 'lone-negation'; at: number}
	| {kind: 'unclosed-quote'; at: number}
	| {kind: 'malformed-term'; problem: MalformedProblem; at: number};

export type MalformedProblem = 'double-negation' | 'missing-field' | 'stray-quote' | 'text-after-quote' | 'empty-quotes';

/** What parsing a filter text gives: the filter, or the first error from the left. */
export type ParsedFilter<Row> = {ok: true; filter: Filter<Row>} | {ok: false; error: FilterError};

/** A field as the help text and the README list it. */
export interface FilterFieldInfo {
	name: string;
	aliases: readonly string[];
	rule: MatchRule;
	example: string;
	description: string;
}
