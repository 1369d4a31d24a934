import {displayWidth, truncateToWidth} from '../model/text-width.js';

export interface TextColumn {
	title: string;
	align: 'left' | 'right';
}

/** The widest a column other than the last gets: a longer cell is cut, ending in `…`. */
export const MAX_COLUMN_WIDTH = 60;

/**
 * Aligned plain text: a header line, then one line per row of (already sanitised) cells,
 * columns two spaces apart, padded by display width, each line ending in a newline. A cell wider
 * than {@link MAX_COLUMN_WIDTH} is cut so that one long value does not pad every line to its
 * length; the last column pads nothing, so it is left whole.
 */
export function renderTextTable(columns: readonly TextColumn[], cells: ReadonlyArray<readonly string[]>): string {
	const last = columns.length - 1;
	const capped = cells.map((line) => line.map((text, index) => (index === last ? text : truncateToWidth(text, MAX_COLUMN_WIDTH))));
	return alignedLines(columns, capped);
}

function alignedLines(columns: readonly TextColumn[], cells: ReadonlyArray<readonly string[]>): string {
	const widths = columns.map((column, index) =>
		Math.max(displayWidth(column.title), ...cells.map((line) => displayWidth(line[index] ?? ''))),
	);
	const render = (line: readonly string[]) =>
		line
			.map((text, index) => {
				const pad = ' '.repeat(Math.max(0, (widths[index] ?? 0) - displayWidth(text)));
				return columns[index]?.align === 'right' ? pad + text : text + pad;
			})
			.join('  ')
			.trimEnd();
	return [columns.map((column) => column.title), ...cells].map(render).join('\n') + '\n';
}
