import type {CommandSpec} from '../keys/command.js';
import {update} from '../keys/intent.js';

/** Where a scrolled text stands: its first line on screen, the last first line, a page. */
export interface ScrollFrame {
	scroll: number;
	max: number;
	page: number;
}

/** The action that scrolls to a line. */
export interface ScrollTo {
	type: 'scroll';
	to: number;
}

/** How far a text of `lineCount` lines scrolls in `room` lines, with `wanted` clamped into it. */
export function scrollFrame(wanted: number, lineCount: number, room: number): ScrollFrame {
	const max = Math.max(0, lineCount - Math.max(1, room));
	return {scroll: Math.min(Math.max(0, wanted), max), max, page: Math.max(1, room - 1)};
}

/** The keys of a scrolled text (a task's fields, its JSON): arrows, pages, top and bottom. */
export function scrollCommands<Ctx>(frameOf: (context: Ctx) => ScrollFrame): Array<CommandSpec<Ctx>> {
	const to = (context: Ctx, where: (frame: ScrollFrame) => number) => {
		const frame = frameOf(context);
		const target = Math.max(0, Math.min(frame.max, where(frame)));
		return update({type: 'scroll', to: target} satisfies ScrollTo);
	};

	return [
		{id: 'scroll-down', keys: ['down', 'j'], description: 'Scroll down', hint: 'scroll', run: c => to(c, f => f.scroll + 1)},
		{id: 'scroll-up', keys: ['up', 'k'], description: 'Scroll up', hint: 'scroll', footer: true, footerOrder: 3, footerLabel: '↑↓', run: c => to(c, f => f.scroll - 1)},
		{id: 'scroll-page-down', keys: ['pagedown', 'ctrl+f'], description: 'Page down', hint: 'page', run: c => to(c, f => f.scroll + f.page)},
		{id: 'scroll-page-up', keys: ['pageup', 'ctrl+b'], description: 'Page up', hint: 'page', run: c => to(c, f => f.scroll - f.page)},
		{id: 'scroll-top', keys: ['home', 'g'], description: 'Jump to the top', hint: 'top', run: c => to(c, () => 0)},
		{id: 'scroll-bottom', keys: ['end', 'shift+g'], description: 'Jump to the bottom', hint: 'bottom', run: c => to(c, f => f.max)},
	];
}

/** The reducer of a screen whose only state is its scroll. */
export function scrollReducer(state: {scroll: number}, action: ScrollTo): {scroll: number} {
	return action.to === state.scroll ? state : {scroll: action.to};
}

/** A scrolled text's frame: its lines (null when there is nothing to show) and where its window is; the title takes a line. */
export function scrolledLines<L>(lines: readonly L[] | null, state: {scroll: number}, bodyHeight: number): ScrollFrame & {lines: readonly L[] | null} {
	return {lines, ...scrollFrame(state.scroll, lines?.length ?? 0, bodyHeight - 1)};
}
