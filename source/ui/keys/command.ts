import {parseBinding, type KeyBinding} from './key-binding.js';
import type {Intent} from './intent.js';

/** One row of a key table, as written: its keys as strings, parsed once by {@link defineCommands}. */
export interface CommandSpec<Ctx> {
	id: string;
	keys: readonly string[];
	/** Sentence for the help overlay, `--help` and the README. */
	description: string;
	/** A word or two for the footer. */
	hint: string;
	/** Shown in the footer (as many as fit, by `footerOrder`, then in table order). */
	footer?: boolean;
	/** Where in the footer: lower first; screen keys default to {@link DEFAULT_FOOTER_ORDER}. */
	footerOrder?: number;
	/** The footer's key label when one label stands for a pair of commands (`↑↓`). */
	footerLabel?: string;
	/** The footer's word when it depends on the moment (`cancel` while typing, `clear` after). */
	footerHint?(context: Ctx): string;
	/** What the key means now; undefined lets the key fall through to the next handler. */
	run(context: Ctx): Intent | undefined;
}

/** Screen keys come after help and quit, before back, refresh and pause. */
export const DEFAULT_FOOTER_ORDER = 5;

export interface Command<Ctx> extends CommandSpec<Ctx> {
	bindings: readonly KeyBinding[];
}

/** Parses a key table's bindings once. */
export function defineCommands<Ctx>(specs: ReadonlyArray<CommandSpec<Ctx>>): ReadonlyArray<Command<Ctx>> {
	return specs.map(spec => ({...spec, bindings: spec.keys.map(parseBinding)}));
}

/** The keys of a command as one label, e.g. `↓/j`. */
export function keyLabel(command: Pick<Command<never>, 'bindings'>): string {
	return command.bindings.map(binding => binding.label).join('/');
}
