import type {Tone} from '../theme.js';

/** A column of a list screen's table. */
export interface TableColumn<R> {
	title: string;
	/** Columns when there is room enough; a `flex` column also takes what is left over. */
	width: number;
	align?: 'left' | 'right';
	/** Columns with a lower number are dropped first when the terminal is narrow; never when absent. */
	drop?: number;
	flex?: boolean;
	/** The cell's text (sanitised), or null for a missing value. */
	cell(row: R, now: number): string | null;
	tone?(row: R): Tone | undefined;
}

export const TABLE_GAP = 1;
/** The selection marker column: `>` and a space. */
export const TABLE_MARKER = 2;

function used(columns: ReadonlyArray<TableColumn<unknown>>): number {
	return TABLE_MARKER + columns.reduce((sum, column) => sum + column.width, 0) + TABLE_GAP * Math.max(0, columns.length - 1);
}

/** The columns that fit `width`, dropped by their `drop` rank, with the room left given to the flexible ones. */
export function fitColumns<R>(columns: ReadonlyArray<TableColumn<R>>, width: number): Array<TableColumn<R>> {
	let kept = [...columns];
	const ranks = [...new Set(columns.flatMap(column => (column.drop === undefined ? [] : [column.drop])))].sort((a, b) => a - b);
	for (const rank of ranks) {
		if (used(kept as ReadonlyArray<TableColumn<unknown>>) <= width) break;
		kept = kept.filter(column => column.drop !== rank);
	}

	const flexible = kept.filter(column => column.flex === true);
	let spare = width - used(kept as ReadonlyArray<TableColumn<unknown>>);
	if (spare < 0 || flexible.length === 0) return kept;
	const share = Math.floor(spare / flexible.length);
	return kept.map(column => {
		if (column.flex !== true) return column;
		const extra = column === flexible.at(-1) ? spare : share;
		spare -= extra;
		return {...column, width: column.width + extra};
	});
}
