import {closeSync, openSync, writeSync} from 'node:fs';
import {format} from 'node:util';
import {normaliseError} from '../model/error-report.js';
import {sanitize} from '../model/sanitize.js';

/**
 * Warnings that dependencies print on their own, kept off the terminal: Node's `warning` events
 * (the AWS SDK's `NodeVersionSupportWarning` is one, emitted at the first client's construction
 * unless AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED=true) and the console (the SDK's
 * credential chain `console.warn`s "Multiple credential sources detected" when AWS_PROFILE and
 * AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY are both set). Printed behind Ink's back they would
 * scribble over the TUI, and in a snapshot they would mix with the output a script reads.
 * ecswatch itself never writes through the console.
 */

/** How many lines are kept for `--debug`; older ones are dropped (and counted). */
export const MAX_KEPT_LINES = 200;

const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug'] as const;
type ConsoleMethod = (typeof CONSOLE_METHODS)[number];
type WarningListener = (warning: Error) => void;

export type LogFileResult = {ok: true} | {ok: false; message: string};

export interface CaptureOptions {
	/** `--debug`: the kept lines go to `stderr` once the capture is released (after the TUI has left the screen). */
	debug: boolean;
	stderr: {write(text: string): unknown};
	now?: () => number;
}

export interface CapturedWarnings {
	/** The newest {@link MAX_KEPT_LINES} lines captured, oldest first. */
	lines(): readonly string[];
	/** How many older lines were dropped from {@link lines}. */
	dropped(): number;
	/**
	 * `--log-file FILE`: appends every line to FILE (created if absent, owner-only), those already
	 * captured first. Fails, without capturing less, when FILE cannot be opened for appending.
	 */
	logTo(file: string): LogFileResult;
	/** Gives the console and Node's warning printer back and closes the log file; idempotent. */
	release(): void;
}

/**
 * One warning as one log line: `2026-12-01T14:39:41.123Z console.warn TEXT`, its line breaks and
 * runs of blanks made single spaces, credentials redacted as in error reports, then sanitised.
 */
export function warningLine(origin: string, text: string, at: number): string {
	const oneLine = text.replace(/\s+/gu, ' ').trim();
	const {message} = normaliseError({name: origin, message: oneLine === '' ? '(empty)' : oneLine});
	return `${new Date(at).toISOString()} ${origin} ${sanitize(message)}`;
}

/** What a Node warning says: `DeprecationWarning [DEP0005]: Buffer() is deprecated…`. */
function describeWarning(warning: unknown): string {
	if (!(warning instanceof Error)) return String(warning);
	const code = (warning as {code?: unknown}).code;
	return `${warning.name}${typeof code === 'string' ? ` [${code}]` : ''}: ${warning.message}`;
}

/** The system error, without the path Node repeats: `ENOENT: no such file or directory`. */
function openFailure(file: string, error: unknown): string {
	const {message} = normaliseError(error);
	return `cannot write --log-file ${file}: ${message.replace(/, open .*$/su, '')}`;
}

/**
 * Starts capturing at once: Node's own warning printer and every console method are replaced
 * until {@link CapturedWarnings.release}. Call it before the first SDK client is constructed.
 */
export function captureWarnings({debug, stderr, now = Date.now}: CaptureOptions): CapturedWarnings {
	const kept: string[] = [];
	let droppedCount = 0;
	let log: {file: string; fd: number} | undefined;
	let logError: string | undefined;
	let released = false;

	const append = (line: string) => {
		if (log === undefined || logError !== undefined) return;
		try {
			writeSync(log.fd, `${line}\n`);
		} catch (error) {
			// Not printed now (the TUI may own the screen): said once, on release.
			logError = `could not write to --log-file ${log.file}: ${normaliseError(error).message}`;
		}
	};

	const record = (origin: string, text: string) => {
		const line = warningLine(origin, text, now());
		kept.push(line);
		if (kept.length > MAX_KEPT_LINES) {
			kept.shift();
			droppedCount++;
		}

		append(line);
	};

	/** Never throws: a capture that failed on an odd argument would break the dependency that called it. */
	const safely = (origin: string, text: () => string) => {
		try {
			record(origin, text());
		} catch {
			record(origin, '(a message that could not be formatted)');
		}
	};

	const originalConsole = new Map<ConsoleMethod, (...data: unknown[]) => void>();
	for (const method of CONSOLE_METHODS) {
		originalConsole.set(method, console[method]);
		console[method] = (...data: unknown[]) => {
			safely(`console.${method}`, () => format(...data));
		};
	}

	// Node prints warnings from a `warning` listener of its own: without it nothing reaches stderr,
	// and ours still hears every one (process.emitWarning delivers them on the next tick).
	const printers = process.listeners('warning') as WarningListener[];
	process.removeAllListeners('warning');
	const onWarning: WarningListener = (warning) => {
		safely('warning', () => describeWarning(warning));
	};
	process.on('warning', onWarning);

	const release = () => {
		if (released) return;
		released = true;
		process.off('exit', release);
		for (const [method, original] of originalConsole) console[method] = original;
		process.off('warning', onWarning);
		for (const printer of printers) process.on('warning', printer);
		if (log !== undefined) closeSync(log.fd);
		if (debug) {
			if (droppedCount > 0) stderr.write(`ecswatch: ${droppedCount} earlier warnings dropped\n`);
			for (const line of kept) stderr.write(`${line}\n`);
		}

		if (logError !== undefined) stderr.write(`ecswatch: ${sanitize(logError)}\n`);
	};
	// A signal or a crash ends ecswatch with process.exit, past the caller's release.
	process.once('exit', release);

	return {
		lines: () => [...kept],
		dropped: () => droppedCount,
		logTo(file) {
			if (log !== undefined) closeSync(log.fd);
			log = undefined;
			try {
				log = {file, fd: openSync(file, 'a', 0o600)};
			} catch (error) {
				return {ok: false, message: openFailure(file, error)};
			}

			for (const line of kept) append(line);
			return {ok: true};
		},
		release,
	};
}
