/** What the terminal can do beyond text, as the app was told at start. */
export interface TerminalFeatures {
	/** Puts text on the clipboard; null when copying is switched off. False when the text is too long. */
	copy: ((text: string) => boolean) | null;
	/** The terminal shows OSC 8 hyperlinks (else URLs are plain text). */
	hyperlinks: boolean;
}

/** A terminal that can do nothing more: what tests and pipes get. */
export const PLAIN_TERMINAL: TerminalFeatures = {copy: null, hyperlinks: false};
