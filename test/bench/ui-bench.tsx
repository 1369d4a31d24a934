import {render} from 'ink-testing-library';
import {setImmediate as nextTurn} from 'node:timers/promises';
import {performance} from 'node:perf_hooks';
import type {TaskRow} from '../../source/model/task-row.js';
import {App} from '../../source/ui/app.js';
import {tasksRequest} from '../../source/ui/screens/tasks/tasks-request.js';
import type {WatchSnapshot} from '../../source/watch/snapshot.js';
import {createFakeSources} from '../helpers/fake-sources.js';
import {snapshotOf as polledSnapshot} from '../helpers/fake-store.js';
import {measure, runsFor, type Measurement, type Scale} from './measure.js';

const WIDTH = 100;
const HEIGHT = 30;
const DOWN = '\u001B[B';
const UP = '\u001B[A';

/** The test helpers' snapshot (it follows the contract as it grows), fetched at `fetchedAt`. */
function snapshotOf(tasks: readonly TaskRow[], fetchedAt: number): WatchSnapshot {
	const base = polledSnapshot(tasks, {nextPollAt: fetchedAt + 5000});
	return {...base, data: base.data === null ? null : {...base.data, fetchedAt}};
}


/** Resolves, with the elapsed ms, once `lastFrame` differs from `before`. */
async function frameChange(lastFrame: () => string | undefined, before: string | undefined, start: number): Promise<number> {
	for (let turns = 0; lastFrame() === before; turns++) {
		if (turns > 100_000) throw new Error('the frame never changed');
		await nextTurn();
	}
	return performance.now() - start;
}

/** (e) the App at 100x30 over `rows`: first render, a cursor move, a data refresh. */
export async function uiBenchmarks(scale: Scale, rows: readonly TaskRow[]): Promise<Measurement[]> {
	const n = rows.length;
	const options = (runs: number, warmup: number) => ({runs: runsFor(scale, runs), warmup: scale.quick ? 0 : warmup});
	let fetchedAt = Date.UTC(2026, 0, 15, 12, 0, 0);
	const app = (sources: ReturnType<typeof createFakeSources>['sources']) => (
		<App sources={sources} initial={[tasksRequest('demo')]} target="bench" width={WIDTH} height={HEIGHT} onQuit={() => {}} clock={() => fetchedAt} />
	);

	const mount = await measure({id: 'ui.first-render', name: `ui (test renderer): first render ${WIDTH}x${HEIGHT}`, tasks: n}, options(15, 2), async () => {
		const {sources} = createFakeSources(snapshotOf(rows, fetchedAt));
		const start = performance.now();
		const instance = render(app(sources));
		const elapsed = await frameChange(instance.lastFrame, undefined, start);
		instance.unmount();
		instance.cleanup();
		return elapsed;
	});

	const {sources, store} = createFakeSources(snapshotOf(rows, fetchedAt));
	const instance = render(app(sources));
	await frameChange(instance.lastFrame, undefined, performance.now());
	try {
		let step = 0;
		const cursor = await measure({id: 'ui.cursor', name: 'ui (test renderer): re-render after a cursor move', tasks: n}, options(30, 5), async () => {
			// Down, down, up, up…: the cursor stays near the top, the frame changes on every key.
			const key = Math.floor(step++ / 2) % 2 === 0 ? DOWN : UP;
			const before = instance.lastFrame();
			const start = performance.now();
			instance.stdin.write(key);
			return frameChange(instance.lastFrame, before, start);
		});
		const refresh = await measure({id: 'ui.refresh', name: 'ui (test renderer): re-render after a data refresh', tasks: n}, options(30, 5), async () => {
			// A poll brings new row objects for every task and a new "updated" time.
			const next = rows.map((row) => ({...row}));
			fetchedAt += 1000;
			const before = instance.lastFrame();
			const start = performance.now();
			store.publish(snapshotOf(next, fetchedAt));
			return frameChange(instance.lastFrame, before, start);
		});
		return [mount, cursor, {...refresh, note: 'new rows for all tasks + header time'}];
	} finally {
		instance.unmount();
		instance.cleanup();
	}
}
