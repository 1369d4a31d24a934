import type {RunningSimulator} from '../../source/simulator/start-simulator.js';
import type {WatchData} from '../../source/watch/snapshot.js';
import {simulatedAppEachTest} from './simulated-app.js';

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

/** A fresh {@link SimulatedGrid} for every test of the file; `random` drives the simulator's rate faults. */
export function simulatedGridEachTest(options: {random?: () => number} = {}): SimulatedGrid {
	const {random} = options;
	const {now, polling, frame, mount, step} = simulatedAppEachTest(random === undefined ? undefined : () => random);
	return {
		get simulator() {
			return now().simulator;
		},
		watch: async (services, watchOptions) => mount(services, watchOptions),
		frame,
		lines: () => frame().split('\n'),
		data: () => polling().getSnapshot().data,
		step,
	};
}
