import {fileURLToPath} from 'node:url';
import {startSimulatorProcess, timedRun} from './bench-env.js';
import {summarise, type Measurement, type Scale} from './measure.js';

const CHILD = fileURLToPath(new URL('rss-child.ts', import.meta.url));
const MB = 2 ** 20;

interface ChildReport {
	tasks: number;
	samples: Array<{rss: number; heapUsed: number; ms: number}>;
	totalMs: number;
}

/** Least-squares slope of `values` against their index. */
function slope(values: readonly number[]): number {
	const n = values.length;
	if (n < 2) return 0;
	const meanX = (n - 1) / 2;
	const meanY = values.reduce((sum, value) => sum + value, 0) / n;
	let numerator = 0;
	let denominator = 0;
	values.forEach((value, index) => {
		numerator += (index - meanX) * (value - meanY);
		denominator += (index - meanX) ** 2;
	});
	return numerator / denominator;
}

/**
 * (5) RSS after `polls` polls, in a fresh process running the app's poller (createTaskPoller over
 * createFetchWatchData, back to back: no API budget) against `ecswatch simulate` in another.
 * No UI: the TUI's own RSS is the keypress bench's `rss.binary` row.
 */
export async function rssBenchmarks(scale: Scale): Promise<Measurement[]> {
	const tasks = scale.quick ? 100 : 5000;
	const polls = scale.quick ? 10 : 200;
	const simulator = await startSimulatorProcess(tasks);
	try {
		const {code, stdout, stderr} = await timedRun(process.execPath, ['--import', 'tsx', CHILD, simulator.endpoint, String(polls)], {NODE_ENV: 'production'});
		if (code !== 0) throw new Error(`rss-child exited ${code}: ${stderr}`);
		const report = JSON.parse(stdout) as ChildReport;
		const rss = report.samples.map((sample) => sample.rss / MB);
		const heap = report.samples.map((sample) => sample.heapUsed / MB);
		const half = Math.floor(rss.length / 2);
		const lastHalf = rss.slice(half);
		const final = rss.at(-1) ?? Number.NaN;
		const atHalf = rss[half - 1] ?? Number.NaN;
		const perHundred = slope(lastHalf) * 100;
		const base = {tasks: report.tasks} as const;
		return [
			{...base, id: 'rss.final', name: `rss: poller process after ${rss.length} polls`, unit: 'MB', median: final, p95: final, runs: 1, note: `heapUsed ${(heap.at(-1) ?? 0).toFixed(0)} MB; after poll ${half}: ${atHalf.toFixed(0)} MB`},
			summarise({...base, id: 'rss.last-half', name: `rss: over the last ${lastHalf.length} polls`, unit: 'MB', note: `trend ${perHundred >= 0 ? '+' : ''}${perHundred.toFixed(1)} MB per 100 polls (least squares)`}, lastHalf),
			summarise({...base, id: 'rss.poll-wall', name: 'rss: poll to poll, back to back', unit: 'ms', note: `${rss.length} polls in ${(report.totalMs / 1000).toFixed(1)} s`}, report.samples.slice(1).map((sample) => sample.ms)),
		];
	} finally {
		await simulator.stop();
	}
}
