import stringWidth from 'string-width';

const CSI = '\u001B[';
const ERASE_TO_END_OF_LINE = `${CSI}K`;
const RESET_STYLE = `${CSI}0m`;
const END_LINK = '\u001B]8;;\u0007';

/** Moves the cursor to a 0-based row and column. */
const cursorTo = (row: number, column = 0) => `${CSI}${row + 1};${column + 1}H`;

/**
 * A line drawn whole at `row`, then the rest of the row cleared. A line as wide as the terminal is
 * not followed by the erase: the cursor then waits on the last column, and erasing from there would
 * take the line's last character with it.
 */
export function drawLine(row: number, line: string, columns: number): string {
	return cursorTo(row) + line + (stringWidth(line) >= columns ? '' : ERASE_TO_END_OF_LINE);
}

/** One column of a line: what it shows, in which style, and where its character is in the line's text. */
interface Cell {
	/** Character and style: two cells with the same key look the same. */
	key: string;
	/** The SGR parameters in force, in the order they were set. */
	sgr: readonly string[];
	/** The OSC 8 sequence of the link in force, or ''. */
	link: string;
	/** The character's offsets in the line (both halves of a wide character share them). */
	start: number;
	end: number;
}

const BLANK_KEY = ' ';

// eslint-disable-next-line no-control-regex
const TOKEN = /\u001B\[([\d;:]*)m|(\u001B\]8;[^;\u0007\u001B]*;([^\u0007\u001B]*)(?:\u0007|\u001B\\))|([\u0000-\u001F\u007F])|([^\u0000-\u001F\u007F]+)/gu;
const segmenter = new Intl.Segmenter();
const ASCII = /^[\u0020-\u007E]*$/u;

/** Which attribute an SGR code sets or clears: a code replaces those of its group. */
function sgrGroups(code: number): readonly string[] {
	if (code === 22) return ['bold', 'dim'];
	if (code === 1) return ['bold'];
	if (code === 2) return ['dim'];
	if ((code >= 30 && code <= 39) || (code >= 90 && code <= 97)) return ['fg'];
	if ((code >= 40 && code <= 49) || (code >= 100 && code <= 107)) return ['bg'];
	const pairs: Record<number, string> = {3: 'italic', 23: 'italic', 4: 'underline', 21: 'underline', 24: 'underline', 5: 'blink', 25: 'blink', 7: 'inverse', 27: 'inverse', 8: 'hidden', 28: 'hidden', 9: 'strike', 29: 'strike', 58: 'underline-colour', 59: 'underline-colour'};
	return [pairs[code] ?? String(code)];
}

/** Codes that only end an attribute. */
const CLOSING = new Set([22, 23, 24, 25, 27, 28, 29, 39, 49, 59]);

function applySgr(active: readonly string[], parameters: string): string[] | null {
	if (parameters.includes(':')) return null;
	const codes = parameters === '' ? ['0'] : parameters.split(';');
	let next = [...active];
	for (let index = 0; index < codes.length; index++) {
		const code = Number(codes[index]);
		if (code === 0) {
			next = [];
			continue;
		}

		let parameter = String(code);
		if (code === 38 || code === 48 || code === 58) {
			// 38;5;n and 38;2;r;g;b set one colour.
			const length = codes[index + 1] === '5' ? 2 : 4;
			parameter = codes.slice(index, index + 1 + length).join(';');
			index += length;
		}

		const groups = sgrGroups(code);
		next = next.filter(kept => !groups.some(group => sgrGroups(Number(kept.split(';')[0])).includes(group)));
		if (!CLOSING.has(code)) next.push(parameter);
	}

	return next;
}

/**
 * The cells a line shows from the first column, or null for a line this diff does not understand
 * (an escape sequence other than SGR and OSC 8 links, a control character, a zero-width character):
 * such a line is drawn whole.
 */
function cellsOf(line: string): Cell[] | null {
	const known = parsed.get(line);
	if (known !== undefined) return known;
	// The lines of the last few frames: a frame's rows are compared several ways.
	if (parsed.size > 1000) parsed.clear();
	const cells = parseCells(line);
	parsed.set(line, cells);
	return cells;
}

const parsed = new Map<string, Cell[] | null>();

function parseCells(line: string): Cell[] | null {
	const cells: Cell[] = [];
	let sgr: string[] = [];
	let link = '';
	for (const match of line.matchAll(TOKEN)) {
		const [, parameters, osc, url, control, text] = match;
		if (control !== undefined) return null;
		if (parameters !== undefined) {
			const next = applySgr(sgr, parameters);
			if (next === null) return null;
			sgr = next;
		} else if (osc !== undefined) {
			link = url === '' ? '' : osc;
		} else if (text !== undefined) {
			const style = `${sgr.toSorted().join(';')}|${link}`;
			// Printable ASCII: a cell per character, without asking each one's width.
			const graphemes = ASCII.test(text) ? [...text].map((segment, index) => ({segment, index})) : segmenter.segment(text);
			for (const {segment, index} of graphemes) {
				const width = stringWidth(segment);
				if (width === 0 || width > 2) return null;
				const start = match.index + index;
				const cell = {key: style === '|' && segment === ' ' ? BLANK_KEY : `${segment}\u0000${style}`, sgr, link, start, end: start + segment.length};
				cells.push(cell);
				if (width === 2) cells.push({...cell, key: `\u0000${style}`});
			}
		}
	}

	return cells;
}

const keyAt = (cells: readonly Cell[], column: number) => cells[column]?.key ?? BLANK_KEY;

/**
 * The bytes that turn row `row`, showing `shown` (drawn whole from the first column, as every line
 * of a frame is), into `next`: only the columns from the first that differs to the last that
 * differs are written, their styles opened before them and closed after, or the row is cleared from
 * where `next` ends when it is shorter; the whole line when that is no longer or a line cannot be read
 * cell by cell. '' when nothing differs.
 */
export function lineUpdate(row: number, shown: string, next: string, columns: number): string {
	if (shown === next) return '';
	const whole = drawLine(row, next, columns);
	const before = cellsOf(shown);
	const after = cellsOf(next);
	if (before === null || after === null || after.length > columns) return whole;

	const width = Math.min(columns, Math.max(before.length, after.length));
	let first = 0;
	while (first < width && keyAt(before, first) === keyAt(after, first)) first++;
	if (first === width) return '';
	let last = width - 1;
	while (last > first && keyAt(before, last) === keyAt(after, last)) last--;

	// Both halves of a wide character are drawn from its first.
	while (first > 0 && after[first] !== undefined && after[first - 1]?.start === after[first]!.start) first--;
	const erase = last >= after.length;
	const drawTo = Math.min(last, after.length - 1);
	let bytes = cursorTo(row, first);
	if (first <= drawTo) {
		const start = after[first]!;
		const end = after[drawTo]!;
		bytes += (start.sgr.length > 0 ? `${CSI}${start.sgr.join(';')}m` : '') + start.link;
		bytes += next.slice(start.start, end.end);
		bytes += (end.sgr.length > 0 ? RESET_STYLE : '') + (end.link === '' ? '' : END_LINK);
	}

	if (erase) bytes += ERASE_TO_END_OF_LINE;
	return bytes.length < whole.length ? bytes : whole;
}
