import type {ECSClient} from '@aws-sdk/client-ecs';
import {simulatedAppEachTest} from './simulated-app.js';

/**
 * The simulator on a manual clock, an SDK client that drives it, and the App that watches it
 * through the real SDK. Nothing polls on its own: each {@link SimulatedWatch.step} moves simulated
 * time on and polls once. Its functions need no `this`: destructure them freely.
 */
export interface SimulatedWatch {
	/** A client of the simulator, for the test to act as a user of ECS. */
	readonly sdk: ECSClient;
	/** Renders the App on the tasks screen of `service` in cluster demo and waits until the screen shows `shows`. */
	watch(service: string, options: {height: number; shows: string}): Promise<void>;
	frame(): string;
	lines(): string[];
	/** Types `key` and waits until the screen changes. */
	press(key: string): Promise<void>;
	/** Moves simulated time on, polls once, and waits until the screen shows that poll. */
	step(seconds: number): Promise<void>;
}

/** A fresh {@link SimulatedWatch} for every test of the file: started before each, closed after each. */
export function simulatedWatchEachTest(): SimulatedWatch {
	const {now, frame, mount, press, step} = simulatedAppEachTest();
	return {
		get sdk() {
			return now().sdk;
		},
		watch: async (service, options) => mount([service], options),
		frame,
		lines: () => frame().split('\n'),
		press,
		step,
	};
}
