import type {Key} from 'ink';
import {DEFAULT_FOOTER_ORDER, type Command} from './command.js';
import type {Intent} from './intent.js';

/** One level of key handling: a key table and the context its commands run in. */
export interface KeyLayer<Ctx> {
	commands: ReadonlyArray<Command<Ctx>>;
	context: Ctx;
}

/** Where a key goes: the help overlay alone when open; else typing, the top screen, the global keys. */
export interface KeyRoute {
	/** The help overlay's keys, when it is open: nothing else sees a key then. */
	overlay: KeyLayer<unknown> | null;
	/** While a text line is open, printable keys become this intent. */
	typing: ((text: string) => Intent) | null;
	layers: ReadonlyArray<KeyLayer<unknown>>;
}

function isPrintable(input: string, key: Key): boolean {
	return input !== '' && !key.ctrl && !key.meta && !key.return && !key.escape && !key.tab && !key.backspace && !key.delete;
}

function runLayer(layer: KeyLayer<unknown>, input: string, key: Key, typing: boolean): Intent | undefined {
	for (const command of layer.commands) {
		if (!command.bindings.some(binding => !(typing && binding.printable) && binding.matches(input, key))) continue;
		const intent = command.run(layer.context);
		if (intent !== undefined) return intent;
	}

	return undefined;
}

/**
 * The intent a key press means, by priority: the overlay; then, within the stack, the top screen
 * before the global keys (a command that returns nothing lets the key fall through).
 */
export function routeKey(route: KeyRoute, input: string, key: Key): Intent | undefined {
	if (route.overlay !== null) return runLayer(route.overlay, input, key, false);
	const typing = route.typing !== null;
	for (const layer of route.layers) {
		const intent = runLayer(layer, input, key, typing);
		if (intent !== undefined) return intent;
	}

	return typing && isPrintable(input, key) ? route.typing!(input) : undefined;
}

/**
 * The footer's hints: the commands marked for it whose key would reach them right now — they do
 * something, no command before them takes the same key, and a printable key is not typed into an
 * open text line instead — by footer order, then table order.
 */
export function activeHints(layers: ReadonlyArray<KeyLayer<unknown>>, typing = false): Array<{keys: string; hint: string}> {
	const hints: Array<{keys: string; hint: string; order: number}> = [];
	const seen = new Set<string>();
	const taken = new Set<string>();
	for (const layer of layers) {
		for (const command of layer.commands) {
			const reachable = command.bindings.filter(binding => !(typing && binding.printable) && !taken.has(binding.label));
			if (reachable.length === 0 || command.run(layer.context) === undefined) continue;
			for (const binding of reachable) taken.add(binding.label);
			const hint = command.footerHint?.(layer.context) ?? command.hint;
			if (command.footer !== true || seen.has(hint)) continue;
			const label = command.footerLabel ?? reachable[0]!.label;
			seen.add(hint);
			hints.push({keys: label, hint, order: command.footerOrder ?? DEFAULT_FOOTER_ORDER});
		}
	}

	// Array.prototype.sort is stable: table order holds within one rank.
	return hints.sort((a, b) => a.order - b.order).map(({keys, hint}) => ({keys, hint}));
}
