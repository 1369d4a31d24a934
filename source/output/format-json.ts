import {replaceHazards} from '../model/sanitize.js';
import type {TaskRow} from '../model/task-row.js';
import {toTaskJson} from './task-json.js';

// JSON output is data: a value piped into jq must come out exactly as AWS sent it, so unsafe
// characters are escaped, never stripped. JSON.stringify escapes C0 controls and lone surrogates
// itself but passes the rest raw: C1 controls (8-bit CSI, NEL…), DEL, bidi controls, U+2028/U+2029,
// zero-width and other invisible characters. Each becomes a `\uXXXX` escape (one per UTF-16 unit),
// so the text stays valid JSON that parses back to the exact original and nothing in it can act on
// a terminal or break a line (`jq .` re-escapes the C1 controls and reads the rest fine; what
// `jq -r` prints raw is the reader's choice). Emoji sequences (ZWJ, variation selectors) stay
// raw, as sanitize keeps them. The only raw controls left are the line breaks between lines.
function escape(char: string): string {
	let escaped = '';
	for (let index = 0; index < char.length; index++) {
		escaped += `\\u${char.charCodeAt(index).toString(16).padStart(4, '0')}`;
	}

	return escaped;
}

/** Pretty-printed JSON, terminal-safe, ending in a newline. */
export function safeJson(value: unknown): string {
	const lines = JSON.stringify(value, undefined, 2).split('\n');
	return `${lines.map((line) => replaceHazards(line, escape)).join('\n')}\n`;
}

/** One JSON value on one line (JSON Lines), terminal-safe, ending in a newline. */
export function safeJsonLine(value: unknown): string {
	return `${replaceHazards(JSON.stringify(value), escape)}\n`;
}

/** `--output json`: a pretty-printed array of task objects, terminal-safe, ending in a newline. */
export function formatJson(rows: readonly TaskRow[]): string {
	return safeJson(rows.map(toTaskJson));
}
