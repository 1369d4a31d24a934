import type {Key} from 'ink';
import {describe, expect, it} from 'vitest';
import {COMMANDS, footerHints, matchCommand} from '../../source/ui/keymap.js';

const noKey: Key = {
	upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false,
	return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false,
	super: false, hyper: false, capsLock: false, numLock: false,
};

describe('keymap', () => {
	it('maps keys to commands by view', () => {
		expect(matchCommand('grid', 'j', noKey)?.id).toBe('moveDown');
		expect(matchCommand('grid', '', {...noKey, downArrow: true})?.id).toBe('moveDown');
		expect(matchCommand('grid', 'f', {...noKey, ctrl: true})?.id).toBe('pageDown');
		expect(matchCommand('grid', '', {...noKey, return: true})?.id).toBe('openDetail');
		expect(matchCommand('filter', '', {...noKey, return: true})?.id).toBe('applyFilter');
		expect(matchCommand('detail', '/', noKey)).toBeUndefined();
	});

	it('lets letters through to the filter while typing, but not Ctrl+C or arrows', () => {
		for (const letter of ['j', 'k', 'g', 'G', 's', 'r', 'p', 'q', '?', '/', 't', 'v', 'd']) {
			expect(matchCommand('filter', letter, noKey), letter).toBeUndefined();
		}

		expect(matchCommand('filter', 'c', {...noKey, ctrl: true})?.id).toBe('quit');
		expect(matchCommand('filter', '', {...noKey, downArrow: true})?.id).toBe('moveDown');
	});

	it('generates the footer from the table', () => {
		expect(footerHints('grid').map(h => `${h.keys} ${h.hint}`).join('  '))
			.toBe('? help  q quit  ↑↓ move  Enter detail  / filter  t timeline  v group  d deploys  s stopped  r refresh  p pause  Esc back');
		expect(footerHints('filter').map(h => `${h.keys} ${h.hint}`).join('  '))
			.toBe('Ctrl+C quit  ↑↓ move  Enter apply  Esc back');
		expect(footerHints('detail').map(h => `${h.keys} ${h.hint}`).join('  '))
			.toBe('? help  q quit  ↑↓ scroll  r refresh  p pause  Esc back');
		expect(COMMANDS.every(command => command.description.length > 0)).toBe(true);
	});
});
