import type {FilterError, MalformedProblem} from './filter-types.js';

/** One whitespace-separated term of a filter text, before its field (if any) is looked up. */
export type Token =
	/** `web`, `ip:10.0.4`, `!status:stopped`: unquoted; `text` may start with `field:`. */
	| {kind: 'bare'; negated: boolean; at: number; text: string; textAt: number}
	/** `"rolling back"`: always a plain word, colons and all. */
	| {kind: 'quoted'; negated: boolean; at: number; text: string; textAt: number}
	/** `state:"rolling back"`: `field` as typed. */
	| {kind: 'quoted-value'; negated: boolean; at: number; field: string; fieldAt: number; text: string; textAt: number};

/** The next token and where scanning goes on, the first error, or null at the end of the text. */
export type ScanStep = {token: Token; next: number} | {error: FilterError} | null;

const SPACE = /\s/u;
const FIELD_PREFIX = /^[a-z]+:$/iu;

function isSpace(text: string, at: number): boolean {
	const code = text.charCodeAt(at);
	// ASCII without a regex: nearly every character of a filter is ASCII.
	if (code < 128) return code === 32 || (code >= 9 && code <= 13);
	return SPACE.test(text.charAt(at));
}

const malformed = (problem: MalformedProblem, at: number): {error: FilterError} => ({error: {kind: 'malformed-term', problem, at}});

/**
 * Reads the term that starts at or after `from`. One pass, each character looked at a bounded
 * number of times, so a pasted 100 KB filter scans in linear time. Quotes have no escapes: a
 * quoted value runs to the next `"`.
 */
export function scanToken(text: string, from: number): ScanStep {
	let at = from;
	while (at < text.length && isSpace(text, at)) at++;
	if (at >= text.length) return null;
	const negated = text.charAt(at) === '!';
	const start = negated ? at + 1 : at;
	if (negated && (start >= text.length || isSpace(text, start))) return {error: {kind: 'lone-negation', at}};
	if (negated && text.charAt(start) === '!') return malformed('double-negation', start);
	if (text.charAt(start) === '"') {
		const quoted = readQuoted(text, start);
		if ('error' in quoted) return quoted;
		if (quoted.text === '') return malformed('empty-quotes', start);
		return {token: {kind: 'quoted', negated, at, text: quoted.text, textAt: start + 1}, next: quoted.end};
	}

	let end = start;
	while (end < text.length && !isSpace(text, end) && text.charAt(end) !== '"') end++;
	const word = text.slice(start, end);
	if (end >= text.length || text.charAt(end) !== '"') {
		return {token: {kind: 'bare', negated, at, text: word, textAt: start}, next: end};
	}

	// A quote may open a value right after `field:`, and nowhere else inside a word.
	if (!FIELD_PREFIX.test(word)) return malformed('stray-quote', end);
	const quoted = readQuoted(text, end);
	if ('error' in quoted) return quoted;
	const field = word.slice(0, -1);
	return {token: {kind: 'quoted-value', negated, at, field, fieldAt: start, text: quoted.text, textAt: end + 1}, next: quoted.end};
}

/** The text between the quote at `open` and the next quote, which must end the term. */
function readQuoted(text: string, open: number): {text: string; end: number} | {error: FilterError} {
	const close = text.indexOf('"', open + 1);
	if (close === -1) return {error: {kind: 'unclosed-quote', at: open}};
	const end = close + 1;
	if (end < text.length && !isSpace(text, end)) return malformed('text-after-quote', end);
	return {text: text.slice(open + 1, close), end};
}
