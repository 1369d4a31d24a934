import type {LogsScope} from '../../../model/logs/log-scope.js';
import type {LogsData} from '../../../watch/screen-data.js';
import {defineCommands, type CommandSpec} from '../../keys/command.js';
import {update, type Intent} from '../../keys/intent.js';
import type {ListAction} from '../../list/list-state.js';
import type {ScreenContext} from '../../stack/screen-logic.js';
import {durationText, jumpText, TIME_JUMPS} from './log-since.js';
import {linesBack} from './log-window.js';
import type {LogsFrame} from './logs-frame.js';
import {logsRequest, type LogsParams, type LogsPause, type LogsState} from './logs-request.js';
import type {LogsAction} from './logs-state.js';

type Context = ScreenContext<LogsParams, LogsState, LogsData, LogsFrame>;

const act = (action: LogsAction): Intent => update(action);
const searchAction = (action: ListAction): LogsAction => ({type: 'search', action});

/** The pause that puts line `top` at the top of the view; the newest line stays the one of the first pause. */
function pauseAt({state, frame}: Context, top: number): LogsPause {
	return {topId: frame.lines[top]!.id, newestId: state.pause === null ? (frame.lines.at(-1)?.id ?? null) : state.pause.newestId};
}

/** Scroll so that line `top` is on top; at or past the newest page, follow again. */
function scrollTo(context: Context, top: number): Intent {
	return act({type: 'scroll', pause: top >= context.frame.maxTop ? null : pauseAt(context, Math.max(0, top))});
}

/** Where the view goes to show match `position`: the match a third of the way down (not following). */
function matchJump(context: Context, position: number): {matchId: string; pause: LogsPause} {
	const {frame} = context;
	const line = frame.matches[position]!;
	const top = Math.min(frame.maxTop, linesBack(line, frame.rowsOf, Math.floor(frame.room / 3)));
	return {matchId: frame.lines[line]!.id, pause: pauseAt(context, Math.min(top, line))};
}

/** The match searching upward finds first: the newest at or above the view's last line (else the newest). */
function firstUpward(frame: LogsFrame): number {
	for (let position = frame.matches.length - 1; position >= 0; position--) {
		if (frame.matches[position]! <= frame.bottom) return position;
	}

	return frame.matches.length - 1;
}

const picking = ({state}: Context) => state.picker !== null;
const typing = ({state}: Context) => state.search.draft !== null;
const searched = ({state}: Context) => state.search.filter !== '';

/** The same logs with another scope: a new screen and source, keeping the display toggles and the search. */
function replaced({params, state}: Context, scope: LogsScope): Intent {
	const carried = {wrap: state.wrap, timestamps: state.timestamps, search: state.search.filter};
	return {kind: 'replace', screen: logsRequest(scope, {service: params.service, task: params.task, carried})};
}

function widened(context: Context): Intent | undefined {
	const {params} = context;
	const {scope} = params;
	if (scope.target.kind === 'task') return params.service === null ? undefined : replaced(context, {...scope, target: {kind: 'service', service: params.service}});
	return params.task === null ? undefined : replaced(context, {...scope, target: {kind: 'task', ...params.task}});
}

/** The picker's cursor moved by `step`, within its rows. */
const pickerStep = (c: Context, step: number) => act({type: 'picker', index: Math.max(0, Math.min(c.frame.choices.length - 1, c.state.picker! + step))});

// Up and down move the picker while it is open; the page keys keep the ids of the shared scrolled-text keys.
const SCROLL: Array<CommandSpec<Context>> = [
	{id: 'logs-down', keys: ['down', 'j'], description: 'Scroll down (at the newest line, follow), or move in the picker', hint: 'scroll',
		run(c) {
			if (picking(c)) return pickerStep(c, 1);
			return c.frame.following ? undefined : scrollTo(c, c.frame.top + 1);
		}},
	{id: 'logs-up', keys: ['up', 'k'], description: 'Scroll up (which stops following), or move in the picker', hint: 'scroll', footer: true, footerOrder: 3, footerLabel: '↑↓',
		footerHint: c => (picking(c) ? 'move' : 'scroll'),
		run(c) {
			if (picking(c)) return pickerStep(c, -1);
			const {top, skip} = c.frame;
			const to = skip > 0 ? top : top - 1;
			return to < 0 || c.frame.lines.length === 0 ? undefined : act({type: 'scroll', pause: pauseAt(c, to)});
		}},
	{id: 'scroll-page-down', keys: ['pagedown', 'ctrl+f'], description: 'Page down', hint: 'page',
		run: c => (c.frame.following ? undefined : scrollTo(c, Math.max(c.frame.top + 1, c.frame.bottom)))},
	{id: 'scroll-page-up', keys: ['pageup', 'ctrl+b'], description: 'Page up', hint: 'page',
		run(c) {
			const {top, skip, rowsOf, room} = c.frame;
			if ((top === 0 && skip === 0) || c.frame.lines.length === 0) return undefined;
			return act({type: 'scroll', pause: pauseAt(c, skip > 0 ? top : linesBack(top, rowsOf, room - 1))});
		}},
	{id: 'logs-top', keys: ['home', 'g'], description: 'Jump to the oldest line kept', hint: 'top',
		run: c => ((c.frame.top === 0 && c.frame.skip === 0) || c.frame.lines.length === 0 ? undefined : act({type: 'scroll', pause: pauseAt(c, 0)}))},
	{id: 'follow', keys: ['end', 'shift+g'], description: 'Jump to the newest line and follow new ones', hint: 'follow', footer: true, footerOrder: 4,
		run: c => (c.frame.following ? undefined : act({type: 'scroll', pause: null}))},
];

