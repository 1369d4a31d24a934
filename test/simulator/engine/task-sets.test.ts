import {describe, expect, it} from 'vitest';
import {ManualClock} from '../../../source/simulator/engine/clock.js';
import {createWorld} from '../../../source/simulator/engine/create-world.js';
import type {WireRecord} from '../../../source/simulator/engine/world-api.js';
import {stepUntil, tasksOf} from './world-steps.js';

type TaskSet = {
	id: string;
	taskSetArn: string;
	status: string;
	taskDefinition: string;
	computedDesiredCount: number;
	runningCount: number;
	pendingCount: number;
	scale: {value: number; unit: string};
	stabilityStatus: string;
	stabilityStatusAt: number;
	startedBy?: string;
	externalId?: string;
};

const revision = (arn: string): string => arn.slice(arn.lastIndexOf('/') + 1);

function setup() {
	const clock = new ManualClock();
	const world = createWorld({clock});
	const sets = (service = 'checkout') => world.ecs.describeTaskSets({cluster: 'demo', service})['taskSets'] as TaskSet[];
	const messages = (service = 'checkout') => (world.describeService('demo', service)!['events'] as Array<{message: string}>).map(e => e.message);
	return {clock, world, sets, messages};
}

const error = (name: string) => expect.objectContaining({name});

