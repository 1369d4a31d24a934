import {cleanup, render} from 'ink-testing-library';
import {afterEach, beforeEach, expect} from 'vitest';
import {createEcsClient} from '../../source/ecs/client.js';
import {openSources} from '../../source/cli/open-sources.js';
import {ManualClock} from '../../source/simulator/engine/clock.js';
import {createWorld} from '../../source/simulator/engine/create-world.js';
import {startSimulator, type RunningSimulator} from '../../source/simulator/start-simulator.js';
import {App} from '../../source/ui/app.js';
import {tasksRequest} from '../../source/ui/screens/tasks/tasks-request.js';
import type {DataSource} from '../../source/ui/stack/sources.js';
import type {WatchData} from '../../source/watch/snapshot.js';
import {waitUntil} from './wait-until.js';

const CREDENTIALS = {accessKeyId: 'test', secretAccessKey: 'test'};

/**
 * Like simulated-watch.tsx, for a grid of several services and a simulator whose faults the test
 * switches: the simulator on a manual clock, the App watching it through the real SDK, one poll
 * per {@link SimulatedGrid.step}. Its functions need no `this`: destructure them freely.
 */
export interface SimulatedGrid {
	/** The running simulator: `faults.set(…)` switches its faults. */
	readonly simulator: RunningSimulator;
	/** Renders the App on the task grid of `services` in cluster demo and waits until it shows `shows`. */
	watch(services: readonly string[], options: {height: number; shows: string}): Promise<void>;
	frame(): string;
	lines(): string[];
	/** The latest data the grid's poller published. */
	data(): WatchData | null;
	/** Moves simulated time on, polls once, and waits until the screen shows that poll. */
	step(seconds: number): Promise<void>;
}

interface Running {
	clock: ManualClock;
	simulator: RunningSimulator;
	poller?: DataSource<WatchData>;
	app?: ReturnType<typeof render>;
}

/** A fresh {@link SimulatedGrid} for every test of the file; `random` drives the simulator's rate faults. */
export function simulatedGridEachTest(options: {random?: () => number} = {}): SimulatedGrid {
	let running: Running | undefined;
	beforeEach(async () => {
		const clock = new ManualClock();
		const simulator = await startSimulator({world: createWorld({clock}), ...(options.random ? {random: options.random} : {})});
		running = {clock, simulator};
	});
	afterEach(async () => {
		const ended = running;
		running = undefined;
		ended?.poller?.dispose();
		cleanup();
		await ended?.simulator.close();
	});

	const now = (): Running => {
		if (running === undefined) throw new Error('the simulated grid runs only inside a test');
		return running;
	};

	const polling = (): DataSource<WatchData> => {
		const {poller} = now();
		if (poller === undefined) throw new Error('step() before watch(): nothing polls yet');
		return poller;
	};

	const frame = (): string => now().app?.lastFrame() ?? '';
	return {
		get simulator() {
			return now().simulator;
		},
		async watch(services, {height, shows}) {
			const state = now();
			const {clock, simulator} = state;
			const client = createEcsClient({region: 'us-east-1', endpoint: simulator.url}, {credentials: CREDENTIALS, maxAttempts: 1});
			// Polls happen only when a step asks: the interval is far beyond any test.
			const sources = openSources(client, {intervalMs: 3_600_000, now: () => clock.now()});
			const tasks = sources.tasks;
			sources.tasks = scope => {
				state.poller = tasks(scope);
				return state.poller;
			};

			state.app = render(
				<App sources={sources} initial={[tasksRequest('demo', services)]} target={simulator.url} width={120} height={height}
					onQuit={() => {}} colorEnabled={false} clock={() => clock.now()} />,
			);
			await waitUntil(() => expect(frame()).toContain(shows));
		},
		frame,
		lines: () => frame().split('\n'),
		data: () => polling().getSnapshot().data,
		async step(seconds) {
			const {clock} = now();
			clock.advance(seconds * 1000);
			const before = polling().getSnapshot().data;
			polling().refreshNow();
			await waitUntil(() => expect(polling().getSnapshot().data).not.toBe(before));
			const stamp = new Date(clock.now()).toISOString().slice(11, 19);
			await waitUntil(() => expect(frame()).toContain(`updated ${stamp}`));
		},
	};
}
