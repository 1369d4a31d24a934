import type {ScreenRequest} from '../stack/screen-request.js';

/**
 * What a key means, as data: a change to the top screen's state, a step through the screen
 * stack, or an effect the app carries out. Commands return intents; they never call anything.
 */
export type Intent =
	| {kind: 'update'; action: unknown}
	| {kind: 'push'; screen: ScreenRequest}
	| {kind: 'pop'}
	/** The top screen gives way to another (the same logs with another container or start): a new source. */
	| {kind: 'replace'; screen: ScreenRequest}
	| {kind: 'help'}
	| {kind: 'help-scroll'; to: number}
	| {kind: 'quit'}
	| {kind: 'refresh'}
	| {kind: 'toggle-pause'}
	/** Put `text` on the clipboard; null when the row has no such value (`what` says which, for the footer). */
	| {kind: 'copy'; text: string | null; what: string};

/** An intent that changes the top screen's state with `action`. */
export function update(action: unknown): Intent {
	return {kind: 'update', action};
}