describe('the blue/green service checkout (CODE_DEPLOY)', () => {
	it('starts with the blue task set CreateService made: PRIMARY, 100%, steady, its tasks started by it', () => {
		const {world, sets, messages} = setup();
		const service = world.describeService('demo', 'checkout')!;
		expect(service).toMatchObject({deploymentController: {type: 'CODE_DEPLOY'}, desiredCount: 2, runningCount: 2, pendingCount: 0});
		expect(service).not.toHaveProperty('deployments');
		expect(revision(service['taskDefinition'] as string)).toBe('checkout:7');
		const [blue, ...others] = sets();
		expect(others).toEqual([]);
		expect(blue).toMatchObject({status: 'PRIMARY', computedDesiredCount: 2, runningCount: 2, pendingCount: 0, scale: {value: 100, unit: 'PERCENT'}, stabilityStatus: 'STEADY_STATE'});
		expect(blue).not.toHaveProperty('startedBy');
		expect(blue!.id).toMatch(/^ecs-svc\/\d{19}$/u);
		const tasks = tasksOf(world, {serviceName: 'checkout'});
		expect(tasks.map(t => [t['startedBy'], t['group'], revision(t['taskDefinitionArn'] as string)])).toEqual([
			[blue!.id, 'service:checkout', 'checkout:7'],
			[blue!.id, 'service:checkout', 'checkout:7'],
		]);
		// Its tasks are registered in its target group once they run, and steady once their targets are healthy.
		const registered = expect.stringMatching(new RegExp(`^\\(service checkout, taskSet ${blue!.id}\\) registered 1 targets in \\(target-group arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/demo-checkout-blue/[0-9a-f]{16}\\)$`, 'u'));
		expect(messages().slice(0, 5)).toEqual([
			'(service checkout) has reached a steady state.',
			`(service checkout, taskSet ${blue!.id}) updated state to STEADY_STATE.`,
			registered,
			registered,
			expect.stringMatching(new RegExp(`^\\(service checkout, taskSet ${blue!.id}\\) has started 2 tasks: \\(task [0-9a-f]{32}\\) \\(task [0-9a-f]{32}\\)\\.$`, 'u')),
		]);
	});

	it('shifts to a green task set: ACTIVE at 100% until steady, then PRIMARY; the blue one drains and is gone', () => {
		const {clock, world, sets, messages} = setup();
		const blue = sets()[0]!;
		const created = world.ecs.createTaskSet({cluster: 'demo', service: 'checkout', taskDefinition: 'checkout:8', scale: {value: 100, unit: 'PERCENT'}, externalId: 'd-7QX2M4K1B'})['taskSet'] as TaskSet;
		expect(created).toMatchObject({status: 'ACTIVE', startedBy: 'CODE_DEPLOY', externalId: 'd-7QX2M4K1B', computedDesiredCount: 2, runningCount: 0, stabilityStatus: 'STABILIZING'});
		clock.advance(5000);
		expect(sets().find(s => s.id === created.id)).toMatchObject({pendingCount: 2, runningCount: 0, stabilityStatus: 'STABILIZING'});
		stepUntil(clock, () => sets().find(s => s.id === created.id)?.stabilityStatus === 'STEADY_STATE', {maxMs: 3 * 60_000});
		// Blue still serves; both sets run their full count side by side.
		expect(sets().map(s => [s.status, revision(s.taskDefinition), s.runningCount])).toEqual([['PRIMARY', 'checkout:7', 2], ['ACTIVE', 'checkout:8', 2]]);
		expect(world.describeService('demo', 'checkout')).toMatchObject({desiredCount: 2, runningCount: 4});
		expect(tasksOf(world, {startedBy: created.id})).toHaveLength(2);

		world.ecs.updateServicePrimaryTaskSet({cluster: 'demo', service: 'checkout', primaryTaskSet: created.taskSetArn});
		expect(sets().map(s => [s.id, s.status])).toEqual([[created.id, 'PRIMARY'], [blue.id, 'ACTIVE']]);
		expect(revision(world.describeService('demo', 'checkout')!['taskDefinition'] as string)).toBe('checkout:8');

		const deleted = world.ecs.deleteTaskSet({cluster: 'demo', service: 'checkout', taskSet: blue.id, force: true})['taskSet'] as TaskSet;
		expect(deleted).toMatchObject({status: 'DRAINING', scale: {value: 0, unit: 'PERCENT'}, computedDesiredCount: 0, stabilityStatus: 'STABILIZING'});
		clock.advance(2000);
		expect(tasksOf(world, {startedBy: blue.id})).toEqual([]);
		expect(messages()[0]).toMatch(new RegExp(`^\\(service checkout, taskSet ${blue.id}\\) has stopped 2 running tasks: `, 'u'));
		stepUntil(clock, () => sets().length === 1, {maxMs: 60_000});
		expect(sets()).toMatchObject([{id: created.id, status: 'PRIMARY', runningCount: 2, stabilityStatus: 'STEADY_STATE'}]);
		expect(world.describeService('demo', 'checkout')).toMatchObject({runningCount: 2, pendingCount: 0});
		expect(messages()[0]).toBe('(service checkout) has reached a steady state.');
	});

	it('refuses what ECS refuses', () => {
		const {world} = setup();
		const ecs = world.ecs;
		const blue = (ecs.describeTaskSets({cluster: 'demo', service: 'checkout'})['taskSets'] as TaskSet[])[0]!;
		expect(() => ecs.createTaskSet({cluster: 'demo', service: 'web', taskDefinition: 'web:42'})).toThrow(error('InvalidParameterException'));
		expect(() => ecs.describeTaskSets({cluster: 'demo', service: 'web'})).toThrow(error('InvalidParameterException'));
		expect(() => ecs.createTaskSet({cluster: 'demo', service: 'nope', taskDefinition: 'checkout:8'})).toThrow(error('ServiceNotFoundException'));
		expect(() => ecs.createTaskSet({cluster: 'nope', service: 'checkout', taskDefinition: 'checkout:8'})).toThrow(error('ClusterNotFoundException'));
		expect(() => ecs.createTaskSet({cluster: 'demo', service: 'checkout', taskDefinition: 'checkout:99'})).toThrow(error('InvalidParameterException'));
		expect(() => ecs.updateTaskSet({cluster: 'demo', service: 'checkout', taskSet: 'ecs-svc/1', scale: {value: 50}})).toThrow(error('TaskSetNotFoundException'));
		expect(() => ecs.updateTaskSet({cluster: 'demo', service: 'checkout', taskSet: blue.id, scale: {value: 150, unit: 'PERCENT'}})).toThrow(error('InvalidParameterException'));
		expect(() => ecs.deleteTaskSet({cluster: 'demo', service: 'checkout', taskSet: blue.id, force: true})).toThrow(error('InvalidParameterException'));
		expect(() => world.ecs.updateService({cluster: 'demo', service: 'checkout', taskDefinition: 'checkout:8'})).toThrow(expect.objectContaining({
			name: 'InvalidParameterException',
			message: 'Unable to update task definition on services with a CODE_DEPLOY deployment controller. Use AWS CodeDeploy to trigger a new deployment.',
		}));
		expect(ecs.describeTaskSets({cluster: 'demo', service: 'checkout', taskSets: [blue.id, 'ecs-svc/123']})).toEqual({
			taskSets: [expect.objectContaining({id: blue.id})],
			failures: [{arn: 'arn:aws:ecs:us-east-1:123456789012:task-set/demo/checkout/ecs-svc/123', reason: 'MISSING'}],
		});
		for (let i = 0; i < 4; i++) ecs.createTaskSet({cluster: 'demo', service: 'checkout', taskDefinition: 'checkout:8'});
		expect(() => ecs.createTaskSet({cluster: 'demo', service: 'checkout', taskDefinition: 'checkout:8'})).toThrow(expect.objectContaining({
			message: '5 deployments exist on the service. Unable to create new TaskSet since this exceeds the maximum limit.',
		}));
	});
});

