// What makes AWS text unsafe on a terminal, by Unicode property rather than by hand-kept lists.
//
// Marked (shown as a visible `�`): what moves the cursor, breaks a line, reorders the text or
// cannot be encoded: controls (Cc: C0 incl. ESC, BEL, CR, LF, TAB; DEL; C1 incl. CSI and NEL
// U+0085), the bidi marks, embeddings, overrides and isolates (Bidi_Control: U+061C, U+200E,
// U+200F, U+202A–U+202E, U+2066–U+2069), the line and paragraph separators (Zl U+2028, Zp U+2029)
// and lone surrogates (Cs).
//
// Removed (nothing to see, so nothing is shown): the other format characters (Cf: zero-width
// space and non-joiner, word joiner, invisible operators U+2061–U+2064, BOM U+FEFF, Mongolian
// vowel separator U+180E, soft hyphen U+00AD, tag characters…) and every other default-ignorable
// code point (variation selectors, Hangul fillers, combining grapheme joiner…). Terminals disagree
// on their width (some draw a zero-width space as a blank column), which shifts every column after
// them, and they hide text that differs from what is shown. Removing them shows the text the way a
// font would draw it; marking them would turn every soft hyphen of a pasted sentence into `�`.
//
// Kept, as the emoji they belong to (Unicode TS #51): a zero-width joiner between two pictographs
// (the family and rainbow-flag ZWJ sequences), a variation selector after an emoji (red heart,
// keycaps) and the tag characters of a subdivision flag (Scotland). Each sequence draws one glyph,
// measured as such by string-width, and none can act on a terminal. (No literal examples here:
// they would hide the very characters this file is about.)
const KEPT = String.raw`(?<=\p{Extended_Pictographic}\p{Emoji_Modifier}?\uFE0F?)\u200D(?=\p{Extended_Pictographic})`
	+ String.raw`|(?<=\p{Emoji})[\uFE0E\uFE0F]`
	+ String.raw`|(?<=\u{1F3F4}[\u{E0020}-\u{E007E}]*)[\u{E0020}-\u{E007F}]`;
const MARKED = String.raw`[\p{Cc}\p{Bidi_Control}\p{Zl}\p{Zp}\p{Cs}]`;
const INVISIBLE = String.raw`[\p{Cf}\p{Default_Ignorable_Code_Point}]`;
const HAZARD = new RegExp(`(${KEPT})|(${MARKED})|${INVISIBLE}`, 'gu');
const PRINTABLE_ASCII = /^[\u0020-\u007E]*$/u;

/** How an unsafe character is dealt with: `marked` ones are shown as `�`, `invisible` ones removed. */
export type Hazard = 'marked' | 'invisible';

/**
 * `text` with every unsafe character (see above) replaced by what `replace` returns for it;
 * emoji sequences are left whole. The building block of {@link sanitize} and of JSON escaping.
 */
export function replaceHazards(text: string, replace: (char: string, hazard: Hazard) => string): string {
	if (PRINTABLE_ASCII.test(text)) return text;
	return text.replace(HAZARD, (char, kept: string | undefined, marked: string | undefined) => {
		if (kept !== undefined) return char;
		return replace(char, marked === undefined ? 'invisible' : 'marked');
	});
}

const MARK = '\uFFFD';
const toTerminal = (_: string, hazard: Hazard) => (hazard === 'marked' ? MARK : '');

/**
 * Makes an untrusted string (anything that came from AWS) safe to put on a terminal: every control
 * character, line break, line or paragraph separator and bidi control becomes a visible `�`, so
 * nothing can move the cursor, change colours, set the window title, ring the bell, split a line
 * or reorder what is shown; zero-width and other invisible characters are removed.
 */
export function sanitize(text: string): string {
	return replaceHazards(text, toTerminal);
}

/** `text` without its invisible characters (zero-width, soft hyphen, BOM…); controls are left as they are. */
export function removeInvisible(text: string): string {
	return replaceHazards(text, (char, hazard) => (hazard === 'invisible' ? '' : char));
}

// Unicode's mandatory line breaks (UAX #14: BK, CR, LF, NL): what a reader takes for a new line.
const LINE_BREAK = /\r\n|[\n\v\f\r\u0085\u2028\u2029]/u;

/** The first line of an untrusted multi-line text, sanitised; NEL, U+2028 and U+2029 end a line too. */
export function firstLine(text: string): string {
	const [line = ''] = text.split(LINE_BREAK, 1);
	return sanitize(line);
}
