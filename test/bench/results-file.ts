import {spawnSync} from 'node:child_process';
import {writeFileSync} from 'node:fs';
import {cpus, loadavg, totalmem} from 'node:os';
import {ROOT} from './bench-env.js';
import type {Measurement} from './measure.js';

export interface Machine {
	date: string;
	node: string;
	platform: string;
	cores: number;
	cpu: string;
	memoryMb: number;
	/** 1-minute load average when the bench started and ended: other work skews every figure. */
	loadAverage: {start: number; end: number};
	/** HEAD and whether the tree had changes (the bundle is built from the tree, not HEAD). */
	commit: string | null;
	dirty: boolean | null;
}

function git(args: readonly string[]): string | null {
	const result = spawnSync('git', args, {cwd: ROOT, encoding: 'utf8'});
	return result.status === 0 ? result.stdout.trim() : null;
}

export function describeMachine(loadAtStart: number): Machine {
	const status = git(['status', '--porcelain']);
	return {
		date: new Date().toISOString(),
		node: process.version,
		platform: `${process.platform} ${process.arch}`,
		cores: cpus().length,
		cpu: cpus()[0]?.model ?? 'unknown',
		memoryMb: Math.round(totalmem() / 2 ** 20),
		loadAverage: {start: loadAtStart, end: loadavg()[0] ?? Number.NaN},
		commit: git(['rev-parse', 'HEAD']),
		dirty: status === null ? null : status !== '',
	};
}

export function machineLine(machine: Machine): string {
	return `${machine.cores} cores (${machine.cpu}), Node ${machine.node}, ${machine.platform}, ${machine.date}, load ${machine.loadAverage.start.toFixed(1)} → ${machine.loadAverage.end.toFixed(1)}, ${machine.commit?.slice(0, 12) ?? 'no git'}${machine.dirty === true ? ' (+ changes)' : ''}`;
}

/** bench-results.json: the machine, how it was run, then the rows (NaN as null). */
export function writeResults(file: string, content: {machine: Machine; quick: boolean; totalSeconds: number; rows: readonly Measurement[]}): void {
	const rows = content.rows.map((row) => ({...row, median: Number.isNaN(row.median) ? null : row.median, p95: Number.isNaN(row.p95) ? null : row.p95}));
	writeFileSync(file, `${JSON.stringify({...content, rows}, null, '\t')}\n`);
}
