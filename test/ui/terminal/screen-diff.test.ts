import {describe, expect, it} from 'vitest';
import {screenUpdate, type ScreenSize} from '../../../source/ui/terminal/screen-diff.js';
import {VtScreen} from './vt-screen.js';

/** A screen showing `lines`, each drawn whole on its own row (as a fresh terminal would show the frame). */
function drawn(lines: readonly string[], size: ScreenSize): VtScreen {
	return new VtScreen(size.columns, size.rows).write(lines.slice(0, size.rows).map((line, row) => `\u001B[${row + 1};1H${line}`).join(''));
}

/** The screen `previous` left, after the bytes that turn it into `next`, and those bytes. */
function replay(previous: readonly string[], next: readonly string[], size: ScreenSize) {
	const screen = drawn(previous, size);
	const bytes = screenUpdate(previous, next, size);
	screen.write(bytes);
	return {bytes, screen};
}

// eslint-disable-next-line no-control-regex
const SCROLL = /\u001B\[\d*[LM]/u;
// eslint-disable-next-line no-control-regex
const INSERT_LINES = /\u001B\[\d*L/u;
// eslint-disable-next-line no-control-regex
const REGION = /\u001B\[[\d;]*r/u;
const SIZE: ScreenSize = {columns: 60, rows: 12};
const task = (index: number) => `  task-${String(index).padStart(3, '0')} \u001B[32mRUNNING\u001B[39m  10.0.${index}.${index * 7 % 250}  eni-${(index * 7919).toString(16).padStart(8, '0')}`;
const tasks = (from: number, count: number) => Array.from({length: count}, (_, index) => task(from + index));
const HEADER = ['\u001B[1mecswatch\u001B[22m  clusters › demo', 'running 8  pending 0'];
const FOOTER = '\u001B[36m?\u001B[39m help  \u001B[36mq\u001B[39m quit';
const withFooter = (lines: readonly string[]) => [...lines, ...Array.from({length: SIZE.rows - 1 - lines.length}, () => ''), FOOTER];

describe('screenUpdate: rows that moved are scrolled, not drawn again', () => {
	it('inserts a line above the list: one insert-line, the list not written, the screen equal to the new frame', () => {
		const previous = [...HEADER, ...tasks(0, 8)];
		const next = [...HEADER, '\u001B[33mapi: scaling 3 → 4\u001B[39m', ...tasks(0, 8)];
		const {bytes, screen} = replay(previous, next, SIZE);
		expect(bytes).toContain('\u001B[3;1H\u001B[L');
		expect(bytes).not.toContain('task-00');
		expect(screen.styled()).toEqual(drawn(next, SIZE).styled());
	});

	it('removes a line above the list: one delete-line, the rows below move up', () => {
		const previous = [...HEADER, '\u001B[33mapi: scaling 3 → 4\u001B[39m', ...tasks(0, 9)];
		const next = [...HEADER, ...tasks(0, 9)];
		const {bytes, screen} = replay(previous, next, SIZE);
		expect(bytes).toContain('\u001B[3;1H\u001B[M');
		expect(bytes).not.toContain('task-00');
		expect(screen.styled()).toEqual(drawn(next, SIZE).styled());
	});

	it('keeps a footer in place: the scroll stays inside a region above it, which is reset after', () => {
		const previous = withFooter([...HEADER, ...tasks(0, 9)]);
		const next = withFooter([...HEADER, '\u001B[33mapi: scaling 3 → 4\u001B[39m', ...tasks(0, 8)]);
		const {bytes, screen} = replay(previous, next, SIZE);
		expect(bytes).toContain('\u001B[3;11r\u001B[3;1H\u001B[L\u001B[r');
		expect(bytes).not.toContain('task-00');
		expect(bytes).not.toContain('help');
		expect(screen.styled()).toEqual(drawn(next, SIZE).styled());
		expect(screen.margins).toEqual({top: 0, bottom: SIZE.rows - 1});
	});

	it('moves several blocks by different amounts, redrawing only the rows that changed among them', () => {
		// As a StopTask shows it: a rollout line and a deployment line appear, the stopped task's
		// status changes, its replacement joins the list lower down, the counts change.
		const previous = withFooter([...HEADER, ...tasks(0, 9)]);
		const stopped = task(1).replace('\u001B[32mRUNNING\u001B[39m', '\u001B[96mSTOPPING\u001B[39m');
		const next = withFooter([HEADER[0]!, 'running 7  pending 1', 'api: scaling 3 → 4', task(0), stopped, task(2), task(3), '  task-new \u001B[33mPENDING\u001B[39m', ...tasks(4, 3)]);
		const {bytes, screen} = replay(previous, next, SIZE);
		expect(screen.styled()).toEqual(drawn(next, SIZE).styled());
		// The unchanged task rows are moved, not written.
		for (const index of [0, 2, 3, 4, 5, 6]) expect(bytes).not.toContain(`task-${String(index).padStart(3, '0')}`);
		expect(bytes.length).toBeLessThan(screenUpdate(previous.map(() => ''), next, SIZE).length / 3);
	});

	it('moves one block up and another down in the same update', () => {
		const previous = withFooter([...HEADER, 'a notice that goes away', ...tasks(0, 4), ...tasks(10, 4)]);
		const next = withFooter([...HEADER, ...tasks(0, 4), '  a row that appears', '  and another', ...tasks(10, 3)]);
		const {bytes, screen} = replay(previous, next, SIZE);
		expect(bytes).toContain('\u001B[M');
		expect(bytes).toMatch(INSERT_LINES);
		expect(bytes).not.toContain('task-0');
		expect(bytes).not.toContain('task-01');
		expect(screen.styled()).toEqual(drawn(next, SIZE).styled());
	});

	it('does not scroll when drawing the moved rows is cheaper', () => {
		// Moving 'a' down a row inside a region would take more bytes than writing the three letters.
		const previous = ['a', 'z', 'q'];
		const next = ['x', 'a', 'y'];
		const {bytes, screen} = replay(previous, next, {columns: 20, rows: 3});
		expect(bytes).not.toMatch(SCROLL);
		expect(bytes).not.toMatch(REGION);
		expect(screen.text()).toEqual(next);
	});

	it('leaves the cursor where it was after a scroll', () => {
		const size = {columns: 60, rows: 8};
		const previous = ['top', ...tasks(0, 5)];
		const next = ['top', '', ...tasks(0, 5)];
		const screen = drawn(previous, size).write('\u001B[4;9H');
		const bytes = screenUpdate(previous, next, size);
		expect(bytes).toContain('\u001B[L');
		screen.write(bytes);
		expect(screen.cursor).toEqual({row: 3, column: 8});
		expect(screen.text()).toEqual(drawn(next, size).text());
	});

	it('clears the rows a shorter frame no longer reaches, after moving what stayed', () => {
		const previous = [...HEADER, 'notice', ...tasks(0, 8)];
		const next = [...HEADER, ...tasks(0, 3)];
		const {screen} = replay(previous, next, SIZE);
		expect(screen.styled()).toEqual(drawn(next, SIZE).styled());
	});

	it('draws every row after an unknown screen (start, resize), clearing below the frame', () => {
		const size = {columns: 20, rows: 5};
		const screen = new VtScreen(20, 5).write(Array.from({length: 5}, (_, row) => `\u001B[${row + 1};1Hold junk ${row}`).join(''));
		screen.write(screenUpdate(null, ['one', 'two'], size));
		expect(screen.text()).toEqual(['one', 'two', '', '', '']);
	});

	it('leaves the screen equal to each frame through many random frames of moving, changing, styled and wide rows', () => {
		let seed = 11;
		const random = (n: number) => {
			seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
			return Math.floor(seed / 65_536) % n;
		};

		const size = {columns: 24, rows: 10};
		const pool = [
			...Array.from({length: 14}, (_, index) => `line ${index} ${'·'.repeat(index)}`),
			'\u001B[32mgreen\u001B[39m and \u001B[1mbold\u001B[22m',
			'\u001B[41m red background \u001B[49m',
			'wide 日本語 text',
			'日本語日本語日本語日本語',
			'\u001B]8;;https://example.com\u0007link\u001B]8;;\u0007 after',
			'x'.repeat(24),
			'',
		];
		let frame: string[] = [];
		let screen = drawn([], size);
		let scrolled = 0;
		screen.write(screenUpdate(null, frame, size));
		for (let step = 0; step < 400; step++) {
			const next = [...frame];
			const edits = 1 + random(3);
			for (let edit = 0; edit < edits; edit++) {
				const at = random(next.length + 1);
				const kind = random(4);
				if (kind === 0 && next.length > 0) next.splice(at, 1 + random(2));
				else if (kind === 1) next.splice(at, 0, pool[random(pool.length)]!);
				else if (kind === 2 && at < next.length) next[at] = pool[random(pool.length)]!;
				else next.splice(at, 0, ...Array.from({length: 1 + random(3)}, () => pool[random(pool.length)]!));
			}

			if (next.length > size.rows + 2) next.length = size.rows + random(3);
			const bytes = screenUpdate(frame, next, size);
			if (SCROLL.test(bytes)) scrolled++;
			screen.write(bytes);
			expect(screen.styled(), `step ${step}`).toEqual(drawn(next, size).styled());
			expect(screen.margins).toEqual({top: 0, bottom: size.rows - 1});
			frame = next;
			if (random(20) === 0) {
				screen = drawn([], size).write(screenUpdate(null, frame, size));
			}
		}

		// The frames did make it scroll, often.
		expect(scrolled).toBeGreaterThan(50);
	});
});
