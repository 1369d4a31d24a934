import {errorRequest, type ErrorParams} from '../screens/error/error-request.js';
import {defineCommands} from './command.js';

/** What the keys every screen shares need to know. */
export interface GlobalContext {
	/** Screens on the stack; Esc goes back only when there is one below. */
	depth: number;
	/** The top screen's last error, in words and in full; null while its polls succeed. */
	error: ErrorParams | null;
}

/** Keys that work on every screen, tried after the screen's own. */
export const GLOBAL_COMMANDS = defineCommands<GlobalContext>([
	{id: 'help', keys: ['?'], description: 'Show or close the keys of this screen', hint: 'help', footer: true, footerOrder: 0, run: () => ({kind: 'help'})},
	{id: 'error', keys: ['!'], description: 'Show the last error in full, wrapped, with what to do (while there is one)', hint: 'error', footer: true, footerOrder: 0,
		run: context => (context.error === null ? undefined : {kind: 'push', screen: errorRequest(context.error)})},
	{id: 'quit', keys: ['q', 'ctrl+c'], description: 'Quit', hint: 'quit', footer: true, footerOrder: 1, run: () => ({kind: 'quit'})},
	{id: 'back', keys: ['escape'], description: 'Back to the screen before', hint: 'back', footer: true, footerOrder: 2, run: context => (context.depth > 1 ? {kind: 'pop'} : undefined)},
	{id: 'refresh', keys: ['r'], description: 'Refresh now', hint: 'refresh', footer: true, footerOrder: 8, run: () => ({kind: 'refresh'})},
	{id: 'pause', keys: ['p'], description: 'Pause or resume polling', hint: 'pause', footer: true, footerOrder: 8, run: () => ({kind: 'toggle-pause'})},
]);

/** What the help overlay's keys need: how far it is scrolled, how far it can, a page. */
export interface HelpContext {
	scroll: number;
	max: number;
	page: number;
}

const scrollTo = (to: number) => ({kind: 'help-scroll' as const, to});

/** Keys while the help overlay is open: it scrolls and closes; everything else waits. */
export const HELP_COMMANDS = defineCommands<HelpContext>([
	{id: 'help-close', keys: ['escape', '?'], description: 'Close the help', hint: 'close', footer: true, run: () => ({kind: 'help'})},
	{id: 'help-quit', keys: ['q', 'ctrl+c'], description: 'Quit', hint: 'quit', footer: true, run: () => ({kind: 'quit'})},
	{id: 'help-down', keys: ['down', 'j'], description: 'Scroll down', hint: 'scroll', run: c => scrollTo(Math.min(c.max, c.scroll + 1))},
	{id: 'help-up', keys: ['up', 'k'], description: 'Scroll up', hint: 'scroll', footer: true, footerLabel: '↑↓', run: c => scrollTo(Math.max(0, c.scroll - 1))},
	{id: 'help-page-down', keys: ['pagedown', 'ctrl+f'], description: 'Page down', hint: 'page', run: c => scrollTo(Math.min(c.max, c.scroll + c.page))},
	{id: 'help-page-up', keys: ['pageup', 'ctrl+b'], description: 'Page up', hint: 'page', run: c => scrollTo(Math.max(0, c.scroll - c.page))},
	{id: 'help-top', keys: ['home', 'g'], description: 'Top', hint: 'top', run: () => scrollTo(0)},
	{id: 'help-bottom', keys: ['end', 'shift+g'], description: 'Bottom', hint: 'bottom', run: c => scrollTo(c.max)},
]);
