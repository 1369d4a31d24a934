import type {Filter} from '../../model/filter/filter-types.js';

/** How many filter texts' results are kept: each one typed since the rows last changed, up to this. */
const KEPT = 32;

export interface FilterMemoOptions<Row, Extra> {
	/** The filter a text stands for (the terms before any error). */
	parse(text: string): Filter<Row>;
	/** Whether `narrower` keeps only rows `wider` keeps. */
	narrows(narrower: Filter<Row>, wider: Filter<Row>): boolean;
	/** The rows, in their order, that pass `filter` (with `extra`, e.g. stopped tasks hidden). */
	filter(rows: readonly Row[], filter: Filter<Row>, extra: Extra): Row[];
}

interface Entry<Row> {
	filter: Filter<Row>;
	rows: readonly Row[];
}

/**
 * Filtered rows per filter text, for the rows of the moment: while typing, each character filters
 * only what the text before it kept (when the new text narrows it), and Backspace returns to a
 * text already filtered. The rows and `extra` are compared by identity; when they change, all is
 * forgotten. The order of the rows is kept, so nothing is sorted again.
 */
export function filterMemo<Row, Extra>(options: FilterMemoOptions<Row, Extra>): (rows: readonly Row[], text: string, extra: Extra) => readonly Row[] {
	let base: readonly Row[] | null = null;
	let baseExtra: Extra | undefined;
	const kept = new Map<string, Entry<Row>>();
	return (rows, text, extra) => {
		if (rows !== base || !Object.is(extra, baseExtra)) {
			base = rows;
			baseExtra = extra;
			kept.clear();
		}

		const known = kept.get(text);
		if (known !== undefined) return known.rows;
		const filter = options.parse(text);
		let from = rows;
		for (const entry of kept.values()) {
			if (entry.rows.length < from.length && options.narrows(filter, entry.filter)) from = entry.rows;
		}

		const result = options.filter(from, filter, extra);
		if (kept.size >= KEPT) kept.delete(kept.keys().next().value!);
		kept.set(text, {filter, rows: result});
		return result;
	};
}
