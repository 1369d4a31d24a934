import {EventEmitter} from 'node:events';
import {Box, render, Text, type Instance} from 'ink';
import {useEffect, useState} from 'react';
import stripAnsi from 'strip-ansi';
import {afterEach, describe, expect, it} from 'vitest';
import {frameStdout, type FrameStdout} from '../../source/cli/frame-stdout.js';
import {waitUntil} from '../helpers/wait-until.js';
import {VtScreen} from '../ui/terminal/vt-screen.js';

/** A terminal that records what is written to it and can be resized. */
class FakeTerminal extends EventEmitter {
	writes: string[] = [];
	constructor(public columns: number, public rows: number) {
		super();
	}

	write(text: string) {
		this.writes.push(text);
		return true;
	}

	resize(columns: number, rows: number) {
		this.columns = columns;
		this.rows = rows;
		this.emit('resize');
	}

	take(): string {
		const all = this.writes.join('');
		this.writes = [];
		return all;
	}
}

/** What a terminal of `columns` x `rows` that showed `screen` shows after `bytes`. */
function applyToScreen(screen: readonly string[], bytes: string, columns: number, rows = 12): string[] {
	const terminal = new VtScreen(columns, rows).write(screen.map((line, row) => `\u001B[${row + 1};1H${line}`).join(''));
	return terminal.write(bytes).text();
}

const grid = (marker: string, count = 10) => Array.from({length: count}, (_, index) => `row ${index} ${index === 4 ? marker : 'steady'}`);

let frames: FrameStdout | undefined;
let terminal: FakeTerminal;
const start = (columns = 40, rows = 12) => {
	terminal = new FakeTerminal(columns, rows);
	// Written synchronously when flushed by hand: the tests call flush() where the event loop would.
	frames = frameStdout(terminal as unknown as NodeJS.WriteStream, () => undefined);
	return frames;
};

afterEach(() => {
	frames?.dispose();
	frames = undefined;
});

