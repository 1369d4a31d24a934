import {spawn, spawnSync, type ChildProcessWithoutNullStreams} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {performance} from 'node:perf_hooks';
import {stripVTControlCharacters} from 'node:util';
import {ROOT} from './bench-env.js';

/** One read from the pseudo-terminal: when it arrived (performance.now()) and how many bytes. */
export interface Chunk {
	at: number;
	bytes: number;
}

export interface PtySession {
	/** performance.now() when `script` was spawned. */
	readonly startedAt: number;
	readonly chunks: readonly Chunk[];
	/** Everything written so far as text: escape sequences removed, cursor moves to a line's start as newlines. */
	text(): string;
	/** Bytes written to the terminal so far. */
	bytes(): number;
	/** The raw output of chunks `from` (inclusive) to `to` (exclusive), escape sequences and all. */
	raw(from: number, to?: number): string;
	write(data: string): void;
	/** Resolves with performance.now() of the chunk after which `predicate(text())` first holds. */
	waitFor(predicate: (text: string) => boolean, timeoutMs: number): Promise<number>;
	/** Resolves once nothing was written for `quietMs`, with the time of the last chunk (or now). */
	quiet(quietMs: number, timeoutMs?: number): Promise<number>;
	/** The pid of the program itself (the child `script` runs under the pty), or null. */
	programPid(): number | null;
	close(): Promise<void>;
}

/** util-linux `script` runs a command under a real pseudo-terminal and relays it: no node-pty needed. */
export function scriptAvailable(): boolean {
	const result = spawnSync('script', ['--version'], {encoding: 'utf8'});
	return result.status === 0 && result.stdout.includes('util-linux');
}

/** CSI row;1 H (or CSI H): the cursor moves to the start of a line. */
const LINE_START = new RegExp(`${String.fromCodePoint(0x1B)}\\[\\d*(?:;1)?H`, 'gu');

const quote = (value: string) => `'${value.replaceAll('\'', '\'\\\'\'')}'`;

/**
 * Runs `argv` under a pseudo-terminal of `cols` x `rows` (set with stty inside the pty, as a
 * terminal emulator would) and records every chunk it writes, with its arrival time.
 */
export function spawnInPty(argv: readonly string[], options: {cols: number; rows: number; env?: NodeJS.ProcessEnv}): PtySession {
	const command = `stty cols ${options.cols} rows ${options.rows}; exec ${argv.map(quote).join(' ')}`;
	const env: NodeJS.ProcessEnv = {...process.env, TERM: 'xterm-256color', ...options.env};
	delete env['CI'];
	const startedAt = performance.now();
	const child: ChildProcessWithoutNullStreams = spawn('script', ['-qfec', command, '/dev/null'], {cwd: ROOT, env});
	const chunks: Chunk[] = [];
	const parts: string[] = [];
	let total = 0;
	let exited = false;
	let stripped = '';
	let strippedUpTo = 0;
	const waiters = new Set<() => void>();
	child.stdout.on('data', (data: Buffer) => {
		chunks.push({at: performance.now(), bytes: data.length});
		total += data.length;
		parts.push(data.toString('utf8'));
		for (const wake of [...waiters]) wake();
	});
	child.stderr.resume();
	child.once('exit', () => {
		exited = true;
		for (const wake of [...waiters]) wake();
	});
	const text = () => {
		if (strippedUpTo < parts.length) {
			// Escape sequences may be split across chunks: strip the joined output once per new chunk.
			// A cursor move to a line's start begins a new line, as for a renderer that positions lines.
			stripped = stripVTControlCharacters(parts.join('').replaceAll(LINE_START, '\n'));
			strippedUpTo = parts.length;
		}

		return stripped;
	};

	return {
		startedAt,
		chunks,
		text,
		bytes: () => total,
		raw: (from, to) => parts.slice(from, to).join(''),
		write(data) {
			child.stdin.write(data);
		},
		waitFor: async (predicate, timeoutMs) => new Promise<number>((resolve, reject) => {
			const check = () => {
				if (predicate(text())) {
					finish();
					resolve(chunks.at(-1)?.at ?? performance.now());
				} else if (exited) {
					finish();
					reject(new Error(`the program exited; its last output:\n${text().slice(-800)}`));
				}
			};

			const timer = setTimeout(() => {
				finish();
				reject(new Error(`timed out after ${timeoutMs} ms; last output:\n${text().slice(-800)}`));
			}, timeoutMs);
			const finish = () => {
				clearTimeout(timer);
				waiters.delete(check);
			};

			waiters.add(check);
			check();
		}),
		quiet: async (quietMs, timeoutMs = 30_000) => {
			const deadline = performance.now() + timeoutMs;
			for (;;) {
				const last = chunks.at(-1)?.at ?? startedAt;
				const idle = performance.now() - last;
				if (idle >= quietMs || exited) return chunks.at(-1)?.at ?? performance.now();
				if (performance.now() > deadline) throw new Error(`the output never went quiet for ${quietMs} ms`);
				await new Promise((resolve) => setTimeout(resolve, Math.max(1, quietMs - idle)));
			}
		},
		programPid() {
			if (child.pid === undefined) return null;
			try {
				const children = readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(/\s+/u);
				const pid = Number(children[0]);
				return Number.isInteger(pid) && pid > 0 ? pid : null;
			} catch {
				return null;
			}
		},
		close: async () => {
			if (exited) return;
			const done = new Promise<void>((resolve) => child.once('exit', () => resolve()));
			child.kill('SIGTERM');
			const timer = setTimeout(() => child.kill('SIGKILL'), 2000);
			await done;
			clearTimeout(timer);
		},
	};
}

/** Resident set size of `pid` in bytes (VmRSS in /proc), or null when it cannot be read. */
export function residentBytes(pid: number): number | null {
	try {
		const match = /^VmRSS:\s+(\d+) kB/mu.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
		return match?.[1] === undefined ? null : Number(match[1]) * 1024;
	} catch {
		return null;
	}
}
