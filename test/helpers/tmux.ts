import {execFileSync} from 'node:child_process';
import {randomUUID} from 'node:crypto';

/** True when tmux is installed. */
export const hasTmux = (() => {
	try {
		execFileSync('tmux', ['-V'], {stdio: 'ignore'});
		return true;
	} catch {
		return false;
	}
})();

/**
 * Terminal tests skip without tmux on a developer's machine, but never in CI (which installs it):
 * there they run, and fail loudly if tmux is missing.
 */
export const skipTerminalTests = !hasTmux && process.env['CI'] === undefined;

export interface TmuxSession {
	/** Types keys as tmux send-keys names them: 'Down', 'Enter', 'Escape', 'q', 'C-c'. */
	send(...keys: string[]): void;
	/** The visible screen as plain text. */
	screen(): string;
	/** Polls the screen until `predicate` holds; throws with the last screen after `timeoutMs`. */
	waitFor(predicate: (screen: string) => boolean, timeoutMs?: number): Promise<string>;
	/** The terminal modes a TUI must restore: alternate screen and cursor visibility. */
	modes(): {alternateScreen: boolean; cursorVisible: boolean};
	/** Runs a tmux command on this session's server: `set -g set-clipboard on`, `show-buffer`. */
	tmux(...args: string[]): string;
	/** Sends a signal to the program the shell is running (the shell's child processes). */
	signalForeground(signal: NodeJS.Signals): void;
	kill(): void;
}

/**
 * Runs a shell command in a real terminal of the given size, on a private tmux server.
 * `CI` is removed from the environment because Ink renders only the final frame when it sees CI.
 */
export function startTmux(command: string, options: {width: number; height: number; cwd: string}): TmuxSession {
	const socket = `ecswatch-test-${randomUUID().slice(0, 8)}`;
	const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], {encoding: 'utf8'});
	const env = {...process.env};
	delete env['CI'];
	delete env['NO_COLOR'];
	execFileSync(
		'tmux',
		['-L', socket, '-f', '/dev/null', 'new-session', '-d', '-x', String(options.width), '-y', String(options.height), '-c', options.cwd, 'bash', '--noprofile', '--norc'],
		{env: {...env, PS1: 'PROMPT$ ', TERM: 'xterm-256color'}},
	);
	tmux('send-keys', '-t', '0', '-l', command);
	tmux('send-keys', '-t', '0', 'Enter');

	const session: TmuxSession = {
		tmux,
		send(...keys) {
			for (const key of keys) tmux('send-keys', '-t', '0', key);
		},
		screen: () => tmux('capture-pane', '-p', '-t', '0'),
		signalForeground(signal) {
			const shell = tmux('display-message', '-p', '-t', '0', '#{pane_pid}').trim();
			const children = execFileSync('pgrep', ['-P', shell], {encoding: 'utf8'}).trim().split('\n');
			for (const pid of children) process.kill(Number(pid), signal);
		},
		modes() {
			const [alternate, cursor] = tmux('display-message', '-p', '-t', '0', '#{alternate_on} #{cursor_flag}').trim().split(' ');
			return {alternateScreen: alternate === '1', cursorVisible: cursor === '1'};
		},
		async waitFor(predicate, timeoutMs = 15_000) {
			const deadline = Date.now() + timeoutMs;
			let last = '';
			while (Date.now() < deadline) {
				last = session.screen();
				if (predicate(last)) return last;
				await new Promise((resolve) => setTimeout(resolve, 100));
			}
			throw new Error(`Timed out waiting for the terminal. Last screen:\n${last}`);
		},
		kill() {
			try {
				tmux('kill-server');
			} catch {
				// Already gone.
			}
		},
	};
	return session;
}
