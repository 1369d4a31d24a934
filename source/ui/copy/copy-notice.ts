import {sanitize} from '../../model/sanitize.js';
import type {Intent} from '../keys/intent.js';
import type {TerminalFeatures} from '../terminal/terminal-features.js';

/** Copies what a copy intent asks for, and says in a few words what happened, for the footer. */
export function copyNotice(intent: Extract<Intent, {kind: 'copy'}>, terminal: TerminalFeatures): string {
	if (intent.text === null || intent.text === '') return `no ${intent.what} to copy`;
	if (terminal.copy === null) return 'copying is off (ECSWATCH_OSC52)';
	return terminal.copy(intent.text) ? `copied ${sanitize(intent.text)}` : `${intent.what} too long to copy`;
}
