import {ListTasksCommand, StopTaskCommand, type ECSClient} from '@aws-sdk/client-ecs';
import {readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {CLUSTER, SIMULATOR_ENV, startSimulatorProcess, TASK_ROW} from './bench-env.js';
import {COLS, ROWS, watchArgv} from './first-frame-bench.js';
import {percentile, skippedRow, summarise, type Measurement, type Scale} from './measure.js';
import {simulatorClient} from './poll-cost-bench.js';
import {spawnInPty, type PtySession} from './pty.js';
import {stripVTControlCharacters} from 'node:util';

const sleep = async (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** A chunk's arrival as epoch ms, to line it up with the simulator's request log. */
const epochOf = (at: number) => performance.timeOrigin + at;

/** Epoch ms at which each poll started: its first ListTasks page of desired RUNNING tasks, in the request log. */
function pollStarts(logFile: string): number[] {
	return readFileSync(logFile, 'utf8').split('\n').filter(Boolean)
		.map((line) => JSON.parse(line) as {time: string; operation: string | null; cluster: string | null; args: Record<string, unknown>})
		.filter((record) => record.operation === 'ListTasks' && record.cluster === CLUSTER && record.args['desiredStatus'] === 'RUNNING' && record.args['nextToken'] !== true && record.args['startedBy'] === undefined)
		.map((record) => Date.parse(record.time));
}

/** Bytes written to the terminal between epoch ms `from` (inclusive) and `to` (exclusive). */
function bytesBetween(session: PtySession, from: number, to: number): number {
	return session.chunks.filter((chunk) => epochOf(chunk.at) >= from && epochOf(chunk.at) < to).reduce((sum, chunk) => sum + chunk.bytes, 0);
}

/** Bytes written in each run of output separated by `gapMs` of silence, from chunk `first` on. */
function bursts(session: PtySession, first: number, gapMs: number): number[] {
	const sizes: number[] = [];
	let previous = Number.NEGATIVE_INFINITY;
	for (const chunk of session.chunks.slice(first)) {
		if (chunk.at - previous > gapMs || sizes.length === 0) sizes.push(0);
		sizes[sizes.length - 1]! += chunk.bytes;
		previous = chunk.at;
	}

	return sizes;
}

/** Full ARNs of the tasks whose short ids the first frame shows, in screen order. */
async function tasksOnScreen(client: ECSClient, frame: string): Promise<string[]> {
	const ids = [...frame.matchAll(new RegExp(TASK_ROW.source, 'gu'))].map((match) => /[0-9a-f]{8,32}/u.exec(match[0])?.[0] ?? '');
	const listed = await client.send(new ListTasksCommand({cluster: CLUSTER, desiredStatus: 'RUNNING', maxResults: 100}));
	return ids.flatMap((id) => (listed.taskArns ?? []).filter((arn) => id !== '' && arn.split('/').at(-1)?.startsWith(id) === true));
}

/** What a refresh shows once a task is on its way out: its new status, or the stopping count. */
const STOP_SEEN = /\b(?:STOPPING|DEACTIVATING|DEPROVISIONING)\b|stopping [1-9]/u;

/**
 * (4) Bytes written to the terminal, 100 tasks at 80x24, `--interval 1`, one session:
 * steady: per refresh (between two polls' starts in the simulator's request log) and per second;
 * one task changed: the first refresh to show a task on screen stopped (StopTask) between polls;
 * the clock: paused (`p`, no polls), on the timeline (`t`), whose ages of the stops just made
 * tick every second: per burst of output and per second.
 */
export async function bytesBenchmarks(scale: Scale): Promise<Measurement[]> {
	const tasks = 100;
	const windowMs = scale.quick ? 2000 : 10_000;
	const log = join(tmpdir(), `ecswatch-bench-requests-${process.pid}-${Date.now()}.jsonl`);
	const simulator = await startSimulatorProcess(tasks, ['--log-requests', log]);
	const client = simulatorClient(simulator.endpoint);
	const session = spawnInPty(watchArgv(simulator.endpoint, ['--interval', '1']), {cols: COLS, rows: ROWS, env: SIMULATOR_ENV});
	try {
		await session.waitFor((text) => TASK_ROW.test(text), 30_000);
		const frames = bursts(session, 0, 20);
		const fullFrame = frames.at(-1) ?? Number.NaN;
		// Before the window: the bench's own ListTasks must not pass for a poll's.
		const onScreen = await tasksOnScreen(client, session.text());
		await sleep(scale.quick ? 300 : 1500);

		// Steady: whole refreshes inside the window.
		const windowStart = Date.now();
		const chunkAtStart = session.chunks.length;
		await sleep(windowMs);
		const windowEnd = Date.now();
		// Refreshes that start in the window, each up to the next poll's start (waited for).
		let starts = pollStarts(log).filter((at) => at >= windowStart);
		while (starts.filter((at) => at >= windowEnd).length === 0 || starts.length < 2) {
			await sleep(50);
			starts = pollStarts(log).filter((at) => at >= windowStart);
		}

		const perRefresh = starts.slice(0, -1).filter((at) => at < windowEnd).map((at, index) => bytesBetween(session, at, starts[index + 1]!));
		const perSecond = Array.from({length: Math.floor(windowMs / 1000)}, (_, second) => bytesBetween(session, windowStart + (second * 1000), windowStart + ((second + 1) * 1000)));
		const steadyBytes = session.chunks.slice(chunkAtStart).reduce((sum, chunk) => sum + chunk.bytes, 0);

		// One task changed: a task on screen stopped just after a refresh was drawn; the sample is
		// the first refresh that shows it (its new status or the stopping count).
		const changed: number[] = [];
		for (const arn of onScreen.slice(1, scale.quick ? 2 : 3)) {
			const seen = pollStarts(log).length;
			while (pollStarts(log).length === seen) await sleep(20);
			await session.quiet(100);
			const stoppedAt = Date.now();
			await client.send(new StopTaskCommand({cluster: CLUSTER, task: arn, reason: 'bench: one task changed'}));
			for (let refresh = 0; refresh < 8; refresh++) {
				let after: number[] = [];
				while (after.length < refresh + 2) {
					await sleep(50);
					after = pollStarts(log).filter((at) => at > stoppedAt);
				}

				const [from, to] = [after[refresh]!, after[refresh + 1]!];
				const indexes = session.chunks.flatMap((chunk, index) => (epochOf(chunk.at) >= from && epochOf(chunk.at) < to ? [index] : []));
				if (indexes.length > 0 && STOP_SEEN.test(stripVTControlCharacters(session.raw(indexes[0]!, indexes.at(-1)! + 1)))) {
					changed.push(bytesBetween(session, from, to));
					break;
				}
			}

			// Let its later transitions (and its replacement) land before the next one.
			if (!scale.quick) await sleep(5000);
		}

		// The clock alone: no polls (paused) on a screen with ages counting seconds.
		session.write('p');
		await sleep(300);
		session.write('t');
		await sleep(scale.quick ? 1100 : 1500);
		const clockFirst = session.chunks.length;
		const clockStart = Date.now();
		await sleep(windowMs);
		const clockBytes = bytesBetween(session, clockStart, Date.now());
		const ticks = bursts(session, clockFirst, 200);

		const base = {tasks, unit: 'B'} as const;
		const seconds = windowMs / 1000;
		const lineBytes = fullFrame / ROWS;
		return [
			{...base, id: 'bytes.full-frame', name: `bytes: the first full frame with data (${COLS}x${ROWS})`, median: fullFrame, p95: fullFrame, runs: 1, note: `~${lineBytes.toFixed(0)} B per line`},
			summarise({...base, id: 'bytes.steady-refresh', name: 'bytes: per refresh, nothing changed', note: `--interval 1; ${perRefresh.length} refreshes; ${steadyBytes} B in ${seconds} s`}, perRefresh),
			summarise({...base, id: 'bytes.steady-second', name: 'bytes: per second, nothing changed', note: `${perSecond.length} one-second windows`}, perSecond),
			changed.length === 0
				? skippedRow({...base, id: 'bytes.one-task', name: 'bytes: per refresh, one task stopped'}, 'no refresh showed the stopped task within 8 polls')
				: summarise({...base, id: 'bytes.one-task', name: 'bytes: per refresh, one task stopped', note: `StopTask of a task on screen; median = ${(percentile(changed.toSorted((a, b) => a - b), 50) / lineBytes).toFixed(1)} lines' worth`}, changed),
			summarise({...base, id: 'bytes.clock-tick', name: 'bytes: per clock tick (timeline, paused)', note: `${ticks.length} bursts`}, ticks.length === 0 ? [0] : ticks),
			{...base, id: 'bytes.clock-second', name: 'bytes: per second, clock only', median: clockBytes / seconds, p95: clockBytes / seconds, runs: 1, note: `${clockBytes} B in ${seconds} s`},
		];
	} finally {
		await session.close();
		client.destroy();
		await simulator.stop();
	}
}
