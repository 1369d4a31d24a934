import {createSupportsHyperlinks} from 'supports-hyperlinks';
import {osc52} from '../ui/terminal/osc52.js';
import type {TerminalFeatures} from '../ui/terminal/terminal-features.js';

/**
 * What the TUI may do on this terminal. `ECSWATCH_OSC52=off` turns copying off for terminals
 * that misbehave on OSC 52; `ECSWATCH_OSC52=passthrough` wraps it for tmux's DCS passthrough (tmux
 * with `allow-passthrough on` but its own clipboard handling off). Hyperlinks as supports-hyperlinks
 * detects them (`FORCE_HYPERLINK=0/1` overrides).
 */
export function terminalFeatures(env: NodeJS.ProcessEnv, stdout: NodeJS.WriteStream): TerminalFeatures {
	const mode = (env['ECSWATCH_OSC52'] ?? '').toLowerCase();
	const off = mode === 'off' || mode === '0' || mode === 'false' || mode === 'no';
	return {
		copy: off ? null : (text) => {
			const sequence = osc52(text, {tmuxPassthrough: mode === 'passthrough'});
			if (sequence === null) return false;
			stdout.write(sequence);
			return true;
		},
		hyperlinks: createSupportsHyperlinks(stdout),
	};
}
