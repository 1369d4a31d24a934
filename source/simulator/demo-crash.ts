import {demoSteps, type DemoOptions} from './demo-steps.js';
import type {World} from './engine/world-api.js';
import type {WorldControl} from './engine/world-control.js';

const second = 1000;

/** When the demo's canary of api:8 is run, in simulated ms: its first a little after the start, then again and again. */
export const crashCanary = {
	firstAt: 5 * second,
	every: 5 * 60 * second,
	revision: 'api:8',
	startedBy: 'canary/api-2.8.0',
} as const;

/**
 * Runs a canary of `api:8`, the revision that leaks memory, as a standalone task now and then: it
 * passes its health checks, writes rising memory warnings, and is OOM-killed (exit 137). So the
 * demo always has a task that just crashed, whose logs (`l`) show its last lines and the kill,
 * without touching the services' own rollouts (demo-scenario.ts).
 */
export function installCrashingCanary(world: World & WorldControl, options: DemoOptions = {}): void {
	const cluster = world.clusterName();
	const {safely} = demoSteps(world, options);
	const run = (at: number): void => {
		safely(() => world.runTask(cluster, {
			taskDefinition: crashCanary.revision,
			subnets: world.subnets(cluster).map(subnet => subnet.subnetId),
			startedBy: crashCanary.startedBy,
		}));
		world.schedule(at + crashCanary.every, () => run(at + crashCanary.every));
	};

	const start = world.clock.now();
	world.schedule(start + crashCanary.firstAt, () => run(start + crashCanary.firstAt));
}
