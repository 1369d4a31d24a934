import {performance} from 'node:perf_hooks';

export type Unit = 'ms' | 'B' | 'MB' | 'calls' | 'x' | 'count';

/** One row of the bench's table and of bench-results.json. */
export interface Measurement {
	/** Stable key of the row (the same in --quick and full runs), e.g. `pty.first-frame`. */
	id: string;
	/** The row's label; sizes vary between runs, so they are here and in `tasks`, not in `id`. */
	name: string;
	/** Cluster size the row was measured at, when it depends on one. */
	tasks?: number;
	unit: Unit;
	/** NaN when `skipped`. */
	median: number;
	p95: number;
	runs: number;
	/** Free text shown after the numbers (how it was measured, what a ratio compares). */
	note?: string;
	/** Why the row has no number (e.g. the AWS CLI is not installed). */
	skipped?: string;
}

export interface MeasureOptions {
	runs: number;
	warmup: number;
	/** Stop early once this much time has been spent on timed runs (at least 3 runs are kept). */
	budgetMs?: number;
}

/** Nearest-rank percentile of sorted samples. */
export function percentile(sorted: readonly number[], p: number): number {
	const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
	return sorted[index] ?? Number.NaN;
}

/** The row of `samples`: their median and p95. */
export function summarise(row: Omit<Measurement, 'median' | 'p95' | 'runs'>, samples: readonly number[]): Measurement {
	const sorted = samples.toSorted((a, b) => a - b);
	return {...row, median: percentile(sorted, 50), p95: percentile(sorted, 95), runs: samples.length};
}

/** A row without a number, and why. */
export function skippedRow(row: Omit<Measurement, 'median' | 'p95' | 'runs' | 'unit'> & {unit?: Unit}, reason: string): Measurement {
	return {unit: 'ms', ...row, median: Number.NaN, p95: Number.NaN, runs: 0, skipped: reason};
}

/** Scales a run count down in --quick mode (to one run, no warmup). */
export interface Scale {
	quick: boolean;
}

export const runsFor = (scale: Scale, runs: number): number => (scale.quick ? 1 : runs);

/** Times `run` after `warmup` untimed calls; `run` may return the time it measured itself. */
export async function measure(
	row: {id: string; name: string; tasks?: number; note?: string},
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
		if (options.budgetMs !== undefined && spent > options.budgetMs && samples.length >= 3) break;
	}

	return summarise({...row, unit: 'ms'}, samples);
}

const formatNumber = (value: number, unit: Unit): string => {
	if (Number.isNaN(value)) return '-';
	if (unit === 'calls' || unit === 'count' || unit === 'B') return value.toFixed(0);
	if (unit === 'x') return `${value.toFixed(2)}x`;
	return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
};

/** The results as an aligned plain-text table. */
export function resultTable(results: readonly Measurement[]): string {
	const header = ['measurement', 'tasks', 'median', 'p95', 'unit', 'runs', 'note'];
	const lines = results.map((result) => [
		result.name,
		result.tasks === undefined ? '' : String(result.tasks),
		formatNumber(result.median, result.unit),
		formatNumber(result.p95, result.unit),
		result.unit,
		String(result.runs),
		result.skipped === undefined ? (result.note ?? '') : `skipped: ${result.skipped}`,
	]);
	const widths = header.map((title, index) => Math.max(title.length, ...lines.map((line) => line[index]?.length ?? 0)));
	const rightAligned = new Set([1, 2, 3, 5]);
	return [header, ...lines]
		.map((line) => line.map((cell, index) => (rightAligned.has(index) ? cell.padStart(widths[index] ?? 0) : cell.padEnd(widths[index] ?? 0))).join('  ').trimEnd())
		.join('\n');
}
