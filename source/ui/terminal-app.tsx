import {App, type AppProps} from './app.js';
import {useTerminalSize} from './use-terminal-size.js';

export type TerminalAppProps = Omit<AppProps, 'width' | 'height'>;

/**
 * The App sized to the terminal, re-laid out on every resize. It draws one line less than the
 * terminal has: when Ink's output fills the screen, Ink clears the whole terminal on every frame,
 * which flickers (and costs a full redraw over SSH).
 */
export function TerminalApp(props: TerminalAppProps) {
	const {width, height} = useTerminalSize();
	return <App {...props} width={width} height={Math.max(1, height - 1)} />;
}
