// `npm run bench [-- --quick] [-- --out FILE]`: what a user feels, against the embedded simulator on
// loopback; prints a table and writes bench-results.json. Not a test; numbers vary by machine.
// --quick runs every measurement once at small sizes (test/bench/bench-quick.test.ts runs it).
import {loadavg} from 'node:os';
import {join} from 'node:path';
import {performance} from 'node:perf_hooks';
import {parseArgs} from 'node:util';
import {resultTable, skippedRow, type Measurement, type Scale} from './measure.js';

// As bin/ecswatch.js does, so React runs as it ships. Set before React is imported (below).
process.env['NODE_ENV'] ??= 'production';
process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';

const {values: flags} = parseArgs({options: {quick: {type: 'boolean', default: false}, out: {type: 'string'}, 'no-build': {type: 'boolean', default: false}}});
const scale: Scale = {quick: flags.quick};

const {buildBundle, ROOT} = await import('./bench-env.js');
const {scriptAvailable} = await import('./pty.js');
const {describeMachine, machineLine, writeResults} = await import('./results-file.js');
const {firstFrameBenchmarks} = await import('./first-frame-bench.js');
const {pollCostBenchmarks} = await import('./poll-cost-bench.js');
const {keypressBenchmarks} = await import('./keypress-bench.js');
const {bytesBenchmarks} = await import('./bytes-bench.js');
const {rssBenchmarks} = await import('./rss-bench.js');
const {baselineBenchmarks} = await import('./baseline-bench.js');
const {simulatorBenchmarks} = await import('./simulator-bench.js');
const {servicesBenchmarks} = await import('./services-bench.js');
const {modelBenchmarks} = await import('./model-bench.js');
const {uiBenchmarks} = await import('./ui-bench.js');
const {sortTasks} = await import('../../source/model/sort-tasks.js');
const {toTaskRow} = await import('../../source/model/to-task-row.js');

const began = performance.now();
const loadAtStart = loadavg()[0] ?? Number.NaN;
const results: Measurement[] = [];
const section = (name: string) => process.stderr.write(`bench: ${name}… (${((performance.now() - began) / 1000).toFixed(0)} s)\n`);

if (!flags['no-build']) {
	section('npm run build (the bench measures the shipped bundle)');
	buildBundle();
}

/** The pty rows need util-linux script(1); without it they are listed as skipped. */
const PTY_ROWS: ReadonlyArray<[string, string]> = [
	['pty.first-paint', 'pty: start to first bytes'], ['pty.first-frame', 'pty: start to first frame with data'],
	['keys.floor', 'keys: pty echo floor (cat)'], ['keys.down.first-byte', 'keys: ↓: key to first bytes'], ['keys.down.frame', 'keys: ↓: key to frame complete'],
	['keys.filter.first-byte', 'keys: / filter: key to first bytes'], ['keys.filter.frame', 'keys: / filter: key to frame complete'], ['rss.binary', 'rss: the TUI (VmRSS) after the keys'],
	['bytes.full-frame', 'bytes: the first full frame'], ['bytes.steady-refresh', 'bytes: per refresh, nothing changed'], ['bytes.steady-second', 'bytes: per second, nothing changed'],
	['bytes.one-task', 'bytes: per refresh, one task stopped'], ['bytes.clock-tick', 'bytes: per clock tick'], ['bytes.clock-second', 'bytes: per second, clock only'],
];
const pty = scriptAvailable();

if (pty) {
	section('pseudo-terminal: first frame');
	results.push(...(await firstFrameBenchmarks(scale)));
}

section('poll cost');
results.push(...(await pollCostBenchmarks(scale)));

if (pty) {
	section('pseudo-terminal: keypresses');
	results.push(...(await keypressBenchmarks(scale)));
	section('pseudo-terminal: bytes per refresh');
	results.push(...(await bytesBenchmarks(scale)));
} else {
	results.push(...PTY_ROWS.map(([id, name]) => skippedRow({id, name}, 'util-linux script(1) is not installed')));
}

section('RSS over many polls');
results.push(...(await rssBenchmarks(scale)));

section('baseline: AWS CLI and node -e 0');
results.push(...(await baselineBenchmarks(scale)));

const inProcessTasks = scale.quick ? 100 : 5000;
section('in-process: simulator, services, model, ui (test renderer)');
const {results: simulatorResults, sdkTasks} = await simulatorBenchmarks(scale, inProcessTasks);
results.push(...simulatorResults);
results.push(...(await servicesBenchmarks(scale)));
results.push(...(await modelBenchmarks(scale, sdkTasks)));
results.push(...(await uiBenchmarks(scale, sortTasks(sdkTasks.map(toTaskRow)))));

const totalSeconds = (performance.now() - began) / 1000;
const machine = describeMachine(loadAtStart);
const out = flags.out ?? join(ROOT, 'bench-results.json');
writeResults(out, {machine, quick: scale.quick, totalSeconds, rows: results});
process.stdout.write(`\n${machineLine(machine)}${scale.quick ? ', --quick' : ''}\n\n${resultTable(results)}\n\n`);
process.stdout.write(`Total ${totalSeconds.toFixed(1)} s. Written to ${out}. Rerun: npm run bench (or npm run bench -- --quick).\n`);
