import type {LogLine} from '../model/logs/log-line.js';
import {logMessageText} from '../model/logs/log-text.js';
import {sanitize} from '../model/sanitize.js';
import {safeJsonLine} from './format-json.js';

/** `2026-12-01T16:55:59.123Z`: log lines keep the milliseconds, lines of one second keep their order. */
export function logTimestamp(ms: number): string {
	const date = new Date(ms);
	return Number.isNaN(date.getTime()) ? '-' : date.toISOString();
}

/**
 * `ecswatch logs` text: `2026-12-01T16:55:59.123Z 3f196775a8ee4d45b0a1f3c8dc3a2b31 web GET /health 200`,
 * one line per event, every part terminal-safe (a pipe gets no escape sequence either).
 */
export function logLineText(line: LogLine): string {
	return `${logTimestamp(line.timestamp)} ${sanitize(line.taskId)} ${sanitize(line.container)} ${logMessageText(line.message)}\n`;
}

/** `ecswatch logs -o json`: one object a line, the message exactly as CloudWatch has it (escaped, never stripped). */
export function logLineJson(line: LogLine): string {
	return safeJsonLine({timestamp: logTimestamp(line.timestamp), taskId: line.taskId, container: line.container, message: line.message, eventId: line.id});
}
