import stringWidth from 'string-width';

// The only module that loads string-width: its Intl.Segmenter and emoji pattern cost ~30 ms to
// build, which a snapshot printed as JSON, the command-line parser and `status -o json` never need.

const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});
const PRINTABLE_ASCII = /^[\u0020-\u007E]*$/u;

/**
 * Terminal columns a (sanitised) string occupies, measured as Ink measures it (string-width):
 * CJK, emoji, flags, keycaps and ZWJ sequences count 2, combining marks 0.
 */
export function displayWidth(text: string): number {
	// Nearly every cell is printable ASCII: one column per character, no segmenting.
	return PRINTABLE_ASCII.test(text) ? text.length : stringWidth(text);
}

/** Cuts a string to at most `width` columns, ending in `…` when something was cut. */
export function truncateToWidth(text: string, width: number): string {
	if (width <= 0) return '';
	if (displayWidth(text) <= width) return text;
	let out = '';
	let used = 0;
	// Whole graphemes only: string-width's total is the sum of its graphemes' widths.
	for (const {segment} of segmenter.segment(text)) {
		const w = displayWidth(segment);
		if (used + w > width - 1) break;
		out += segment;
		used += w;
	}
	return `${out}…`;
}

/** Truncates then pads with spaces to exactly `width` columns. */
export function fitToWidth(text: string, width: number, align: 'left' | 'right' = 'left'): string {
	const cut = truncateToWidth(text, width);
	const padding = ' '.repeat(Math.max(0, width - displayWidth(cut)));
	return align === 'left' ? cut + padding : padding + cut;
}
