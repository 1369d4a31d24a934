import {CreateTaskSetCommand, DescribeServicesCommand, DescribeTaskSetsCommand, type ECSClient} from '@aws-sdk/client-ecs';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {ManualClock} from '../../../source/simulator/engine/clock.js';
import {startSimulator, type RunningSimulator} from '../../../source/simulator/start-simulator.js';
import {loadDescribeServices} from '../../helpers/fixtures.js';
import {ecsTestClient} from './ecs-test-client.js';

/** Every member's type, nested: what two responses must share to be read by the same code. */
function shapeOf(value: unknown): unknown {
	if (value instanceof Date) return 'Date';
	if (Array.isArray(value)) return value.length === 0 ? [] : [shapeOf(value[0])];
	if (typeof value === 'object' && value !== null) {
		return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([key, item]) => [key, shapeOf(item)]));
	}

	return typeof value;
}

describe('task sets through the real SDK', () => {
	let simulator: RunningSimulator;
	let client: ECSClient;

	beforeAll(async () => {
		simulator = await startSimulator({clock: new ManualClock()});
		client = ecsTestClient(simulator.url);
	});

	afterAll(async () => {
		client.destroy();
		await simulator.close();
	});

	it('DescribeServices gives checkout\'s task sets the shape of a real CODE_DEPLOY response, and no deployments', async () => {
		const real = loadDescribeServices('service-codedeploy-tasksets-no-deployments.placebo.json').services![0]!;
		const {services = []} = await client.send(new DescribeServicesCommand({cluster: 'demo', services: ['checkout']}));
		const [ours] = services;
		expect(ours?.deploymentController).toEqual(real.deploymentController);
		expect(ours).not.toHaveProperty('deployments');
		expect(real).not.toHaveProperty('deployments');
		expect(ours?.taskSets).toHaveLength(1);
		// Behind its target group, as the real set is.
		expect(shapeOf(ours!.taskSets![0])).toEqual(shapeOf(real.taskSets![0]));
		expect(ours!.taskSets![0]).toMatchObject({status: 'PRIMARY', scale: {value: 100, unit: 'PERCENT'}, stabilityStatus: 'STEADY_STATE', computedDesiredCount: 2});
		// The service's own fields are its PRIMARY set's, as in the real response.
		expect(ours!.taskDefinition).toBe(ours!.taskSets![0]!.taskDefinition);
		expect(real.taskDefinition).toBe(real.taskSets![0]!.taskDefinition);
	});

	it('CreateTaskSet and DescribeTaskSets round-trip a fractional scale and the set\'s timestamps', async () => {
		const {taskSet} = await client.send(new CreateTaskSetCommand({cluster: 'demo', service: 'checkout', taskDefinition: 'checkout:8', scale: {value: 25.5, unit: 'PERCENT'}}));
		expect(taskSet).toMatchObject({status: 'ACTIVE', scale: {value: 25.5, unit: 'PERCENT'}, computedDesiredCount: 1, startedBy: 'CODE_DEPLOY'});
		expect(taskSet?.createdAt).toBeInstanceOf(Date);
		const {taskSets = [], failures} = await client.send(new DescribeTaskSetsCommand({cluster: 'demo', service: 'checkout', taskSets: [taskSet!.taskSetArn!]}));
		expect(failures).toEqual([]);
		expect(taskSets.map(s => [s.id, s.stabilityStatusAt?.getTime()])).toEqual([[taskSet!.id, taskSet!.createdAt!.getTime()]]);
	});
});
