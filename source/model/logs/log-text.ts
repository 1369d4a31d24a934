import {sanitize} from '../sanitize.js';

const TAB_STOP = 8;

/** Tabs to spaces, to the next multiple of 8 columns of the message, as a terminal would (stack traces indent with tabs). */
function expandTabs(text: string): string {
	if (!text.includes('\t')) return text;
	let out = '';
	for (const char of text) {
		out += char === '\t' ? ' '.repeat(TAB_STOP - (out.length % TAB_STOP)) : char;
	}

	return out;
}

/**
 * A log message as a terminal may show it: without the line break loggers end it with, tabs
 * expanded, and every other control, escape, bidi or invisible character neutralised (sanitize).
 */
export function logMessageText(message: string): string {
	return sanitize(expandTabs(message.replace(/\r?\n$/u, '')));
}
