import {displayWidth} from '../model/format.js';

export interface TextColumn {
	title: string;
	align: 'left' | 'right';
}

/**
 * Aligned plain text: a header line, then one line per row of (already sanitised) cells,
 * columns two spaces apart, padded by display width, each line ending in a newline.
 */
export function renderTextTable(columns: readonly TextColumn[], cells: ReadonlyArray<readonly string[]>): string {
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
