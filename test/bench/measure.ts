import {performance} from 'node:perf_hooks';

export interface Measurement {
	name: string;
	runs: number;
	medianMs: number;
	p90Ms: number;
	/** Free text shown after the numbers (e.g. how many API calls one poll made). */
	note?: string;
}

export interface MeasureOptions {
	runs: number;
	warmup: number;
	/** Stop early once this much time has been spent on timed runs (at least 5 runs are kept). */
	budgetMs?: number;
}

/** Nearest-rank percentile of sorted samples. */
function percentile(sorted: readonly number[], p: number): number {
	const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
	return sorted[index] ?? Number.NaN;
}

/** Times `run` after `warmup` untimed calls; `run` may return the time it measured itself. */
export async function measure(
	name: string,
	options: MeasureOptions,
	run: () => Promise<number | void> | number | void,
): Promise<Measurement> {
	for (let i = 0; i < options.warmup; i++) await run();
	const samples: number[] = [];
	let spent = 0;
	for (let i = 0; i < options.runs; i++) {
		const start = performance.now();
		const own = await run();
		const elapsed = typeof own === 'number' ? own : performance.now() - start;
		samples.push(elapsed);
		spent += elapsed;
		if (options.budgetMs !== undefined && spent > options.budgetMs && samples.length >= 5) break;
	}
	const sorted = samples.toSorted((a, b) => a - b);
	return {name, runs: samples.length, medianMs: percentile(sorted, 50), p90Ms: percentile(sorted, 90)};
}

const formatMs = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));

/** The results as an aligned plain-text table. */
export function resultTable(results: readonly Measurement[]): string {
	const header = ['benchmark', 'median ms', 'p90 ms', 'runs', 'note'];
	const lines = results.map((result) => [result.name, formatMs(result.medianMs), formatMs(result.p90Ms), String(result.runs), result.note ?? '']);
	const widths = header.map((title, index) => Math.max(title.length, ...lines.map((line) => line[index]?.length ?? 0)));
	const rightAligned = new Set([1, 2, 3]);
	return [header, ...lines]
		.map((line) => line.map((cell, index) => (rightAligned.has(index) ? cell.padStart(widths[index] ?? 0) : cell.padEnd(widths[index] ?? 0))).join('  ').trimEnd())
		.join('\n');
}
