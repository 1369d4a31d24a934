import {EventEmitter} from 'node:events';
import {Box, render, Text, type Instance} from 'ink';
import {useEffect, useState} from 'react';
import stripAnsi from 'strip-ansi';
import {afterEach, describe, expect, it} from 'vitest';
import {frameStdout, type FrameStdout} from '../../source/cli/frame-stdout.js';
import {waitUntil} from '../helpers/wait-until.js';

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

/**
 * What a terminal shows after `bytes`, for the sequences a screen update uses: CSI row;col H moves
 * the cursor, CSI K erases to the end of the line, text is written from the cursor; modes (CSI ? … h/l)
 * and SGR colours change no cell.
 */
function applyToScreen(screen: string[], bytes: string, columns: number): string[] {
	const next = [...screen];
	let row = 0;
	let column = 0;
	// eslint-disable-next-line no-control-regex
	const pattern = /\u001B\[(\??)([\d;]*)([A-Za-z])|([^\u001B]+)/gu;
	for (const match of bytes.matchAll(pattern)) {
		const [, question, parameters = '', command, text] = match;
		if (text !== undefined) {
			const line = (next[row] ?? '').padEnd(column);
			next[row] = (line.slice(0, column) + text + line.slice(column + text.length)).slice(0, columns);
			column += text.length;
		} else if (question === '' && command === 'H') {
			const [r = '1', c = '1'] = parameters.split(';');
			row = Number(r) - 1;
			column = Number(c) - 1;
		} else if (question === '' && command === 'K') {
			next[row] = (next[row] ?? '').slice(0, column);
		}
	}

	return next.map(line => line.trimEnd());
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

	it('rewrites only the changed line, at its row', () => {
		const {stream, flush} = start();
		stream.write(grid('a').join('\n'));
		flush();
		const before = applyToScreen([], terminal.take(), 40);
		stream.write(grid('b').join('\n'));
		flush();
		const bytes = terminal.take();
		expect(stripAnsi(bytes)).toBe('row 4 b');
		expect(bytes).toContain('\u001B[5;1Hrow 4 b\u001B[K');
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
		expect(applyToScreen([], bytes, 10)).toEqual(['0123456789', 'short', '']);
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
		expect(applyToScreen(Array.from({length: 11}, () => 'reflowed junk'), terminal.take(), 30)).toEqual([...grid('a'), '']);
	});

	it('writes nothing once disposed, even a frame already received', () => {
		const {stream, flush, dispose} = start();
		stream.write(grid('a').join('\n'));
		dispose();
		flush();
		expect(terminal.take()).toBe('');
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
			last = Array.from({length: height}, (_, row) => (random(3) === 0 ? `r${row} ${'x'.repeat(random(17))}` : `r${row}`));
			stream.write(last.join('\n'));
			if (random(4) === 0) terminal.resize(20, 8);
			flush();
			screen = applyToScreen(screen, terminal.take(), 20);
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
			expect(stripAnsi(tick)).toMatch(/^ecswatch {2}updated 12:00:\d\d$/u);
			expect(tick).toContain('\u001B[1;1H');
		}
	});
});
