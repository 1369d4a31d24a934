import {awslogs} from '../logs/log-configurations.js';
import {maxServiceNames, serviceName} from './world-names.js';
import type {SimulatedWorld} from './world.js';

/** The most running tasks the simulator keeps in one cluster. */
export const maxClusterTasks = 5000;

/** The most extra services `createWorld({services})` adds to `demo`. */
export const maxExtraServices = maxServiceNames;

/**
 * How many of `services` extra services run a task: one each while the demo cluster stays within
 * maxClusterTasks running tasks (its own `taskCount` first); the rest are scaled to 0, as services
 * often are in real clusters.
 */
export const runningExtraServices = (services: number, taskCount: number): number =>
	Math.max(0, Math.min(services, maxClusterTasks - Math.max(0, Math.floor(taskCount))));

/**
 * Adds `count` small steady services to `demo`, created at `at`: realistic names (`account-api`,
 * `address-worker`…), each its own task definition family, Fargate (every seventh on FARGATE_SPOT),
 * desired count 1, or 0 beyond the cluster's task ceiling.
 */
export function seedExtraServices(world: SimulatedWorld, count: number, taskCount: number, at: number): void {
	const running = runningExtraServices(count, taskCount);
	const subnets = world.subnets('demo').map(s => s.subnetId);
	world.runAt(at, () => {
		for (let index = 0; index < Math.min(count, maxExtraServices); index++) {
			const {name, serving} = serviceName(index);
			const revision = world.prng.int(1, 60);
			world.registry.register({
				family: name,
				revision,
				networkMode: 'awsvpc',
				requiresCompatibilities: ['FARGATE'],
				cpu: '256',
				memory: '512',
				containers: [{
					name: name.slice(name.indexOf('-') + 1),
					image: `public.ecr.aws/ecswatch/${name}:1.${revision}.0`,
					cpu: 256,
					memory: 512,
					essential: true,
					logConfiguration: awslogs(world.region, name),
					...(serving ? {containerPort: 8080, healthCheck: true} : {}),
				}],
			}, at);
			const launch = index % 7 === 6 ? {capacityProviderStrategy: [{capacityProvider: 'FARGATE_SPOT', weight: 1}]} : {launchType: 'FARGATE' as const};
			world.createService('demo', {serviceName: name, taskDefinition: `${name}:${revision}`, desiredCount: index < running ? 1 : 0, subnets, ...launch});
		}
	});
}