describe('frameStdout, fed frames', () => {
	it('draws the first frame whole, with the cursor hidden, and clears the rows below it', () => {
		const {stream, flush} = start();
		stream.write(grid('a').join('\n'));
		flush();
		const bytes = terminal.take();
		expect(bytes.startsWith('\u001B[?25l')).toBe(true);
		const shown = applyToScreen(Array.from({length: 12}, () => 'old junk'), bytes, 40);
		expect(shown).toEqual([...grid('a'), '', '']);
	});

	it('writes nothing for a frame equal to the one on screen', () => {
		const {stream, flush} = start();
		stream.write(grid('a').join('\n'));
		flush();
		terminal.take();
		stream.write(grid('a').join('\n'));
		flush();
		expect(terminal.take()).toBe('');
	});

	it('writes only the cells that changed, at their row and column', () => {
		const {stream, flush} = start();
		stream.write(grid('a').join('\n'));
		flush();
		const before = applyToScreen([], terminal.take(), 40);
		stream.write(grid('b').join('\n'));
		flush();
		const bytes = terminal.take();
		expect(stripAnsi(bytes)).toBe('b');
		expect(bytes).toBe('\u001B[?2026h\u001B[5;7Hb\u001B[?2026l');
		expect(applyToScreen(before, bytes, 40)).toEqual([...grid('b'), '', '']);
	});

	it('clears the rows a shorter frame no longer reaches', () => {
		const {stream, flush} = start();
		stream.write(grid('a').join('\n'));
		flush();
		const before = applyToScreen([], terminal.take(), 40);
		stream.write(grid('a', 6).join('\n'));
		flush();
		expect(applyToScreen(before, terminal.take(), 40)).toEqual([...grid('a', 6), '', '', '', '', '', '']);
	});

	it('does not erase after a line as wide as the terminal (that would take its last character)', () => {
		const {stream, flush} = start(10, 3);
		stream.write('0123456789\nshort');
		flush();
		const bytes = terminal.take();
		expect(bytes).toContain('\u001B[1;1H0123456789\u001B[2;1H');
		expect(applyToScreen([], bytes, 10, 3)).toEqual(['0123456789', 'short', '']);
	});

	it('writes the frames of one turn of the event loop once, as the last of them', () => {
		const {stream, flush} = start();
		stream.write(grid('a').join('\n'));
		stream.write(grid('b').join('\n'));
		stream.write(grid('c').join('\n'));
		flush();
		const bytes = terminal.take();
		expect(bytes).not.toContain('row 4 a');
		expect(bytes).not.toContain('row 4 b');
		expect(applyToScreen([], bytes, 40)).toEqual([...grid('c'), '', '']);
	});

	it('draws every row again after a resize, and passes the new size on', () => {
		const {stream, flush} = start();
		stream.write(grid('a').join('\n'));
		flush();
		terminal.take();
		let seen: [number, number] | undefined;
		stream.on('resize', () => {
			seen = [stream.columns, stream.rows];
		});
		terminal.resize(30, 11);
		expect(seen).toEqual([30, 11]);
		stream.write(grid('a').join('\n'));
		flush();
		expect(applyToScreen(Array.from({length: 11}, () => 'reflowed junk'), terminal.take(), 30, 11)).toEqual([...grid('a'), '']);
	});

	it('writes nothing once disposed, even a frame already received', () => {
		const {stream, flush, dispose} = start();
		stream.write(grid('a').join('\n'));
		dispose();
		flush();
		expect(terminal.take()).toBe('');
	});

	it('scrolls the rows below a line inserted above them instead of writing them again', () => {
		const {stream, flush} = start();
		stream.write(grid('a').join('\n'));
		flush();
		const before = applyToScreen([], terminal.take(), 40);
		const next = ['a new line', ...grid('a')];
		stream.write(next.join('\n'));
		flush();
		const bytes = terminal.take();
		expect(stripAnsi(bytes)).toBe('a new line');
		expect(applyToScreen(before, bytes, 40)).toEqual([...next, '']);
	});

	it('leaves the screen equal to the last frame after many random changes', () => {
		const {stream, flush} = start(20, 8);
		let screen: string[] = [];
		let seed = 7;
		const random = (n: number) => {
			seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
			return seed % n;
		};

		let last: string[] = [];
		for (let step = 0; step < 300; step++) {
			const height = 1 + random(8);
			// Lines from a small pool, so that rows also move between frames.
			last = Array.from({length: height}, () => (random(3) === 0 ? `r ${'x'.repeat(random(17))}` : `r${random(9)}`));
			stream.write(last.join('\n'));
			if (random(4) === 0) terminal.resize(20, 8);
			flush();
			screen = applyToScreen(screen, terminal.take(), 20, 8);
		}

		expect(screen).toEqual([...last, ...Array.from({length: 8 - last.length}, () => '')]);
	});
});

function Clocked({grid: rows}: {grid: number}) {
	const [second, setSecond] = useState(0);
	useEffect(() => {
		const timer = setInterval(() => {
			setSecond(value => value + 1);
		}, 5);
		return () => {
			clearInterval(timer);
		};
	}, []);
	return (
		<Box flexDirection="column">
			<Text>ecswatch  updated 12:00:{String(second % 60).padStart(2, '0')}</Text>
			{Array.from({length: rows}, (_, index) => <Text key={index} color="green">task-{index} RUNNING 10.0.0.{index}</Text>)}
		</Box>
	);
}

describe('frameStdout under Ink (debug: each frame whole)', () => {
	let instance: Instance | undefined;
	afterEach(() => {
		instance?.unmount();
		instance = undefined;
	});

	it('sends only the clock line when only the clock changes', async () => {
		terminal = new FakeTerminal(60, 24);
		frames = frameStdout(terminal as unknown as NodeJS.WriteStream);
		instance = render(<Clocked grid={20} />, {stdout: frames.stream, debug: true, patchConsole: false, exitOnCtrlC: false});
		await waitUntil(() => {
			expect(stripAnsi(terminal.writes[0] ?? '')).toContain('task-19 RUNNING 10.0.0.19');
		});
		terminal.writes.shift();
		await waitUntil(() => {
			expect(terminal.writes.length).toBeGreaterThan(3);
		});
		const ticks = terminal.writes.splice(0);
		for (const tick of ticks) {
			// The seconds' digits that changed, on the first row only.
			expect(stripAnsi(tick)).toMatch(/^\d{1,2}$/u);
			// eslint-disable-next-line no-control-regex
			expect([...tick.matchAll(/\u001B\[(\d+);\d+H/gu)].map(([, row]) => row)).toEqual(['1']);
		}
	});
});
