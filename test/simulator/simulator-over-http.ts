import type {ECSClient} from '@aws-sdk/client-ecs';
import {afterEach, beforeEach} from 'vitest';
import {ManualClock} from '../../source/simulator/engine/clock.js';
import {createWorld} from '../../source/simulator/engine/create-world.js';
import {startSimulator, type RunningSimulator} from '../../source/simulator/start-simulator.js';
import {ecsTestClient} from './http/ecs-test-client.js';

/** A simulator of the default world on a manual clock, served over HTTP, with the real SDK pointed at it. */
export interface SimulatorOverHttp {
	readonly clock: ManualClock;
	readonly client: ECSClient;
	/** Advances the clock in `stepMs` steps until `done` holds; throws once `maxMs` of simulated time has passed. */
	advanceUntil(done: () => Promise<boolean>, maxMs: number, stepMs?: number): Promise<void>;
}

/** Starts a fresh simulator before each test of the enclosing `describe`, and closes it after. */
export function useSimulatorOverHttp(): SimulatorOverHttp {
	let current: {clock: ManualClock; simulator: RunningSimulator; client: ECSClient} | undefined;
	beforeEach(async () => {
		const clock = new ManualClock();
		const simulator = await startSimulator({world: createWorld({clock})});
		current = {clock, simulator, client: ecsTestClient(simulator.url)};
	});

	afterEach(async () => {
		current?.client.destroy();
		await current?.simulator.close();
		current = undefined;
	});

	const started = () => {
		if (!current) throw new Error('the simulator runs only inside a test');
		return current;
	};

	return {
		get clock() {
			return started().clock;
		},
		get client() {
			return started().client;
		},
		async advanceUntil(done, maxMs, stepMs = 5000) {
			const {clock} = started();
			const end = clock.now() + maxMs;
			while (!(await done())) {
				if (clock.now() >= end) throw new Error(`not reached within ${maxMs} ms`);
				clock.advance(stepMs);
			}
		},
	};
}

/** `web:42` for `arn:aws:ecs:…:task-definition/web:42`; '' for none. */
export const revision = (arn: string | undefined): string => arn?.split('/').at(-1) ?? '';
