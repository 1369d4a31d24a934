import {describe, expect, it} from 'vitest';
import {drawLine, lineUpdate} from '../../../source/ui/terminal/line-diff.js';
import {VtScreen} from './vt-screen.js';

const COLUMNS = 40;

/** Row 2 of a screen that showed `shown` there, after the update to `next`; and the update. */
function replay(shown: string, next: string) {
	const screen = new VtScreen(COLUMNS, 3).write(`\u001B[2;1H${shown}`);
	const bytes = lineUpdate(1, shown, next, COLUMNS);
	screen.write(bytes);
	const expected = new VtScreen(COLUMNS, 3).write(`\u001B[2;1H${next}`);
	return {bytes, row: screen.styled()[1], expected: expected.styled()[1]};
}

describe('lineUpdate: only the cells that changed', () => {
	it('writes only the digit of a clock that changed, at its column', () => {
		const {bytes, row, expected} = replay('updated 12:00:05 · live', 'updated 12:00:06 · live');
		expect(bytes).toBe('\u001B[2;16H6');
		expect(row).toBe(expected);
	});

	it('opens the style in force before the changed cells and closes it after them', () => {
		const {bytes, row, expected} = replay('\u001B[32mrunning 99\u001B[39m  pending 0', '\u001B[32mrunning 98\u001B[39m  pending 0');
		expect(bytes).toBe('\u001B[2;10H\u001B[32m8\u001B[0m');
		expect(row).toBe(expected);
	});

	it('rewrites a cell whose style alone changed', () => {
		const {bytes, row, expected} = replay('status \u001B[32mRUNNING\u001B[39m', 'status \u001B[31mRUNNING\u001B[39m');
		expect(bytes).toContain('\u001B[31mRUNNING');
		expect(row).toBe(expected);
	});

	it('clears the rest of the row from where a shorter line ends', () => {
		const {bytes, row, expected} = replay('stopping 1  stopped 12', 'stopping 1');
		// Its own trailing blanks included: the row is cleared from the first cell that was not blank.
		expect(bytes).toBe('\u001B[2;13H\u001B[K');
		expect(row).toBe(expected);
	});

	it('draws both halves of a wide character, and the characters after one that changed', () => {
		for (const [shown, next] of [['名前 api', '名札 api'], ['ab 名前', 'ab 日前'], ['x 日本', 'x 日a'], ['x 日a', 'x 日本'], ['x ab', 'x 日']]) {
			const {row, expected} = replay(shown!, next!);
			expect(row).toBe(expected);
		}
	});

	it('keeps an OSC 8 link around the cells it covers', () => {
		const link = (text: string) => `see \u001B]8;;https://example.com/a\u0007${text}\u001B]8;;\u0007 now`;
		const {bytes, row, expected} = replay(link('task 1'), link('task 2'));
		expect(bytes).toBe('\u001B[2;10H\u001B]8;;https://example.com/a\u00072\u001B]8;;\u0007');
		expect(row).toBe(expected);
	});

	it('never writes more than drawing the whole line, and draws it whole when it has a sequence it does not know', () => {
		for (const [shown, next] of [['abcdef', 'ABC'], ['\u001B[1;32;41mab\u001B[0m', '\u001B[1;32;41mac\u001B[0m'], ['', 'new line']]) {
			expect(lineUpdate(1, shown!, next!, COLUMNS).length).toBeLessThanOrEqual(drawLine(1, next!, COLUMNS).length);
			expect(replay(shown!, next!).row).toBe(replay(shown!, next!).expected);
		}

		expect(lineUpdate(1, 'abc \u001B[5Xdef', 'abc \u001B[5Xdeg', COLUMNS)).toBe(drawLine(1, 'abc \u001B[5Xdeg', COLUMNS));
	});

	it('writes nothing for lines that look the same', () => {
		expect(lineUpdate(1, 'same', 'same', COLUMNS)).toBe('');
		expect(lineUpdate(1, '\u001B[1mbold\u001B[22m', '\u001B[1mbold\u001B[0m', COLUMNS)).toBe('');
	});
});
