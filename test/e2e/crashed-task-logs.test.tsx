import {describe, expect, it} from 'vitest';
import {crashCanary, installCrashingCanary} from '../../source/simulator/demo-crash.js';
import type {createWorld} from '../../source/simulator/engine/create-world.js';
import {simulatedAppEachTest} from '../helpers/simulated-app.js';
import {waitUntil} from '../helpers/wait-until.js';

const minute = 60_000;

// "Done when" of the logs issue: in the demo, the task that just crashed, found in the grid, and `l`.
describe('the logs of the task that just crashed, over the real SDK and the simulator\'s Logs API', () => {
	const app = simulatedAppEachTest();

	it('shows its last lines, the memory error and the line the OOM kill cut off, then that no more will come', async () => {
		const {simulator, clock} = app.now();
		// simulatedAppEachTest serves a world of createWorld's.
		installCrashingCanary(simulator.world as ReturnType<typeof createWorld>);
		clock.advance(crashCanary.firstAt + 4 * minute);
		await app.mount([], {height: 24, shows: 'stopped 2'});

		for (const key of ['/', ...'rev:api:8', '\r']) await app.press(key);
		await waitUntil(() => expect(app.frame()).toMatch(/^> \S{8} +- +api:8 +STOPPED +EssentialContainerExited: exit 137 OutOfMemory/mu));
		await app.press('l');
		await waitUntil(() => expect(app.frame()).toContain('■ task'));
		// Wrapped, the last line shows where the kill cut it.
		await app.press('w');
		const screen = app.frame();
		const lines = screen.split('\n');
		expect(lines[0]).toMatch(/› logs/u);
		expect(screen).toMatch(/task \S{8} · api · STOPPED/u);
		expect(screen).toMatch(/"level":"error",.*"msg":"memory limit nearly/u);
		const last = lines.findIndex(line => line.startsWith('■ task'));
		expect(lines[last]).toMatch(/^■ task \S{8} STOPPED: no more lines will come/u);
		expect(lines[last - 1]).toMatch(/"path":"\/v1\/orders","sta$/u);
	});
});
