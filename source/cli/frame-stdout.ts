import {EventEmitter} from 'node:events';
import {screenUpdate} from '../ui/terminal/screen-diff.js';

const HIDE_CURSOR = '\u001B[?25l';
// Synchronized output (DEC mode 2026): a terminal that knows it shows the update whole, never half
// drawn; others ignore it.
const BEGIN_SYNC = '\u001B[?2026h';
const END_SYNC = '\u001B[?2026l';

/** The real terminal: where the changed lines go, and where its size and resizes come from. */
export type Terminal = Pick<NodeJS.WriteStream, 'write' | 'columns' | 'rows' | 'on' | 'off'>;

export interface FrameStdout {
	/** What Ink is given as `stdout` (with `debug: true`, so that each write is one whole frame). */
	readonly stream: NodeJS.WriteStream;
	/** Writes the latest frame now, if one is waiting. */
	flush(): void;
	/** Writes nothing more, even a frame already received (the last one Ink draws on unmount). */
	dispose(): void;
}

/** A stream that only takes writes and passes the terminal's size and resizes through. */
class FrameStream extends EventEmitter {
	readonly isTTY = true;
	constructor(private readonly terminal: Terminal, private readonly onFrame: (frame: string) => void) {
		super();
	}

	get columns() {
		return this.terminal.columns;
	}

	get rows() {
		return this.terminal.rows;
	}

	write(chunk: string | Uint8Array, ...rest: unknown[]): boolean {
		const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
		// Ink writes '' when it would erase its log-update area (on a narrowing resize): not a frame.
		if (text !== '') this.onFrame(text);
		const callback = rest.find((argument): argument is () => void => typeof argument === 'function');
		if (callback) queueMicrotask(callback);
		return true;
	}
}

/**
 * Ink's frames, written to the terminal as only what changed since the last frame (rows that
 * moved scrolled into place, then the changed cells of each row, by absolute cursor addressing; see
 * screenUpdate), with a full redraw after a resize. Frames that
 * arrive in the same turn of the event loop (one poll's several state changes) are written once,
 * as the last of them, right after that turn: a key's frame goes out at once.
 *
 * Ink's own line diffing (`incrementalRendering` in Ink 6.8) moves the cursor up one row too few
 * before rewriting a frame that ends in a newline, so each changed line landed one row low and the
 * old one stayed on screen.
 */
export function frameStdout(terminal: Terminal, schedule: (flush: () => void) => void = setImmediate): FrameStdout {
	let screen: string[] | null = null;
	let pending: string | null = null;
	let scheduled = false;
	let cursorHidden = false;
	let disposed = false;

	const flush = () => {
		scheduled = false;
		if (pending === null || disposed) return;
		const lines = pending.split('\n');
		pending = null;
		const update = screenUpdate(screen, lines, {columns: terminal.columns || 80, rows: terminal.rows || 24});
		screen = lines;
		if (update === '' && cursorHidden) return;
		terminal.write(`${cursorHidden ? '' : HIDE_CURSOR}${BEGIN_SYNC}${update}${END_SYNC}`);
		cursorHidden = true;
	};

	const stream = new FrameStream(terminal, (frame) => {
		pending = frame;
		if (scheduled) return;
		scheduled = true;
		schedule(flush);
	});

	const onResize = () => {
		// The terminal may have reflowed or cleared what it showed: draw every row again.
		screen = null;
		stream.emit('resize');
	};

	terminal.on('resize', onResize);
	return {
		// Ink reads only write, columns, rows, isTTY and the resize event of its stdout.
		stream: stream as unknown as NodeJS.WriteStream,
		flush,
		dispose() {
			disposed = true;
			pending = null;
			terminal.off('resize', onResize);
		},
	};
}
