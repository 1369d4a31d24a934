import type {CommandSpec} from '../keys/command.js';
import type {TextLine} from '../stack/screen-logic.js';
import {update, type Intent} from '../keys/intent.js';
import {selectAt, type ListFrame} from './list-frame.js';
import {draftAtLimit, FILTER_LIMIT, type ListAction, type ListState} from './list-state.js';

/** What the list keys need of a screen: its list state and frame, and how its reducer takes a list action. */
export interface ListAccess<Ctx> {
	list(context: Ctx): {state: ListState; frame: ListFrame};
	wrap(action: ListAction): unknown;
	/** What `/` filters by, for the help: `tasks (id, service, IP, ENI, AZ, status…)`. */
	filterHelp: string;
	/** What is wrong with a filter text, in words; null when it parses. */
	check(text: string): string | null;
}

/**
 * The keys every list screen shares: moving, paging, jumping, and the filter line (`/` opens it,
 * typing narrows live, Enter keeps it, Esc cancels it, and Esc again clears a kept filter).
 */
export function listCommands<Ctx>(access: ListAccess<Ctx>): Array<CommandSpec<Ctx>> {
	const move = (context: Ctx, to: (frame: ListFrame) => number, direction: 1 | -1): Intent | undefined => {
		const {frame} = access.list(context);
		return frame.keys.length === 0 ? undefined : update(access.wrap(selectAt(frame, to(frame), direction)));
	};

	const editing = (context: Ctx) => access.list(context).state.draft !== null;
	const whenEditing = (action: ListAction) => (context: Ctx) => (editing(context) ? update(access.wrap(action)) : undefined);
	return [
		{id: 'move-down', keys: ['down', 'j'], description: 'Move down', hint: 'move', run: context => move(context, frame => frame.cursor + 1, 1)},
		{id: 'move-up', keys: ['up', 'k'], description: 'Move up', hint: 'move', footer: true, footerOrder: 3, footerLabel: '↑↓', run: context => move(context, frame => frame.cursor - 1, -1)},
		{id: 'page-down', keys: ['pagedown', 'ctrl+f'], description: 'Page down', hint: 'page', run: context => move(context, frame => frame.cursor + frame.viewport, 1)},
		{id: 'page-up', keys: ['pageup', 'ctrl+b'], description: 'Page up', hint: 'page', run: context => move(context, frame => frame.cursor - frame.viewport, -1)},
		{id: 'jump-top', keys: ['home', 'g'], description: 'Jump to the first row', hint: 'top', run: context => move(context, () => 0, 1)},
		{id: 'jump-bottom', keys: ['end', 'shift+g'], description: 'Jump to the last row', hint: 'bottom', run: context => move(context, frame => frame.keys.length - 1, -1)},
		{id: 'filter', keys: ['/'], description: `Filter ${access.filterHelp}`, hint: 'filter', footer: true, run: context => (editing(context) ? undefined : update(access.wrap({type: 'start-filter'})))},
		{
			id: 'filter-apply', keys: ['enter'], description: 'Keep the filter (while typing one; not while it has an error)', hint: 'apply', footer: true, footerOrder: 1,
			run: context => {
				const {draft} = access.list(context).state;
				return draft === null ? undefined : update(access.wrap({type: 'apply-filter', valid: access.check(draft) === null}));
			},
		},
		{id: 'filter-delete', keys: ['backspace'], description: 'Delete a filter character (while typing one)', hint: 'delete', run: whenEditing({type: 'delete-filter-char'})},
		{
			id: 'filter-cancel', keys: ['escape'], description: 'Cancel the filter being typed, or clear the kept one', hint: 'clear', footer: true, footerOrder: 2,
			footerHint: context => (editing(context) ? 'cancel' : 'clear filter'),
			run(context) {
				const {state} = access.list(context);
				if (state.draft !== null) return update(access.wrap({type: 'cancel-filter'}));
				return state.filter === '' ? undefined : update(access.wrap({type: 'clear-filter'}));
			},
		},
	];
}

/** What the filter line says once the draft is as long as it may be (typing more is dropped). */
export const FILTER_LIMIT_NOTE = `filter limited to ${FILTER_LIMIT} characters`;

/** A list screen's typing: printable keys go to the filter while its line is open. */
export function filterTyping(list: ListState, wrap: (action: ListAction) => unknown, check: (text: string) => string | null): TextLine | null {
	if (list.draft === null) return null;
	const problem = check(list.draft);
	const error = draftAtLimit(list.draft) ? [FILTER_LIMIT_NOTE, problem].filter(part => part !== null).join('; ') : problem;
	return {draft: list.draft, error, type: text => wrap({type: 'type-filter', text})};
}
