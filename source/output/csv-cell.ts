import {sanitize} from '../model/sanitize.js';

// A spreadsheet runs a cell that starts with one of these as a formula; AWS text is untrusted.
const FORMULA_START = /^[=+\-@]/u;

/**
 * One RFC 4180 cell: empty for null; control characters replaced (so a cell never spans lines);
 * text that a spreadsheet would run as a formula prefixed with `'`; quoted when it holds a quote
 * or a comma, its quotes doubled.
 */
export function csvCell(value: string | number | null): string {
	if (value === null) return '';
	const clean = sanitize(String(value));
	const text = typeof value === 'string' && FORMULA_START.test(clean) ? `'${clean}` : clean;
	return /[",]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Records of cells as CSV text: CRLF after every record, the last included. */
export function csvText(records: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
	return records.map((record) => `${record.map(csvCell).join(',')}\r\n`).join('');
}
