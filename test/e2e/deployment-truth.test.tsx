import {
	CreateTaskSetCommand, DeleteServiceCommand, DeleteTaskSetCommand, DescribeServicesCommand,
	UpdateServiceCommand, UpdateServicePrimaryTaskSetCommand
} from '@aws-sdk/client-ecs';
import {describe, expect, it} from 'vitest';
import {simulatedWatchEachTest} from '../helpers/simulated-watch.js';

// Manual-clock scenarios watched end to end: the simulator plays ECS, the real SDK reads it, the
// screen shows it. Each step moves simulated time on and polls once.

process.env.TZ = 'UTC';

const ecs = simulatedWatchEachTest();
const {step, frame, lines} = ecs;
const watch = async (service: string) => ecs.watch(service, {height: 60, shows: 'updated'});
/** The header's rollout sentence: the line that starts with the service's name. */
const sentence = (service: string) => lines().find((line) => line.startsWith(`${service}: `)) ?? lines()[2] ?? '';

/** Steps until `done` holds, at most `limit` steps of `seconds`; `each` sees every frame. */
async function until(done: () => boolean, limit: number, seconds: number, each: () => void = () => {}): Promise<void> {
	for (let steps = 0; !done(); steps++) {
		expect(steps, frame()).toBeLessThan(limit);
		await step(seconds);
		each();
	}
}

describe('deployments as ECS runs them, watched end to end', () => {
	it('a revision whose image cannot be pulled never starts: TaskFailedToStart, the breaker, the rollback', async () => {
		await watch('web');
		await ecs.sdk.send(new UpdateServiceCommand({cluster: 'demo', service: 'web', taskDefinition: 'web:44'}));
		const seen = {pullError: false, deploying: false, failedLine: false};
		await until(() => sentence('web').startsWith('web: rollout FAILED, rolled back to web:41'), 80, 10, () => {
			seen.pullError ||= lines().some((line) => line.includes('TaskFailedToStart') && line.includes('CannotPullContainerError'));
			seen.deploying ||= sentence('web').startsWith('web: deploying web:44');
			seen.failedLine ||= lines().some((line) => line.startsWith('web  web:44') && line.includes('FAILED'));
		});
		expect(seen).toEqual({pullError: true, deploying: true, failedLine: true});
		// The rollback keeps the tasks of web:41 that never stopped: all six are still the original ones.
		const {services} = await ecs.sdk.send(new DescribeServicesCommand({cluster: 'demo', services: ['web']}));
		expect(services?.[0]?.deployments?.map((d) => d.taskDefinition?.split('/').pop())).toContain('web:41');
	});

	it('a revision that is healthy and then crashes does not trip the circuit breaker', async () => {
		await watch('api');
		await ecs.sdk.send(new UpdateServiceCommand({cluster: 'demo', service: 'api', taskDefinition: 'api:8'}));
		const sentences = new Set<string>();
		await until(() => lines().some((line) => line.includes('OutOfMemoryError')), 40, 10, () => sentences.add(sentence('api')));
		for (let i = 0; i < 10; i++) {
			await step(10);
			sentences.add(sentence('api'));
		}

		expect([...sentences].some((text) => text.includes('FAILED')), [...sentences].join('\n')).toBe(false);
	});

	it('a blue/green shift reads as deploying from the task sets, then steady', async () => {
		await watch('checkout');
		expect(sentence('checkout')).toBe('steady');
		const created = await ecs.sdk.send(new CreateTaskSetCommand({
			cluster: 'demo', service: 'checkout', taskDefinition: 'checkout:8', scale: {value: 100, unit: 'PERCENT'},
		}));
		const green = created.taskSet?.id ?? '';
		await step(5);
		expect(sentence('checkout')).toMatch(/^checkout: deploying checkout:8 → 0\/2 healthy/u);
		expect(lines().some((line) => line.startsWith('checkout') && line.includes('ACTIVE') && line.includes('STABILIZING'))).toBe(true);
		await until(() => lines().some((line) => line.includes('ACTIVE') && line.includes('STEADY_STATE')), 30, 10);

		await ecs.sdk.send(new UpdateServicePrimaryTaskSetCommand({cluster: 'demo', service: 'checkout', primaryTaskSet: green}));
		const {services} = await ecs.sdk.send(new DescribeServicesCommand({cluster: 'demo', services: ['checkout']}));
		const blue = services?.[0]?.taskSets?.find((set) => set.id !== green)?.id ?? '';
		await ecs.sdk.send(new DeleteTaskSetCommand({cluster: 'demo', service: 'checkout', taskSet: blue, force: true}));
		await step(5);
		expect(lines().some((line) => line.startsWith('checkout') && line.includes('DRAINING'))).toBe(true);
		expect(sentence('checkout')).toMatch(/^checkout: deploying checkout:8/u);
		await until(() => sentence('checkout') === 'steady', 30, 10);
	});

	it('a service being deleted reads as draining, not as scaling to 0', async () => {
		await watch('web');
		await ecs.sdk.send(new DeleteServiceCommand({cluster: 'demo', service: 'web', force: true}));
		await step(2);
		expect(sentence('web')).toMatch(/^web: draining \(service deleted\) → \d running$/u);
		expect(frame()).not.toContain('scaling 6 → 0');
	});
});
