import {GLOBAL_COMMANDS, HELP_COMMANDS, type GlobalContext, type HelpContext} from './keys/global-commands.js';
import {helpLines, type HelpLine} from './keys/help-lines.js';
import type {Intent} from './keys/intent.js';
import type {KeyLayer, KeyRoute} from './keys/route-key.js';
import {logicOf} from './screens/screen-logics.js';
import type {AnyScreenLogic, BodySize, ScreenInput} from './stack/screen-logic.js';
import {topScreen, type ScreenEntry, type StackState} from './stack/screen-stack.js';
import type {DataSource} from './stack/sources.js';
import type {ErrorParams} from './screens/error/error-request.js';
import type {Part} from './styled-text.js';
import type {PollError} from '../watch/snapshot.js';

/** The breadcrumb line and the poller's line, around a screen's own header lines. */
const FIXED_HEADER_LINES = 2;
const FOOTER_LINES = 1;

/** Everything the app derives from the stack, the top screen's data and the terminal size: drawn and keyed alike. */
export interface AppFrame {
	entry: ScreenEntry;
	logic: AnyScreenLogic;
	source: DataSource<unknown>;
	input: ScreenInput<unknown, unknown, unknown>;
	crumbs: string[];
	headerLines: Part[][];
	headerHeight: number;
	body: BodySize;
	frame: unknown;
	help: {lines: readonly HelpLine[]; scroll: number; max: number; page: number} | null;
	/** The top screen's last error, in words and in full; null while its polls succeed. */
	error: ErrorParams | null;
}

/** Derives the frame of the top screen. Pure but for reading the source's current snapshot. */
export function appFrame(
	stack: StackState,
	sourceFor: (entry: ScreenEntry) => DataSource<unknown>,
	size: {width: number; height: number},
	now: number,
	describeError: (error: PollError) => string,
): AppFrame {
	const entry = topScreen(stack);
	const logic = logicOf(entry.kind);
	const source = sourceFor(entry);
	const input = {params: entry.params, state: entry.state, snapshot: source.getSnapshot(), now};
	const headerLines = logic.headerLines(input, size.width);
	const headerHeight = FIXED_HEADER_LINES + headerLines.length;
	const body = {width: size.width, height: Math.max(2, size.height - headerHeight - FOOTER_LINES)};
	let help: AppFrame['help'] = null;
	if (stack.help !== null) {
		const lines = helpLines(logic.title, logic.commands);
		const room = Math.max(1, body.height - 1);
		const max = Math.max(0, lines.length - room);
		help = {lines, scroll: Math.min(stack.help.scroll, max), max, page: Math.max(1, room - 1)};
	}

	const error = input.snapshot.error ?? logic.partialError?.(input) ?? null;
	return {
		entry, logic, source, input, headerLines, headerHeight, body, help,
		error: error === null ? null : {error, sentence: describeError(error)},
		crumbs: stack.screens.map(screen => logicOf(screen.kind).crumb(screen.params)),
		frame: logic.frame(input, body),
	};
}

/** Where a key goes in this frame: the help overlay when open; else typing, the top screen, the global keys. */
export function keyRoute(app: AppFrame, depth: number): KeyRoute {
	const layers = keyLayers(app, depth);
	if (app.help !== null) return {overlay: layers[0]!, typing: null, layers: []};
	const line = app.logic.typing?.(app.entry.state) ?? null;
	return {overlay: null, typing: line === null ? null : (text): Intent => ({kind: 'update', action: line.type(text)}), layers};
}

/** The key layers in priority order: the help's alone while it is open (also what the footer's hints come from). */
export function keyLayers(app: AppFrame, depth: number): Array<KeyLayer<unknown>> {
	if (app.help !== null) {
		const context: HelpContext = {scroll: app.help.scroll, max: app.help.max, page: app.help.page};
		return [{commands: HELP_COMMANDS, context} as KeyLayer<unknown>];
	}

	const global: GlobalContext = {depth, error: app.error};
	return [
		{commands: app.logic.commands, context: {...app.input, frame: app.frame}} as KeyLayer<unknown>,
		{commands: GLOBAL_COMMANDS, context: global} as KeyLayer<unknown>,
	];
}
