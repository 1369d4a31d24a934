import type {FieldTable} from './field-table.js';
import type {Filter, FilterTerm} from './filter-types.js';

/**
 * Whether every row `term` keeps is kept by `wider` too, judged from the terms alone: the same
 * term, or (typing on) a longer word that contains the shorter, a longer prefix that starts with
 * the shorter. Negated terms go the other way: `!web` keeps fewer rows than `!webx`.
 */
function implies<Row extends object>(table: FieldTable<Row>, term: FilterTerm, wider: FilterTerm): boolean {
	if (term.negated !== wider.negated) return false;
	const [long, short] = term.negated ? [wider.value, term.value] : [term.value, wider.value];
	if (term.kind === 'word' || wider.kind === 'word') return term.kind === wider.kind && long.includes(short);
	if (term.field !== wider.field) return false;
	if (term.value === wider.value) return true;
	const index = table.index.get(term.field);
	const rule = index === undefined ? undefined : table.fields[index]?.rule;
	if (rule === 'substring') return long.includes(short);
	if (rule === 'prefix') return long.startsWith(short);
	// `number`, `az` and `task-definition` are not monotonic: `rev:1` does not keep what `rev:12` keeps.
	return false;
}

/**
 * Whether `narrower` keeps only rows `wider` keeps (every term of `wider` is implied by one of
 * `narrower`'s), so that it can filter `wider`'s result instead of every row. False when unsure.
 */
export function narrows<Row extends object>(table: FieldTable<Row>, narrower: Filter<Row>, wider: Filter<Row>): boolean {
	return wider.terms.every(old => narrower.terms.some(term => implies(table, term, old)));
}
