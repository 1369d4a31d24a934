import {seedDemoWorld} from './seed.js';
import {seedOtherClusters} from './seed-clusters.js';
import {seedExtraServices} from './seed-services.js';
import {SimulatedWorld} from './world.js';
import type {WorldControl} from './world-control.js';
import type {Clock, World} from './world-api.js';

export type {CreateServiceInput, WorldControl} from './world-control.js';
export type {ContainerSpec, RegisterTaskDefinitionInput, TaskBehaviour} from './task-definitions.js';
export {maxExtraClusters} from './seed-clusters.js';
export {maxClusterTasks, maxExtraServices, runningExtraServices} from './seed-services.js';

const minute = 60 * 1000;

export interface WorldOptions {
	clock: Clock;
	region?: string;
	accountId?: string;
	/** About how many RUNNING tasks the demo cluster holds (default 24; up to 5,000). */
	taskCount?: number;
	/** Seed of the PRNG behind every id, address and duration (default 1). */
	seed?: number;
	/**
	 * Steady clusters besides `demo` (default 2, up to 100): `staging` (Fargate), `jobs` (EC2
	 * container instances behind an Auto Scaling group provider), then `payments-prod` and the like.
	 */
	clusters?: number;
	/**
	 * Extra steady services in `demo` (default 0, up to 2,000), one task each while the cluster stays
	 * within 5,000 running tasks, desired count 0 beyond (runningExtraServices).
	 */
	services?: number;
}

/**
 * A living ECS world as it stands at the clock's time: the steady cluster `demo` and `clusters`
 * others. The others and the extra services are seeded on a stream of random numbers of their own,
 * so `demo` (its ids, addresses, timings) is the same whatever their number.
 */
export function createWorld(options: WorldOptions): World & WorldControl {
	const seed = options.seed ?? 1;
	const world = new SimulatedWorld(options.clock, options.region ?? 'us-east-1', options.accountId ?? '123456789012', seed);
	const taskCount = options.taskCount ?? 24;
	seedDemoWorld(world, taskCount);
	world.prng.fork(seed ^ 0x80_00_00_00, () => {
		const at = world.clock.now() - 30 * minute;
		seedExtraServices(world, options.services ?? 0, taskCount, at);
		seedOtherClusters(world, options.clusters ?? 2, at);
		world.sync();
	});
	return world;
}
