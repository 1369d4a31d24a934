import {seedDemoWorld} from './seed.js';
import {SimulatedWorld} from './world.js';
import type {WorldControl} from './world-control.js';
import type {Clock, World} from './world-api.js';

export type {CreateServiceInput, WorldControl} from './world-control.js';
export type {ContainerSpec, RegisterTaskDefinitionInput, TaskBehaviour} from './task-definitions.js';

export interface WorldOptions {
	clock: Clock;
	region?: string;
	accountId?: string;
	/** About how many RUNNING tasks the demo cluster holds (default 24; up to 5,000). */
	taskCount?: number;
	/** Seed of the PRNG behind every id, address and duration (default 1). */
	seed?: number;
}

/** A living ECS world with one steady cluster, `demo`, as it stands at the clock's time. */
export function createWorld(options: WorldOptions): World & WorldControl {
	const world = new SimulatedWorld(options.clock, options.region ?? 'us-east-1', options.accountId ?? '123456789012', options.seed ?? 1);
	seedDemoWorld(world, options.taskCount ?? 24);
	return world;
}
