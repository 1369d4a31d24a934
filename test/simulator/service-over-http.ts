import type {ECSClient} from '@aws-sdk/client-ecs';
import {afterEach, beforeEach} from 'vitest';
import {ManualClock} from '../../source/simulator/engine/clock.js';
import {createWorld} from '../../source/simulator/engine/create-world.js';
import {startSimulator, type RunningSimulator} from '../../source/simulator/start-simulator.js';
import {ecsTestClient} from './http/ecs-test-client.js';

/** One test's simulator: a default world on a manual clock, and SDK clients of it. */
export interface ServiceOverHttp<C> {
	readonly clock: ManualClock;
	readonly world: ReturnType<typeof createWorld>;
	readonly simulator: RunningSimulator;
	/** The client of the service under test (CloudWatch Logs, ELB…). */
	readonly client: C;
	readonly ecs: ECSClient;
}

/**
 * A fresh default world on a manual clock (throttling buckets on the same clock) for each test,
 * with an ECS client and the client `makeClient` makes for the service under test.
 */
export function useServiceOverHttp<C extends {destroy(): void}>(makeClient: (url: string) => C): ServiceOverHttp<C> {
	let current: ServiceOverHttp<C> | undefined;
	beforeEach(async () => {
		const clock = new ManualClock();
		const world = createWorld({clock});
		const simulator = await startSimulator({world, throttleClock: clock});
		current = {clock, world, simulator, client: makeClient(simulator.url), ecs: ecsTestClient(simulator.url)};
	});

	afterEach(async () => {
		current?.client.destroy();
		current?.ecs.destroy();
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
		get world() {
			return started().world;
		},
		get simulator() {
			return started().simulator;
		},
		get client() {
			return started().client;
		},
		get ecs() {
			return started().ecs;
		},
	};
}
