import type {ECSClient} from '@aws-sdk/client-ecs';
import {afterEach, beforeEach} from 'vitest';
import {ManualClock} from '../../source/simulator/engine/clock.js';
import {createWorld} from '../../source/simulator/engine/create-world.js';
import {startSimulator, type RunningSimulator} from '../../source/simulator/start-simulator.js';
import {ecsTestClient} from './http/ecs-test-client.js';

/** One test's simulator: a default world on a manual clock, and SDK clients of it. */
export type ServiceOverHttp<Name extends string, C> = {
	readonly clock: ManualClock;
	readonly world: ReturnType<typeof createWorld>;
	readonly simulator: RunningSimulator;
	readonly ecs: ECSClient;
} & {
	/** The client of the service under test (CloudWatch Logs, ELB…), under its name. */
	readonly [Key in Name]: C;
};

interface Running<C> {
	clock: ManualClock;
	world: ReturnType<typeof createWorld>;
	simulator: RunningSimulator;
	client: C;
	ecs: ECSClient;
}

/**
 * A fresh default world on a manual clock (throttling buckets on the same clock) for each test,
 * with an ECS client and, as `name`, the client `makeClient` makes for the service under test.
 */
export function useServiceOverHttp<Name extends string, C extends {destroy(): void}>(name: Name, makeClient: (url: string) => C): ServiceOverHttp<Name, C> {
	let current: Running<C> | undefined;
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

	const running = {
		get clock() {
			return started().clock;
		},
		get world() {
			return started().world;
		},
		get simulator() {
			return started().simulator;
		},
		get ecs() {
			return started().ecs;
		},
	};
	Object.defineProperty(running, name, {get: () => started().client, enumerable: true});
	return running as ServiceOverHttp<Name, C>;
}
