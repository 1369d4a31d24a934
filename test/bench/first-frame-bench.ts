import {BIN, CLUSTER, SIMULATOR_ENV, startSimulatorProcess, TASK_ROW} from './bench-env.js';
import {runsFor, summarise, type Measurement, type Scale} from './measure.js';
import {spawnInPty} from './pty.js';

export const COLS = 80;
export const ROWS = 24;

/** The interactive watch of the simulator's `demo` cluster, as a user types it. */
export function watchArgv(endpoint: string, extra: readonly string[] = []): string[] {
	return [process.execPath, BIN, '-c', CLUSTER, '--endpoint-url', endpoint, ...extra];
}

/**
 * (1) Spawn of `script` (the pty) to: the first bytes on the terminal, and the first frame with
 * data, i.e. the first time the escape-free output holds a task row (TASK_ROW: an id, a
 * service, a status). The bundle as shipped, 80x24, a fresh process every run.
 */
export async function firstFrameBenchmarks(scale: Scale): Promise<Measurement[]> {
	// A Region over a real network: every request answered 60 ms later (the simulator's latency fault).
	const setups = [{tasks: 100}, ...(scale.quick ? [] : [{tasks: 5000}]), {tasks: 100, latencyMs: 60}];
	const results: Measurement[] = [];
	for (const {tasks, latencyMs} of setups) {
		const simulator = await startSimulatorProcess(tasks, latencyMs === undefined ? [] : ['--fault', `latency=${latencyMs}ms`]);
		try {
			const paints: number[] = [];
			const frames: number[] = [];
			const runs = runsFor(scale, tasks >= 5000 ? 5 : 8);
			for (let run = -1; run < runs; run++) {
				const session = spawnInPty(watchArgv(simulator.endpoint), {cols: COLS, rows: ROWS, env: SIMULATOR_ENV});
				try {
					const withData = await session.waitFor((text) => TASK_ROW.test(text), 30_000);
					const firstChunk = session.chunks[0]?.at ?? withData;
					// The first run warms the simulator's caches and the OS's file cache: untimed.
					if (run >= 0 || scale.quick) {
						paints.push(firstChunk - session.startedAt);
						frames.push(withData - session.startedAt);
					}
				} finally {
					await session.close();
				}

				if (scale.quick) break;
			}

			const base = {tasks, unit: 'ms'} as const;
			const where = latencyMs === undefined ? `(${COLS}x${ROWS})` : `(${latencyMs} ms a request)`;
			const suffix = latencyMs === undefined ? '' : '-remote';
			const fault = latencyMs === undefined ? '' : ` (--fault latency=${latencyMs}ms)`;
			results.push(
				summarise({...base, id: `pty.first-paint${suffix}`, name: `pty: start to first bytes ${where}`, note: `spawn of script(1) to its first output chunk${fault}`}, paints),
				summarise({...base, id: `pty.first-frame${suffix}`, name: `pty: start to first frame with data ${where}`, note: `to the chunk that completes a task row (id, service, status)${fault}`}, frames),
			);
		} finally {
			await simulator.stop();
		}
	}

	return results;
}
