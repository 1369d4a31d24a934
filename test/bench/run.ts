// `npm run bench`: medians of the hot paths at 5,000 tasks. Not a test; numbers vary by machine.
import {performance} from 'node:perf_hooks';
import {resultTable, type Measurement} from './measure.js';

// As bin/ecswatch.js does, so React runs as it ships. Set before React is imported (below).
process.env['NODE_ENV'] ??= 'production';
process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';

const {simulatorBenchmarks} = await import('./simulator-bench.js');
const {servicesBenchmarks} = await import('./services-bench.js');
const {modelBenchmarks} = await import('./model-bench.js');
const {uiBenchmarks} = await import('./ui-bench.js');
const {firstFrameBenchmark, startupBenchmark} = await import('./startup-bench.js');
const {sortTasks} = await import('../../source/model/sort-tasks.js');
const {toTaskRow} = await import('../../source/model/to-task-row.js');

const began = performance.now();
const results: Measurement[] = [];
const section = (name: string) => process.stderr.write(`bench: ${name}…\n`);

section('simulator and HTTP');
const {results: simulatorResults, sdkTasks} = await simulatorBenchmarks();
results.push(...simulatorResults);

section('services list');
results.push(...(await servicesBenchmarks()));

section('model');
results.push(...(await modelBenchmarks(sdkTasks)));

section('ui');
results.push(...(await uiBenchmarks(sortTasks(sdkTasks.map(toTaskRow)))));

section('startup');
results.push(await startupBenchmark());
const firstFrame = await firstFrameBenchmark();
if (firstFrame !== null) results.push(firstFrame);

process.stdout.write(`\n${resultTable(results)}\n\n`);
process.stdout.write(
	`Node ${process.version}, NODE_ENV=${process.env['NODE_ENV']}, total ${((performance.now() - began) / 1000).toFixed(1)} s.\n`
	+ 'Rerun: npm run bench (builds dist/ first if it is missing; run `npm run build` after changing source/ for the startup line).\n',
);
