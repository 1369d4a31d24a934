/**
 * Terminals refuse (or truncate) OSC 52 payloads past about 74,994 bytes of base64 (xterm's and
 * tmux's limit); a longer copy is refused here rather than arriving cut.
 */
export const OSC52_MAX_BASE64 = 74_994;

/**
 * The OSC 52 escape that puts `text` on the clipboard: `ESC ] 52 ; c ; base64 BEL`. It works over
 * SSH and, with `set -g set-clipboard on`, inside tmux. With `tmuxPassthrough` it is wrapped in
 * tmux's DCS passthrough (`ESC P tmux; … ESC \`, every ESC inside doubled), which reaches the outer
 * terminal when tmux's own clipboard handling is off but `allow-passthrough` is on. Null when too long.
 */
export function osc52(text: string, {tmuxPassthrough}: {tmuxPassthrough: boolean}): string | null {
	const payload = Buffer.from(text, 'utf8').toString('base64');
	if (payload.length > OSC52_MAX_BASE64) return null;
	const sequence = `\u001B]52;c;${payload}\u0007`;
	return tmuxPassthrough ? `\u001BPtmux;${sequence.replaceAll('\u001B', '\u001B\u001B')}\u001B\\` : sequence;
}

/** An OSC 8 hyperlink: `text` that opens `url` where the terminal supports it. `url` must be printable ASCII. */
export function hyperlink(text: string, url: string): string {
	return `\u001B]8;;${url}\u0007${text}\u001B]8;;\u0007`;
}
