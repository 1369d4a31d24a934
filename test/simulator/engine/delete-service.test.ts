import {describe, expect, it} from 'vitest';
import {ManualClock} from '../../../source/simulator/engine/clock.js';
import {createWorld} from '../../../source/simulator/engine/create-world.js';
import {stepUntil, tasksOf} from './world-steps.js';

describe('a service being deleted', () => {
	it('is DRAINING at desired count 0 while its tasks stop, then INACTIVE once they are all STOPPING or beyond', () => {
		const clock = new ManualClock();
		const world = createWorld({clock});
		const activeBefore = world.describeCluster('demo')!['activeServicesCount'] as number;
		expect(() => world.deleteService('demo', 'web')).toThrow(expect.objectContaining({name: 'InvalidParameterException', message: 'The service cannot be stopped while it is scaled above 0.'}));

		const deleted = world.deleteService('demo', 'web', true);
		expect(deleted).toMatchObject({status: 'DRAINING', desiredCount: 0, runningCount: 6});
		expect(world.listServiceArns('demo').some(arn => arn.endsWith('/web'))).toBe(false);
		expect(world.describeCluster('demo')!['activeServicesCount']).toBe(activeBefore - 1);

		const seen: string[] = [];
		stepUntil(clock, () => world.describeService('demo', 'web')!['status'] === 'INACTIVE', {
			maxMs: 2 * 60_000,
			each() {
				const service = world.describeService('demo', 'web')!;
				seen.push(service['status'] as string);
				const tasks = tasksOf(world, {serviceName: 'web', desiredStatus: 'STOPPED'}).filter(t => t['stoppedReason'] !== 'Task failed container health checks');
				if (service['status'] === 'DRAINING') expect(service['desiredCount']).toBe(0);
				if (service['status'] === 'INACTIVE') {
					expect(tasks.every(t => ['STOPPING', 'DEPROVISIONING', 'STOPPED'].includes(t['lastStatus'] as string))).toBe(true);
				}
			},
		});
		expect(seen[0]).toBe('DRAINING');
		expect(tasksOf(world, {serviceName: 'web'})).toEqual([]);
		const events = (world.describeService('demo', 'web')!['events'] as Array<{message: string}>).map(e => e.message);
		expect(events).toContainEqual(expect.stringMatching(/^\(service web\) has stopped 6 running tasks: (\(task [\da-f]{32}\) ?){6}\.$/u));
		expect(tasksOf(world, {serviceName: 'web', desiredStatus: 'STOPPED'}).every(t => (t['stoppedReason'] as string).startsWith('Scaling activity initiated by (deployment ecs-svc/'))).toBe(true);
		expect(() => world.updateService('demo', 'web', {desiredCount: 2})).toThrow(expect.objectContaining({name: 'ServiceNotActiveException'}));

		// An INACTIVE service's name can be used again.
		world.createService('demo', {serviceName: 'web', taskDefinition: 'web:42', desiredCount: 1});
		expect(world.describeService('demo', 'web')).toMatchObject({status: 'ACTIVE', desiredCount: 1});
	});
});
