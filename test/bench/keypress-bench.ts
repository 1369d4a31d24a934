import {performance} from 'node:perf_hooks';
import {SIMULATOR_ENV, startSimulatorProcess, TASK_ROW} from './bench-env.js';
import {COLS, ROWS, watchArgv} from './first-frame-bench.js';
import {summarise, type Measurement, type Scale} from './measure.js';
import {residentBytes, spawnInPty, type PtySession} from './pty.js';

const DOWN = '\u001B[B';
const ESC = '\u001B';
/** Typed after `/`, one key at a time: each key narrows the filter over every task. */
const FILTER_TEXT = '10.0.4';
/**
 * Idle time before each press: longer than Ink's render throttle (maxFps 20: 50 ms), so every
 * press is timed from an idle app and the numbers do not depend on how fast the bench types.
 */
const IDLE_MS = 60;
/** The key's frame is complete once the terminal has been silent this long. */
const SETTLE_MS = 5;

interface PressTiming {
	firstByte: number;
	settled: number;
}

/** Writes `key` to an idle app; times the first chunk after it, and the last one before SETTLE_MS of silence. */
async function press(session: PtySession, key: string): Promise<PressTiming> {
	await session.quiet(IDLE_MS);
	const before = session.chunks.length;
	const start = performance.now();
	session.write(key);
	const firstAt = await new Promise<number>((resolve, reject) => {
		const deadline = performance.now() + 5000;
		const check = () => {
			const chunk = session.chunks[before];
			if (chunk !== undefined) resolve(chunk.at);
			else if (performance.now() > deadline) reject(new Error(`no frame after ${JSON.stringify(key)}`));
			else setImmediate(check);
		};

		check();
	});
	const lastAt = await session.quiet(SETTLE_MS);
	return {firstByte: firstAt - start, settled: lastAt - start};
}

function rows(id: string, name: string, tasks: number, timings: readonly PressTiming[], what: string): Measurement[] {
	return [
		summarise({id: `${id}.first-byte`, name: `${name}: key to first bytes`, tasks, unit: 'ms', note: `${what}; to the first output chunk after the write`}, timings.map((timing) => timing.firstByte)),
		summarise({id: `${id}.frame`, name: `${name}: key to frame complete`, tasks, unit: 'ms', note: `to the last chunk before ${SETTLE_MS} ms of silence`}, timings.map((timing) => timing.settled)),
	];
}

/**
 * The harness's own latency: a byte written to `cat` in raw mode under the same pty, to its echo.
 * What the key rows cannot go below.
 */
async function harnessFloor(presses: number): Promise<Measurement> {
	const session = spawnInPty(['sh', '-c', 'stty raw -echo; echo ready; exec cat'], {cols: COLS, rows: ROWS});
	try {
		await session.waitFor((text) => text.includes('ready'), 10_000);
		const timings: PressTiming[] = [];
		for (let i = 0; i < presses; i++) timings.push(await press(session, 'x'));
		return summarise({id: 'keys.floor', name: 'keys: pty echo floor (cat)', unit: 'ms', note: 'write to its echo through script(1): the harness\'s own latency'}, timings.map((timing) => timing.firstByte));
	} finally {
		await session.close();
	}
}

/**
 * (3) Keypress to frame in a real pseudo-terminal: ↓ (ESC [ B) `presses` times from the top of
 * the grid, then cycles of `/` and FILTER_TEXT typed a key at a time (Esc clears, untimed).
 * `--interval 3600`: after the first poll no poll runs, so only the keys' own work is timed.
 * Also reads the program's RSS (VmRSS) at the end: the real binary after one poll and the keys.
 */
export async function keypressBenchmarks(scale: Scale): Promise<Measurement[]> {
	const tasks = scale.quick ? 100 : 5000;
	const presses = scale.quick ? 10 : 200;
	const simulator = await startSimulatorProcess(tasks);
	const session = spawnInPty(watchArgv(simulator.endpoint, ['--interval', '3600']), {cols: COLS, rows: ROWS, env: SIMULATOR_ENV});
	try {
		await session.waitFor((text) => TASK_ROW.test(text), 60_000);
		await session.quiet(500);
		const down: PressTiming[] = [];
		for (let i = 0; i < presses; i++) down.push(await press(session, DOWN));

		const filter: PressTiming[] = [];
		// One cycle in --quick mode; whole cycles up to `presses` keys otherwise.
		while (filter.length < (scale.quick ? 1 : presses)) {
			for (const key of ['/', ...FILTER_TEXT]) filter.push(await press(session, key));
			session.write(ESC);
			await session.quiet(100);
		}

		const pid = session.programPid();
		const rss = pid === null ? null : residentBytes(pid);
		const rssRow: Measurement = rss === null
			? {id: 'rss.binary', name: 'rss: the TUI (VmRSS) after the keys', tasks, unit: 'MB', median: Number.NaN, p95: Number.NaN, runs: 0, skipped: 'no /proc/PID/status for the program under script(1)'}
			: {id: 'rss.binary', name: 'rss: the TUI (VmRSS) after the keys', tasks, unit: 'MB', median: rss / 2 ** 20, p95: rss / 2 ** 20, runs: 1, note: `the real binary after its first poll and ${down.length + filter.length} keys`};
		return [
			await harnessFloor(scale.quick ? 5 : 50),
			...rows('keys.down', 'keys: ↓', tasks, down, `${down.length} presses at ${COLS}x${ROWS}`),
			...rows('keys.filter', 'keys: / filter', tasks, filter, `"/" then "${FILTER_TEXT}" a key at a time, ${filter.length} keys`),
			rssRow,
		];
	} finally {
		await session.close();
		await simulator.stop();
	}
}
