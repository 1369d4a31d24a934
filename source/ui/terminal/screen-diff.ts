import {drawLine, lineUpdate} from './line-diff.js';
import {planRowMoves} from './row-moves.js';

/** The terminal's size in cells. */
export interface ScreenSize {
	columns: number;
	rows: number;
}

/**
 * The bytes that turn a screen showing `previous` (null: unknown, after a start or a resize) into
 * one showing `next`, with absolute cursor addressing: blocks of rows that only moved (a line
 * inserted above a list, a row that left it) are scrolled into place where that is cheaper than
 * drawing them (see planRowMoves), then in each row that still differs only the cells that changed
 * are written (see lineUpdate), and rows the frame no longer reaches are cleared. Lines past the
 * terminal's last row are not drawn (writing there would scroll the screen). Every line must close
 * its own styles, as Ink's do.
 */
export function screenUpdate(previous: readonly string[] | null, next: readonly string[], size: ScreenSize): string {
	const target = Array.from({length: size.rows}, (_, row) => next[row] ?? '');
	if (previous === null) return target.map((line, row) => drawLine(row, line, size.columns)).join('');
	// Rows below a frame were cleared when it was drawn.
	const shown = Array.from({length: size.rows}, (_, row) => previous[row] ?? '');
	const update = (row: number, from: string, to: string) => lineUpdate(row, from, to, size.columns);
	const moves = planRowMoves(shown, target, update);
	return moves.bytes + target.map((line, row) => update(row, moves.rows[row]!, line)).join('');
}
