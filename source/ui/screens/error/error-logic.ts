import type {PolledData} from '../../../watch/snapshot.js';
import {defineCommands} from '../../keys/command.js';
import {update} from '../../keys/intent.js';
import {memoLast} from '../../memo-last.js';
import type {ScreenContext, ScreenLogic} from '../../stack/screen-logic.js';
import type {DataSource} from '../../stack/sources.js';
import {errorLines, type ErrorLine} from './error-lines.js';
import type {ErrorParams, ErrorState} from './error-request.js';

export interface ErrorFrame {
	lines: readonly ErrorLine[];
	/** The first line shown, and the last it can be. */
	scroll: number;
	max: number;
	page: number;
}

type Context = ScreenContext<ErrorParams, ErrorState, PolledData, ErrorFrame>;

const scrollTo = (to: number) => update({scroll: to});

const ERROR_COMMANDS = defineCommands<Context>([
	{id: 'error-down', keys: ['down', 'j'], description: 'Scroll down', hint: 'scroll', run: ({frame}) => scrollTo(Math.min(frame.max, frame.scroll + 1))},
	{id: 'error-up', keys: ['up', 'k'], description: 'Scroll up', hint: 'scroll', footer: true, footerLabel: '↑↓', footerOrder: 3, run: ({frame}) => scrollTo(Math.max(0, frame.scroll - 1))},
	{id: 'error-page-down', keys: ['pagedown', 'ctrl+f'], description: 'Page down', hint: 'page', run: ({frame}) => scrollTo(Math.min(frame.max, frame.scroll + frame.page))},
	{id: 'error-page-up', keys: ['pageup', 'ctrl+b'], description: 'Page up', hint: 'page', run: ({frame}) => scrollTo(Math.max(0, frame.scroll - frame.page))},
	{id: 'close-error', keys: ['!'], description: 'Back to the screen before (as Esc)', hint: 'close', run: () => ({kind: 'pop'})},
]);

const linesFor = memoLast(errorLines);

/**
 * The last error of the screen below, whole: what to do, its name, its message wrapped to the
 * terminal, and whether polls succeed again. Its source is that screen's, which keeps polling.
 */
export const errorLogic: ScreenLogic<ErrorParams, ErrorState, PolledData, ErrorFrame> = {
	kind: 'error',
	title: 'Error',
	crumb: () => 'error',
	reduce: (state, action: ErrorState) => (action.scroll === state.scroll ? state : action),
	commands: ERROR_COMMANDS,
	source(_params, _sources, below) {
		const source = below();
		// A programming error: `!` opens the error only over a screen with a source.
		if (source === null) throw new Error('The error screen opens over another screen');
		return source as DataSource<PolledData>;
	},
	headerLines: () => [],
	frame({params, state, snapshot}, body) {
		const lines = linesFor(params, snapshot, body.width);
		const room = Math.max(1, body.height);
		const max = Math.max(0, lines.length - room);
		return {lines, scroll: Math.min(state.scroll, max), max, page: Math.max(1, room - 1)};
	},
	footerStatus: (_input, frame) => (frame.max === 0 ? '' : `lines ${frame.scroll + 1}–${Math.min(frame.lines.length, frame.scroll + frame.page + 1)} of ${frame.lines.length}`),
};
