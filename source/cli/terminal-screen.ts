const ENTER_ALTERNATE_SCREEN = '\u001B[?1049h\u001B[H';
const LEAVE_ALTERNATE_SCREEN = '\u001B[?1049l';
const SHOW_CURSOR = '\u001B[?25h';

type Stream = Pick<NodeJS.WriteStream, 'write'>;
type Input = Pick<NodeJS.ReadStream, 'isTTY'> & {setRawMode?: (mode: boolean) => unknown};

/**
 * Puts the TUI on the terminal's alternate screen and guarantees the way back: `restore()` returns
 * to the main screen with the cursor visible and raw mode off, and is safe to call more than once
 * (from a normal quit, a signal, or a crash handler).
 */
export function enterFullScreen(stdout: Stream, stdin: Input): {restore: () => void} {
	let restored = false;
	stdout.write(ENTER_ALTERNATE_SCREEN);
	return {
		restore() {
			if (restored) return;
			restored = true;
			if (stdin.isTTY && stdin.setRawMode) stdin.setRawMode(false);
			stdout.write(SHOW_CURSOR + LEAVE_ALTERNATE_SCREEN);
		},
	};
}
