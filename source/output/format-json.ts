import type {TaskRow} from '../model/task-row.js';
import {toTaskJson} from './task-json.js';

// JSON.stringify escapes C0 controls but passes C1 controls (8-bit CSI…) and bidi overrides
// through; escaping them keeps the data exact while nothing reaches a terminal raw.
const UNESCAPED_UNSAFE = /[\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/** Pretty-printed JSON, terminal-safe, ending in a newline. */
export function safeJson(value: unknown): string {
	const text = JSON.stringify(value, undefined, 2);
	return `${text.replace(UNESCAPED_UNSAFE, (char) => `\\u${char.codePointAt(0)!.toString(16).padStart(4, '0')}`)}\n`;
}

/** `--output json`: a pretty-printed array of task objects, terminal-safe, ending in a newline. */
export function formatJson(rows: readonly TaskRow[]): string {
	return safeJson(rows.map(toTaskJson));
}
