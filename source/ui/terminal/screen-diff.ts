import stringWidth from 'string-width';

/** The terminal's size in cells. */
export interface ScreenSize {
	columns: number;
	rows: number;
}

const CSI = '\u001B[';
const ERASE_TO_END_OF_LINE = `${CSI}K`;

/** Moves the cursor to a 0-based row, first column. */
const rowStart = (row: number) => `${CSI}${row + 1};1H`;

/**
 * A line drawn at `row`, then the rest of the row cleared. A line as wide as the terminal is not
 * followed by the erase: the cursor then waits on the last column, and erasing from there would
 * take the line's last character with it.
 */
function drawLine(row: number, line: string, columns: number): string {
	return rowStart(row) + line + (stringWidth(line) >= columns ? '' : ERASE_TO_END_OF_LINE);
}

/**
 * The bytes that turn a screen showing `previous` (null: unknown, after a start or a resize) into
 * one showing `next`, with absolute cursor addressing: only the rows whose text changed are written,
 * and rows the frame no longer reaches are cleared. Lines past the terminal's last row are not drawn
 * (writing there would scroll the screen). Every line must close its own styles, as Ink's do.
 */
export function screenUpdate(previous: readonly string[] | null, next: readonly string[], size: ScreenSize): string {
	const rows = Math.min(Math.max(next.length, previous?.length ?? size.rows), size.rows);
	let bytes = '';
	for (let row = 0; row < rows; row++) {
		const line = next[row];
		if (previous !== null && line === previous[row]) continue;
		if (line === undefined) {
			// Below the frame: nothing to draw, only what was there to clear.
			if (previous === null || previous[row] !== '') bytes += rowStart(row) + ERASE_TO_END_OF_LINE;
			continue;
		}

		bytes += drawLine(row, line, size.columns);
	}

	return bytes;
}
