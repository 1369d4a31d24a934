import {terminalNotifier, type Notifier} from '../ui/terminal/notify.js';

/**
 * `--notify`'s notifier on this terminal. Inside tmux (`TMUX` set) the desktop notifications go
 * through tmux's passthrough, which needs `set -g allow-passthrough on` (tmux 3.3 and later);
 * the bell reaches tmux either way.
 */
export function notifierFor(env: NodeJS.ProcessEnv, stdout: NodeJS.WriteStream): Notifier {
	return terminalNotifier(text => stdout.write(text), {tmuxPassthrough: (env['TMUX'] ?? '') !== ''});
}
