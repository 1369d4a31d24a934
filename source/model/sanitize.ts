// C0 controls (incl. ESC, BEL, CR, LF, TAB), DEL, C1 controls, and the Unicode bidi overrides
// and isolates that can reorder what a terminal shows.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/**
 * Makes an untrusted string (anything that came from AWS) safe to put on a terminal:
 * every control character becomes a visible `�`, so nothing can move the cursor, change colours,
 * set the window title or ring the bell.
 */
export function sanitize(text: string): string {
	return text.replace(UNSAFE, '\uFFFD');
}

/** The first line of an untrusted multi-line text, sanitised. */
export function firstLine(text: string): string {
	const [line = ''] = text.split(/\r\n|\r|\n/u, 1);
	return sanitize(line);
}
