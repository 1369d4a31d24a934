import {Box} from 'ink';
import {useCallback, useRef} from 'react';
import {App, type AppProps} from './app.js';
import {fitsTerminal, MIN_TERMINAL, TooSmall, useTooSmallKeys} from './too-small.js';
import {useTerminalSize} from './use-terminal-size.js';

export type TerminalAppProps = Omit<AppProps, 'width' | 'height'>;

/**
 * The App sized to the terminal, re-laid out on every resize. It draws one line less than the
 * terminal has: when Ink's output fills the screen, Ink clears the whole terminal on every frame,
 * which flickers (and costs a full redraw over SSH).
 *
 * Below {@link MIN_TERMINAL} only the size it needs is shown. The App stays mounted, hidden, so
 * that growing the terminal again brings back the same screens, cursor and filter without a new poll.
 */
export function TerminalApp(props: TerminalAppProps) {
	const {width, height} = useTerminalSize();
	const {onQuit} = props;
	// Quit once, however q arrives.
	const quitting = useRef(false);
	const quit = useCallback(() => {
		if (quitting.current) return;
		quitting.current = true;
		onQuit();
	}, [onQuit]);

	const fits = fitsTerminal({width, height});
	useTooSmallKeys(!fits, quit);
	// One tree either way (only `display` changes), so React keeps the App and its state.
	return (
		<Box flexDirection="column">
			<Box display={fits ? 'flex' : 'none'}>
				<App
					{...props}
					onQuit={quit}
					keysActive={fits}
					width={Math.max(width, MIN_TERMINAL.width)}
					height={Math.max(height, MIN_TERMINAL.height) - 1}
				/>
			</Box>
			{!fits && <TooSmall width={Math.max(1, width)} height={Math.max(1, height - 1)} />}
		</Box>
	);
}
