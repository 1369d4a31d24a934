import type {Key} from 'ink';
import type {View} from './state.js';

export type CommandId =
	| 'moveUp' | 'moveDown' | 'pageUp' | 'pageDown' | 'jumpTop' | 'jumpBottom'
	| 'openDetail' | 'back' | 'startFilter' | 'applyFilter' | 'filterBackspace'
	| 'toggleStopped' | 'toggleTimeline' | 'toggleGrouping' | 'toggleDeployments'
	| 'refresh' | 'togglePause' | 'help' | 'quit';

export interface KeySpec {
	/** How the key is written in the footer and the help overlay. */
	display: string;
	matches: (input: string, key: Key) => boolean;
	/** A key that types a character: in filter input it goes to the filter, not to the command. */
	printable: boolean;
}

export interface Command {
	id: CommandId;
	keys: readonly KeySpec[];
	/** Sentence for the help overlay. */
	description: string;
	/** A word or two for the footer. */
	hint: string;
	/** The footer's word in views where the command does something else (moving scrolls in detail). */
	viewHints?: Partial<Record<View, string>>;
	showInFooter: boolean;
	/** Overrides the footer's key label (e.g. `↑↓` for the pair of move commands). */
	footerKeys?: string;
	/** The views in which the command is active. */
	views: readonly View[];
}

const char = (c: string): KeySpec => ({display: c, matches: (input, key) => input === c && !key.ctrl && !key.meta, printable: true});
const ctrl = (c: string): KeySpec => ({display: `Ctrl+${c.toUpperCase()}`, matches: (input, key) => key.ctrl && input === c, printable: false});
const special = (display: string, test: (key: Key) => boolean): KeySpec => ({display, matches: (_input, key) => test(key), printable: false});

const ALL: readonly View[] = ['grid', 'detail', 'help', 'filter'];
const NAVIGATE: readonly View[] = ['grid', 'detail', 'help', 'filter'];

/**
 * Every key ecswatch understands, most useful first (the footer shows as many as fit, in this order).
 * The footer and the `?` overlay are generated from this table.
 */
export const COMMANDS: readonly Command[] = [
	{id: 'help', keys: [char('?')], description: 'Show or close this help', hint: 'help', showInFooter: true, views: ['grid', 'detail', 'help']},
	{id: 'quit', keys: [char('q'), ctrl('c')], description: 'Quit', hint: 'quit', showInFooter: true, views: ALL},
	{id: 'moveDown', keys: [special('↓', k => k.downArrow), char('j')], description: 'Move down (scroll in detail and help)', hint: 'move', showInFooter: false, views: NAVIGATE},
	{id: 'moveUp', keys: [special('↑', k => k.upArrow), char('k')], description: 'Move up (scroll in detail and help)', hint: 'move', viewHints: {detail: 'scroll', help: 'scroll'}, showInFooter: true, footerKeys: '↑↓', views: NAVIGATE},
	{id: 'pageDown', keys: [special('PgDn', k => k.pageDown), ctrl('f')], description: 'Page down', hint: 'page', showInFooter: false, views: NAVIGATE},
	{id: 'pageUp', keys: [special('PgUp', k => k.pageUp), ctrl('b')], description: 'Page up', hint: 'page', showInFooter: false, views: NAVIGATE},
	{id: 'jumpTop', keys: [special('Home', k => k.home), char('g')], description: 'Jump to the first row', hint: 'top', showInFooter: false, views: NAVIGATE},
	{id: 'jumpBottom', keys: [special('End', k => k.end), char('G')], description: 'Jump to the last row', hint: 'bottom', showInFooter: false, views: NAVIGATE},
	{id: 'openDetail', keys: [special('Enter', k => k.return)], description: 'Open the selected task\'s detail', hint: 'detail', showInFooter: true, views: ['grid']},
	{id: 'applyFilter', keys: [special('Enter', k => k.return)], description: 'Apply the filter (while typing one)', hint: 'apply', showInFooter: true, views: ['filter']},
	{id: 'filterBackspace', keys: [special('Backspace', k => k.backspace || k.delete)], description: 'Delete a filter character (while typing one)', hint: 'delete', showInFooter: false, views: ['filter']},
	{id: 'startFilter', keys: [char('/')], description: 'Filter tasks (id, service, IP, ENI, AZ, status…)', hint: 'filter', showInFooter: true, views: ['grid']},
	{id: 'toggleTimeline', keys: [char('t')], description: 'Show or hide the timeline of what happened', hint: 'timeline', showInFooter: true, views: ['grid']},
	{id: 'toggleGrouping', keys: [char('v')], description: 'Group tasks by task definition revision, or not', hint: 'group', showInFooter: true, views: ['grid']},
	{id: 'toggleDeployments', keys: [char('d')], description: 'Show or hide the deployments panel', hint: 'deploys', showInFooter: true, views: ['grid']},
	{id: 'toggleStopped', keys: [char('s')], description: 'Show or hide stopped tasks', hint: 'stopped', showInFooter: true, views: ['grid']},
	{id: 'refresh', keys: [char('r')], description: 'Refresh now', hint: 'refresh', showInFooter: true, views: ['grid', 'detail']},
	{id: 'togglePause', keys: [char('p')], description: 'Pause or resume polling', hint: 'pause', showInFooter: true, views: ['grid', 'detail']},
	{id: 'back', keys: [special('Esc', k => k.escape)], description: 'Back: close detail or help, cancel or clear the filter', hint: 'back', showInFooter: true, views: ALL},
];

/** The command a key press means in `view`, if any. Printable keys never match in filter input. */
export function matchCommand(view: View, input: string, key: Key): Command | undefined {
	return COMMANDS.find(command => command.views.includes(view)
		&& command.keys.some(spec => !(view === 'filter' && spec.printable) && spec.matches(input, key)));
}

/** The keys of a command as one label, e.g. `↑/k`. */
export function keyLabel(command: Command): string {
	return command.keys.map(spec => spec.display).join('/');
}

/** Footer hints for a view: `↑↓/jk move  Enter detail …`. */
export function footerHints(view: View): Array<{keys: string; hint: string}> {
	const hints: Array<{keys: string; hint: string}> = [];
	for (const command of COMMANDS) {
		if (!command.showInFooter || !command.views.includes(view)) continue;
		const keys = command.footerKeys ?? command.keys.filter(spec => !(view === 'filter' && spec.printable))[0]?.display;
		if (keys !== undefined) hints.push({keys, hint: command.viewHints?.[view] ?? command.hint});
	}

	return hints;
}
