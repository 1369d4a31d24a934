import {sanitize} from '../../model/sanitize.js';

/** Tells the user something happened while they may be looking elsewhere: a bell and a desktop notification. */
export interface Notifier {
	notify(title: string, body: string): void;
}

/** Longest title or body sent; terminals show a line or two anyway. */
const MAX_TEXT = 200;

/**
 * Text safe inside an OSC string: control characters (which would end or hijack the sequence)
 * become `�`, and `;` (OSC 777's field separator, and ConEmu's sub-command separator in OSC 9)
 * becomes `,`.
 */
export function notificationText(text: string): string {
	const safe = sanitize(text).replaceAll(';', ',');
	return safe.length > MAX_TEXT ? `${safe.slice(0, MAX_TEXT - 1)}…` : safe;
}

/** tmux's DCS passthrough (`ESC P tmux; … ESC \`, every ESC inside doubled), for tmux with `allow-passthrough on`. */
export function tmuxWrap(sequence: string): string {
	return `\u001BPtmux;${sequence.replaceAll('\u001B', '\u001B\u001B')}\u001B\\`;
}

/**
 * What a notification writes: the bell (BEL, which tmux turns into its own alert), then the
 * desktop notification twice over, since terminals understand one or the other: OSC 777
 * (`ESC ] 777 ; notify ; title ; body BEL`: urxvt, foot, Ghostty, WezTerm, VTE terminals) and
 * OSC 9 (`ESC ] 9 ; body BEL`: iTerm2, Windows Terminal, kitty). Inside tmux both go through
 * its passthrough, which otherwise drops OSC sequences it does not know.
 */
export function notificationSequence(title: string, body: string, {tmuxPassthrough}: {tmuxPassthrough: boolean}): string {
	const safeTitle = notificationText(title);
	const safeBody = notificationText(body);
	const wrap = tmuxPassthrough ? tmuxWrap : (sequence: string) => sequence;
	return `\u0007${wrap(`\u001B]777;notify;${safeTitle};${safeBody}\u0007`)}${wrap(`\u001B]9;${safeBody}\u0007`)}`;
}

/** A notifier writing {@link notificationSequence} to `write` (the terminal). */
export function terminalNotifier(write: (text: string) => void, options: {tmuxPassthrough: boolean}): Notifier {
	return {
		notify(title, body) {
			write(notificationSequence(title, body, options));
		},
	};
}