const SEARCH: Array<CommandSpec<Context>> = [
	{id: 'logs-search', keys: ['/'], description: 'Search: plain text, any case unless it has a capital', hint: 'search', footer: true,
		run: c => (typing(c) || picking(c) ? undefined : act(searchAction({type: 'start-filter'})))},
	{id: 'search-apply', keys: ['enter'], description: 'Keep the search and jump to the nearest match above', hint: 'find', footer: true, footerOrder: 1,
		run(c) {
			if (!typing(c)) return undefined;
			const apply = {type: 'apply-filter', valid: true} as const;
			return act(c.frame.matches.length === 0 ? searchAction(apply) : {type: 'search', action: apply, jump: matchJump(c, firstUpward(c.frame))});
		}},
	{id: 'search-delete', keys: ['backspace'], description: 'Delete a search character (while typing one)', hint: 'delete',
		run: c => (typing(c) ? act(searchAction({type: 'delete-filter-char'})) : undefined)},
	// Before the search's Esc: with a search kept, Esc in the picker closes the picker.
	{id: 'picker-close', keys: ['escape'], description: 'Close the container picker', hint: 'close', footer: true, footerOrder: 2,
		run: c => (picking(c) ? act({type: 'picker', index: null}) : undefined)},
	{id: 'search-cancel', keys: ['escape'], description: 'Cancel the search being typed, or clear the kept one', hint: 'clear', footer: true, footerOrder: 2,
		footerHint: c => (typing(c) ? 'cancel' : 'clear search'),
		run(c) {
			if (typing(c)) return act(searchAction({type: 'cancel-filter'}));
			return searched(c) ? act(searchAction({type: 'clear-filter'})) : undefined;
		}},
	{id: 'search-next', keys: ['n'], description: 'Next match, up to older lines (wraps around)', hint: 'next',
		run(c) {
			const {matches, current} = c.frame;
			if (!searched(c) || matches.length === 0) return undefined;
			const position = current === null ? firstUpward(c.frame) : (current - 1 + matches.length) % matches.length;
			return act({type: 'match', ...matchJump(c, position)});
		}},
	{id: 'search-previous', keys: ['shift+n'], description: 'Previous match, down to newer lines (wraps around)', hint: 'previous',
		run(c) {
			const {matches, current} = c.frame;
			if (!searched(c) || matches.length === 0) return undefined;
			const below = matches.findIndex(line => line >= c.frame.top);
			const position = current === null ? Math.max(0, below) : (current + 1) % matches.length;
			return act({type: 'match', ...matchJump(c, position)});
		}},
];

const OPTIONS: Array<CommandSpec<Context>> = [
	{id: 'logs-wrap', keys: ['w'], description: 'Wrap long lines, or cut them at the width', hint: 'wrap', footer: true, run: () => act({type: 'toggle', flag: 'wrap'})},
	{id: 'logs-timestamps', keys: ['t'], description: 'Show or hide each line\'s time', hint: 'time', footer: true,
		run: () => act({type: 'toggle', flag: 'timestamps'})},
	{id: 'logs-containers', keys: ['c'], description: 'Pick the container to read (says why one cannot be)', hint: 'container', footer: true,
		run: c => (c.frame.choices.length === 0 ? undefined : act({type: 'picker', index: Math.max(0, c.frame.choices.findIndex(choice => choice.name === c.frame.container))}))},
	{id: 'picker-pick', keys: ['enter'], description: 'Read the container under the picker\'s cursor', hint: 'read', footer: true, footerOrder: 1,
		run(c) {
			const choice = picking(c) ? c.frame.choices[c.state.picker!] : undefined;
			return choice === undefined ? undefined : replaced(c, {...c.params.scope, container: choice.name});
		}},
	{id: 'logs-widen', keys: ['a'], description: 'Read all the service\'s tasks, or back to the one task', hint: 'service', footer: true,
		footerHint: c => (c.params.scope.target.kind === 'task' ? 'service' : 'one task'),
		run: widened},
	...TIME_JUMPS.map(({key, sinceMs}, index): CommandSpec<Context> => ({
		id: `logs-since-${key}`, keys: [key], description: `Read again ${jumpText(sinceMs)}`, hint: sinceMs === 0 ? 'new' : durationText(sinceMs),
		// One footer hint stands for every digit.
		...(index === 0 ? {footer: true, footerLabel: `${TIME_JUMPS[0]!.key}-${TIME_JUMPS.at(-1)!.key}`, footerHint: () => 'since'} : {}),
		run: c => replaced(c, {...c.params.scope, sinceMs}),
	})),
];

/** The logs screen's keys: scrolling (the picker's cursor while it is open), the search line, the toggles, the picker and the time jumps. */
export const LOGS_COMMANDS = defineCommands<Context>([...SCROLL, ...SEARCH, ...OPTIONS]);

export {searchAction};
