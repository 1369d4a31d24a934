import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {timedRun} from './bench-env.js';

/** Every row `npm run bench` reports, by id: a row that goes missing or loses its number fails here. */
const ROW_IDS = [
	'pty.first-paint', 'pty.first-frame', 'pty.first-paint-remote', 'pty.first-frame-remote',
	'poll.wall', 'poll.calls', 'poll.floor', 'poll.concurrency',
	'keys.floor', 'keys.down.first-byte', 'keys.down.frame', 'keys.filter.first-byte', 'keys.filter.frame', 'rss.binary',
	'bytes.full-frame', 'bytes.steady-refresh', 'bytes.steady-second', 'bytes.one-task', 'bytes.clock-tick', 'bytes.clock-second',
	'rss.final', 'rss.last-half', 'rss.poll-wall',
	'baseline.version', 'baseline.node', 'baseline.version-ratio', 'baseline.once', 'baseline.sdk-floor', 'baseline.aws', 'baseline.aws-ratio', 'baseline.aws-floor-ratio',
	'sim.create-world', 'sim.describe-100', 'services.first', 'services.all',
	'model.to-task-row', 'model.sort', 'model.filter', 'model.count', 'ui.first-render', 'ui.cursor', 'ui.refresh',
];

interface Row {
	id: string;
	name: string;
	median: number | null;
	p95: number | null;
	runs: number;
	skipped?: string;
}

const directory = mkdtempSync(join(tmpdir(), 'ecswatch-bench-'));
afterAll(() => {
	rmSync(directory, {recursive: true, force: true});
});

async function runQuickBench(out: string): Promise<{code: number | null; stdout: string; stderr: string}> {
	// The global setup has just built dist/: --no-build.
	return timedRun(process.execPath, ['--import', 'tsx', 'test/bench/run.ts', '--quick', '--no-build', '--out', out]);
}

describe('npm run bench -- --quick', () => {
	it('runs every measurement and reports each row with a number or a reason for skipping it', async () => {
		const out = join(directory, 'bench-results.json');
		const {code, stdout, stderr} = await runQuickBench(out);
		expect(code, stderr).toBe(0);
		const results = JSON.parse(readFileSync(out, 'utf8')) as {machine: {cores: number; node: string; date: string}; quick: boolean; rows: Row[]};
		expect(results.quick).toBe(true);
		expect(results.machine.cores).toBeGreaterThan(0);
		expect(results.machine.node).toBe(process.version);
		expect(Number.isNaN(Date.parse(results.machine.date))).toBe(false);
		for (const id of ROW_IDS) {
			const row = results.rows.find((candidate) => candidate.id === id);
			expect(row, `row ${id}`).toBeDefined();
			if (row?.skipped === undefined) {
				expect(Number.isFinite(row?.median), `row ${id}: ${JSON.stringify(row)}`).toBe(true);
				expect(row?.runs, `row ${id}`).toBeGreaterThan(0);
			} else {
				expect(row.skipped, `row ${id}`).not.toBe('');
			}

			// The printed table carries the same row.
			expect(stdout).toContain(row?.name ?? id);
		}
	}, 90_000);
});