describe('an EXTERNAL service', () => {
	function external() {
		const {clock, world, sets} = setup();
		world.createService('demo', {serviceName: 'cart', taskDefinition: 'checkout:7', desiredCount: 3, deploymentController: {type: 'EXTERNAL'}});
		const subnets = world.subnets('demo').map(s => s.subnetId);
		const create = (scale?: number): TaskSet => world.ecs.createTaskSet({
			cluster: 'demo',
			service: 'cart',
			taskDefinition: 'checkout:7',
			networkConfiguration: {awsvpcConfiguration: {subnets}},
			...(scale === undefined ? {} : {scale: {value: scale, unit: 'PERCENT'}}),
		})['taskSet'] as TaskSet;
		return {clock, world, sets: () => sets('cart'), create};
	}

	it('starts with no task set, and one created without a scale has scale 0', () => {
		const {clock, world, sets, create} = external();
		expect(sets()).toEqual([]);
		expect(world.describeService('demo', 'cart')).toMatchObject({deploymentController: {type: 'EXTERNAL'}, taskSets: [], runningCount: 0});
		expect(world.describeService('demo', 'cart')).not.toHaveProperty('taskDefinition');
		const set = create();
		expect(set).toMatchObject({status: 'ACTIVE', scale: {value: 0, unit: 'PERCENT'}, computedDesiredCount: 0});
		expect(set).not.toHaveProperty('startedBy');
		clock.advance(10_000);
		expect(sets()[0]).toMatchObject({runningCount: 0, pendingCount: 0, stabilityStatus: 'STEADY_STATE'});
	});

	it('keeps a set at desiredCount × scale rounded up, and follows UpdateTaskSet and UpdateService', () => {
		const {clock, world, sets, create} = external();
		const set = create(50);
		expect(set.computedDesiredCount).toBe(2);
		const settle = () => stepUntil(clock, () => sets()[0]?.stabilityStatus === 'STEADY_STATE', {maxMs: 3 * 60_000});
		settle();
		expect(sets()[0]).toMatchObject({computedDesiredCount: 2, runningCount: 2, pendingCount: 0});
		const steadyAt = sets()[0]!.stabilityStatusAt;

		const updated = world.ecs.updateTaskSet({cluster: 'demo', service: 'cart', taskSet: set.id, scale: {value: 100, unit: 'PERCENT'}})['taskSet'] as TaskSet;
		expect(updated).toMatchObject({computedDesiredCount: 3, stabilityStatus: 'STABILIZING'});
		settle();
		expect(sets()[0]).toMatchObject({computedDesiredCount: 3, runningCount: 3});
		expect(sets()[0]!.stabilityStatusAt).toBeGreaterThan(steadyAt);

		world.ecs.updateService({cluster: 'demo', service: 'cart', desiredCount: 1});
		clock.advance(2000);
		expect(sets()[0]).toMatchObject({computedDesiredCount: 1, stabilityStatus: 'STABILIZING'});
		settle();
		expect(sets()[0]).toMatchObject({computedDesiredCount: 1, runningCount: 1, pendingCount: 0});
		expect(tasksOf(world, {serviceName: 'cart'})).toHaveLength(1);
	});

	it('needs the network configuration for awsvpc tasks, and force to delete a set not scaled to 0', () => {
		const {world, create} = external();
		expect(() => world.ecs.createTaskSet({cluster: 'demo', service: 'cart', taskDefinition: 'checkout:7'})).toThrow(error('InvalidParameterException'));
		const set = create(100);
		world.ecs.updateServicePrimaryTaskSet({cluster: 'demo', service: 'cart', primaryTaskSet: set.id});
		const other = create(0);
		expect(() => world.ecs.deleteTaskSet({cluster: 'demo', service: 'cart', taskSet: set.id, force: true})).toThrow(error('InvalidParameterException'));
		expect((world.ecs.deleteTaskSet({cluster: 'demo', service: 'cart', taskSet: other.id})['taskSet'] as WireRecord)['status']).toBe('DRAINING');
	});
});
