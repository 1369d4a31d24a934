/** A value JSON can represent, as JSON.parse returns it. */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | {readonly [key: string]: JsonValue};

// What could move the cursor, reorder or hide text, or make a line's width differ from what it
// shows: controls (Cc: C0, DEL, C1), format characters (Cf: bidi marks, overrides and isolates,
// zero-width spaces and joiners, word joiner, invisible operators, BOM, tag characters…), other
// default-ignorable code points (soft hyphen, Hangul fillers, variation selectors…), the line and
// paragraph separators, and lone surrogates.
const UNSAFE = /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\p{Zl}\p{Zp}\p{Cs}]/gu;

// As JSON writes them: one `\uXXXX` per UTF-16 unit, so astral characters become surrogate pairs.
function escape(char: string): string {
	let escaped = '';
	for (let index = 0; index < char.length; index++) {
		escaped += `\\u${char.charCodeAt(index).toString(16).padStart(4, '0')}`;
	}

	return escaped;
}

/**
 * Pretty-printed JSON as display lines: `JSON.stringify(value, null, indent)` split on its line
 * breaks, with every unsafe character of every key and string written as a `\uXXXX` escape, so
 * `lines.join('\n')` is still exact JSON and nothing in it can act on a terminal.
 */
export function jsonLines(value: JsonValue, indent = 2): string[] {
	// JSON.stringify escapes C0 controls and lone surrogates inside strings itself, so the only raw
	// control characters in its output are the line breaks between lines: split first, then escape.
	return JSON.stringify(value, null, indent).split('\n').map((line) => line.replace(UNSAFE, escape));
}
