import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {ManualClock} from '../../../source/simulator/engine/clock.js';
import {createWorld} from '../../../source/simulator/engine/create-world.js';
import {startSimulator, type RunningSimulator} from '../../../source/simulator/start-simulator.js';
import {stepUntil} from '../engine/world-steps.js';
import {awsEcs, requireAwsCli, skipAwsCli} from './aws-cli.js';

type TaskSet = {id: string; taskSetArn: string; status: string; taskDefinition: string; computedDesiredCount: number; runningCount: number; scale: {value: number; unit: string}; stabilityStatus: string; tags?: unknown[]};

describe.skipIf(skipAwsCli)('the AWS CLI and the task sets of a blue/green service', () => {
	let simulator: RunningSimulator | undefined;
	const clock = new ManualClock();
	const world = createWorld({clock});

	beforeAll(async () => {
		requireAwsCli();
		simulator = await startSimulator({world});
	});

	afterAll(async () => {
		await simulator?.close();
	});

	const aws = async (...args: string[]) => awsEcs(simulator!.url, ...args);
	const setsNow = () => world.ecs.describeTaskSets({cluster: 'demo', service: 'checkout'})['taskSets'] as TaskSet[];
	const sets = async (...args: string[]) => (await aws('describe-task-sets', '--cluster', 'demo', '--service', 'checkout', ...args))['taskSets'] as TaskSet[];
	const revision = (arn: string) => arn.slice(arn.lastIndexOf('/') + 1);

	it('describe-services shows the CODE_DEPLOY service with its task sets and no deployments', async () => {
		const described = await aws('describe-services', '--cluster', 'demo', '--services', 'checkout');
		const [service] = described['services'] as Array<Record<string, unknown>>;
		expect(service).toMatchObject({deploymentController: {type: 'CODE_DEPLOY'}, desiredCount: 2, runningCount: 2, pendingCount: 0});
		expect(service).not.toHaveProperty('deployments');
		expect((service!['taskSets'] as TaskSet[]).map(s => [s.status, revision(s.taskDefinition), s.computedDesiredCount, s.runningCount, s.stabilityStatus])).toEqual([
			['PRIMARY', 'checkout:7', 2, 2, 'STEADY_STATE'],
		]);
	});

	it('describe-task-sets lists them, tags only with --include TAGS, unknown ones as failures', async () => {
		const [blue] = await sets();
		expect(blue).toMatchObject({status: 'PRIMARY', scale: {value: 100, unit: 'PERCENT'}});
		expect(blue).not.toHaveProperty('tags');
		expect((await sets('--include', 'TAGS'))[0]).toMatchObject({id: blue!.id, tags: []});
		const answer = await aws('describe-task-sets', '--cluster', 'demo', '--service', 'checkout', '--task-sets', blue!.taskSetArn, 'ecs-svc/42');
		expect((answer['taskSets'] as TaskSet[]).map(s => s.id)).toEqual([blue!.id]);
		expect(answer['failures']).toEqual([{arn: 'arn:aws:ecs:us-east-1:123456789012:task-set/demo/checkout/ecs-svc/42', reason: 'MISSING'}]);
	});

	it('shifts blue to green with create-task-set, update-service-primary-task-set and delete-task-set', async () => {
		const [blue] = await sets();
		const created = (await aws('create-task-set', '--cluster', 'demo', '--service', 'checkout', '--task-definition', 'checkout:8', '--scale', 'value=100,unit=PERCENT', '--external-id', 'd-4F7KQ2ZXA'))['taskSet'] as TaskSet;
		expect(created).toMatchObject({status: 'ACTIVE', computedDesiredCount: 2, stabilityStatus: 'STABILIZING', startedBy: 'CODE_DEPLOY', externalId: 'd-4F7KQ2ZXA'});
		stepUntil(clock, () => setsNow().find(s => s.id === created.id)?.stabilityStatus === 'STEADY_STATE', {maxMs: 3 * 60_000});
		expect((await sets()).map(s => [s.status, s.runningCount, s.stabilityStatus])).toEqual([['PRIMARY', 2, 'STEADY_STATE'], ['ACTIVE', 2, 'STEADY_STATE']]);

		const primary = (await aws('update-service-primary-task-set', '--cluster', 'demo', '--service', 'checkout', '--primary-task-set', created.taskSetArn))['taskSet'] as TaskSet;
		expect(primary).toMatchObject({id: created.id, status: 'PRIMARY'});
		const service = ((await aws('describe-services', '--cluster', 'demo', '--services', 'checkout'))['services'] as Array<{taskDefinition: string; runningCount: number}>)[0]!;
		expect({definition: revision(service.taskDefinition), running: service.runningCount}).toEqual({definition: 'checkout:8', running: 4});

		const deleted = (await aws('delete-task-set', '--cluster', 'demo', '--service', 'checkout', '--task-set', blue!.id, '--force'))['taskSet'] as TaskSet;
		expect(deleted).toMatchObject({id: blue!.id, status: 'DRAINING', computedDesiredCount: 0, scale: {value: 0, unit: 'PERCENT'}});
		stepUntil(clock, () => setsNow().length === 1, {maxMs: 2 * 60_000});
		expect((await sets()).map(s => [s.id, s.status])).toEqual([[created.id, 'PRIMARY']]);
	});

	it('update-task-set changes a set\'s scale', async () => {
		const created = (await aws('create-task-set', '--cluster', 'demo', '--service', 'checkout', '--task-definition', 'checkout:7'))['taskSet'] as TaskSet;
		expect(created).toMatchObject({scale: {value: 0, unit: 'PERCENT'}, computedDesiredCount: 0});
		const updated = (await aws('update-task-set', '--cluster', 'demo', '--service', 'checkout', '--task-set', created.id, '--scale', 'value=50,unit=PERCENT'))['taskSet'] as TaskSet;
		expect(updated).toMatchObject({id: created.id, scale: {value: 50, unit: 'PERCENT'}, computedDesiredCount: 1, stabilityStatus: 'STABILIZING'});
	});

	it('answers ECS\'s errors: a rolling service, an unknown task set', async () => {
		await expect(aws('create-task-set', '--cluster', 'demo', '--service', 'web', '--task-definition', 'web:42')).rejects.toMatchObject({
			stderr: expect.stringContaining('InvalidParameterException'),
		});
		await expect(aws('delete-task-set', '--cluster', 'demo', '--service', 'checkout', '--task-set', 'ecs-svc/42')).rejects.toMatchObject({
			stderr: expect.stringContaining('TaskSetNotFoundException'),
		});
		await expect(aws('update-service', '--cluster', 'demo', '--service', 'checkout', '--task-definition', 'checkout:8')).rejects.toMatchObject({
			stderr: expect.stringContaining('Unable to update task definition on services with a CODE_DEPLOY deployment controller.'),
		});
	});
});
