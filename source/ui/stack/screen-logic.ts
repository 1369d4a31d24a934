import type {TerminalFeatures} from '../terminal/terminal-features.js';
import type {Theme} from '../theme.js';
import type {PollError, SourceSnapshot} from '../../watch/snapshot.js';
import type {Command} from '../keys/command.js';
import type {Part} from '../styled-text.js';
import type {DataSource, Sources} from './sources.js';

/** Where a screen draws: the terminal's width and the lines between the header and the footer. */
export interface BodySize {
	width: number;
	height: number;
}

/** What a screen's derivations see: its scope, its state and its source's latest snapshot. */
export interface ScreenInput<P, S, D> {
	params: P;
	state: S;
	snapshot: SourceSnapshot<D>;
	/** Epoch ms from the screen's clock (the data's own clock: the demo's runs fast). */
	now: number;
}

/** What a command of a screen sees when its key is pressed. */
export interface ScreenContext<P, S, D, F> extends ScreenInput<P, S, D> {
	frame: F;
}

/**
 * Everything about one kind of screen that is not drawing: pure functions and its key table.
 * Its view lives beside it (`view.tsx`), so key references load no React.
 */
export interface ScreenLogic<P, S, D, F> {
	kind: string;
	/** What the screen is called in the help and the key references: `Tasks`. */
	title: string;
	/** Its part of the breadcrumb: `demo`, `web`, `3f196775`, `json`. */
	crumb(params: P): string;
	reduce(state: S, action: never): S;
	/** The screen's slice of the key table, tried before the global keys. */
	commands: ReadonlyArray<Command<ScreenContext<P, S, D, F>>>;
	/** The text line open on the screen, if any: what is typed so far, and the action a typed key becomes. */
	typing?(state: S): TextLine | null;
	/**
	 * The screen's data: started when pushed, hidden while covered, disposed when popped. `below`
	 * gives the source of the screen under this one, for a screen that shows the same data another
	 * way (the registry then keeps that one source shown while either screen is on top).
	 */
	source(params: P, sources: Sources, below: () => DataSource<unknown> | null): DataSource<D>;
	/** Warnings at the end of the poller's line (tasks ECS could not describe). */
	statusParts?(input: ScreenInput<P, S, D>): Part[];
	/**
	 * An error the data reports although the poll succeeded (the services could not be read, the
	 * tasks could): what `!` shows when the poll itself has none.
	 */
	partialError?(input: ScreenInput<P, S, D>): PollError | null;
	/** Header lines between the breadcrumb and the poller's line (counts, a rollout sentence). */
	headerLines(input: ScreenInput<P, S, D>, width: number): Part[][];
	/** What the screen derives for drawing and for its keys: rows, cursor, scroll, limits. Pure. */
	frame(input: ScreenInput<P, S, D>, body: BodySize): F;
	/** Right-hand side of the footer: `12/40 · filter "web"`. */
	footerStatus(input: ScreenInput<P, S, D>, frame: F): string;
	/** When the screen changes with time alone; never, when absent. */
	clockNeeds?(input: ScreenInput<P, S, D>, frame: F): ClockNeeds;
}

/** A screen logic with its types erased, as the stack holds it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyScreenLogic = ScreenLogic<any, any, any, any>;

/** A line the user types into (the filter): printable keys go to it instead of to commands. */
export interface TextLine {
	draft: string;
	/** What is wrong with the draft, in words; the rows keep the terms before the problem meanwhile. */
	error: string | null;
	type(text: string): unknown;
}

/** When a screen needs to be drawn again without new data or a key: a ticking clock, a fading highlight. */
export interface ClockNeeds {
	/** Relative times on screen: redraw every second. */
	tick: boolean;
	/** Epoch ms (the screen's clock) when something on screen changes by itself; null for nothing. */
	wakeAt: number | null;
}

/** What a screen's view is drawn from. */
export interface ScreenViewProps<P, S, D, F> {
	input: ScreenInput<P, S, D>;
	frame: F;
	body: BodySize;
	theme: Theme;
	terminal: TerminalFeatures;
	/** False for NO_COLOR: glyphs that only colour would tell apart get ASCII stand-ins. */
	colorEnabled: boolean;
}
