import {describe, expect, it} from 'vitest';
import {hyperlink, osc52, OSC52_MAX_BASE64} from '../../../source/ui/terminal/osc52.js';

describe('the clipboard escape (OSC 52)', () => {
	it('is ESC ] 52 ; c ; base64 BEL', () => {
		expect(osc52('10.0.4.128', {tmuxPassthrough: false})).toBe('\u001B]52;c;MTAuMC40LjEyOA==\u0007');
	});

	it('wraps in tmux\'s DCS passthrough, every ESC inside doubled', () => {
		expect(osc52('10.0.4.128', {tmuxPassthrough: true})).toBe('\u001BPtmux;\u001B\u001B]52;c;MTAuMC40LjEyOA==\u0007\u001B\\');
	});

	it('encodes UTF-8, and refuses what terminals would cut', () => {
		expect(osc52('é', {tmuxPassthrough: false})).toBe('\u001B]52;c;w6k=\u0007');
		const longest = 'a'.repeat(Math.floor(OSC52_MAX_BASE64 / 4) * 3);
		expect(osc52(longest, {tmuxPassthrough: false})).not.toBeNull();
		expect(osc52(`${longest}a`, {tmuxPassthrough: false})).toBeNull();
	});
});

describe('a hyperlink (OSC 8)', () => {
	it('is ESC ] 8 ; ; url BEL text ESC ] 8 ; ; BEL', () => {
		expect(hyperlink('console', 'https://example.com/x')).toBe('\u001B]8;;https://example.com/x\u0007console\u001B]8;;\u0007');
	});
});
