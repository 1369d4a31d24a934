// Run under a real terminal (`node --import tsx test/cli/shifted-frames-script.ts LOG`): draws
// SHIFTED_FRAMES through frameStdout, the next one at each Enter, and appends each update's bytes to LOG.
import {appendFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {frameStdout, type Terminal} from '../../source/cli/frame-stdout.js';

const task = (index: number, status = '\u001B[32mRUNNING\u001B[39m') => `  task-${String(index).padStart(3, '0')}  ${status}  10.0.${index}.${(index * 7) % 250}  eni-${(index * 7919).toString(16).padStart(8, '0')}`;
const tasks = (from: number, count: number) => Array.from({length: count}, (_, index) => task(from + index));
const header = (counts: string) => ['\u001B[1mecswatch\u001B[22m  clusters › demo', counts];
const footer = (position: string) => `\u001B[36m?\u001B[39m help  \u001B[36mq\u001B[39m quit${' '.repeat(50)}${position}`;
const screen = (lines: readonly string[], position: string) => [...lines, ...Array.from({length: 23 - lines.length}, () => ''), footer(position)];

/** Frames of 80x24 whose rows move: a line inserted above the list, a row in it, rows that leave it. */
export const SHIFTED_FRAMES: ReadonlyArray<readonly string[]> = [
	screen([...header('running 20  pending 0'), ...tasks(0, 20)], '1/20'),
	// A rollout line above the list, the second task stopping, its replacement further down.
	screen([...header('running 19  pending 1'), '\u001B[33mapi: scaling 3 → 4\u001B[39m', task(0), task(1, '\u001B[96mSTOPPING\u001B[39m'), ...tasks(2, 8), task(99, '\u001B[33mPENDING\u001B[39m'), ...tasks(10, 9)], '1/21'),
	// The rollout line gone, the stopped task gone: rows move up by one and by two.
	screen([...header('running 20  pending 0'), task(0), ...tasks(2, 8), task(99), ...tasks(10, 10)], '1/20'),
];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const log = process.argv[2]!;
	const terminal: Terminal = {
		get columns() {
			return process.stdout.columns;
		},
		get rows() {
			return process.stdout.rows;
		},
		on: process.stdout.on.bind(process.stdout),
		off: process.stdout.off.bind(process.stdout),
		write(bytes: string | Uint8Array) {
			appendFileSync(log, `${JSON.stringify(String(bytes))}\n`);
			return process.stdout.write(bytes);
		},
	} as Terminal;
	const {stream} = frameStdout(terminal);
	let next = 0;
	const draw = () => {
		if (next < SHIFTED_FRAMES.length) stream.write(SHIFTED_FRAMES[next++]!.join('\n'));
	};

	process.stdin.setRawMode(true);
	process.stdin.on('data', (data: Buffer) => {
		if (data.includes(3)) process.exit(0);
		draw();
	});
	draw();
}
