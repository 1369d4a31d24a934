import {type ECSClient, ListTasksCommand} from '@aws-sdk/client-ecs';
import {afterEach, describe, expect, it} from 'vitest';
import {countRequests} from '../../source/ecs/call-counter.js';
import {createFetchClusters} from '../../source/ecs/fetch-clusters.js';
import {createFetchServiceList} from '../../source/ecs/fetch-service-list.js';
import {createFetchTaskJson} from '../../source/ecs/fetch-task-json.js';
import {jsonLines} from '../../source/model/json-lines.js';
import {ManualClock} from '../../source/simulator/engine/clock.js';
import {type RunningSimulator, startSimulator} from '../../source/simulator/start-simulator.js';
import {ecsTestClient} from '../simulator/http/ecs-test-client.js';

let simulator: RunningSimulator | undefined;
let client: ECSClient | undefined;

afterEach(async () => {
	client?.destroy();
	await simulator?.close();
	client = undefined;
	simulator = undefined;
});

async function start(options: {services?: number} = {}) {
	simulator = await startSimulator({clock: new ManualClock(), taskCount: 20, seed: 3, ...options});
	client = ecsTestClient(simulator.url);
	return client;
}

/** Counts the requests each operation sends, and notes when each answer arrives. */
function recordOperations(ecs: ECSClient, events: string[]) {
	const counts = new Map<string, number>();
	ecs.middlewareStack.add(
		(next, context) => async (args) => {
			const name = context.commandName ?? '?';
			counts.set(name, (counts.get(name) ?? 0) + 1);
			const result = await next(args);
			events.push(name);
			return result;
		},
		{step: 'finalizeRequest', name: 'testOperationRecorder'},
	);
	return counts;
}

describe('the fetch functions over HTTP against the simulator', () => {
	it('fetch the clusters, the demo cluster\'s services and one task\'s JSON with its tags', async () => {
		const ecs = await start();
		const signal = new AbortController().signal;

		const {clusters, apiCalls: clusterCalls} = await createFetchClusters(ecs)(signal);
		expect(clusters.map((row) => row.clusterName)).toEqual(['demo', 'jobs', 'staging']);
		const demo = clusters[0];
		expect(demo).toMatchObject({status: 'ACTIVE', activeServices: 5, capacityProviders: ['FARGATE', 'FARGATE_SPOT']});
		expect(demo?.runningTasks).toBeGreaterThan(0);
		// Only sent with include STATISTICS.
		const [ec2 = 0, fargate = 0] = ['runningEC2TasksCount', 'runningFargateTasksCount'].map((name) => Number(demo?.statistics.get(name)));
		expect(ec2 + fargate).toBe(demo?.runningTasks);
		expect(clusterCalls).toBe(2);

		const {services, apiCalls: serviceCalls} = await createFetchServiceList(ecs, 'demo')(signal);
		expect(services.map((row) => row.serviceName)).toEqual(['api', 'batch', 'checkout', 'web', 'worker']);
		expect(services.find((row) => row.serviceName === 'web')?.deployments[0]?.status).toBe('PRIMARY');
		expect(serviceCalls).toBe(2);

		const {taskArns = []} = await ecs.send(new ListTasksCommand({cluster: 'demo', serviceName: 'web'}));
		const taskArn = taskArns[0] ?? '';
		const {task, apiCalls: taskCalls} = await createFetchTaskJson(ecs, 'demo', taskArn)(signal);
		expect(task).toMatchObject({taskArn, group: 'service:web', tags: expect.arrayContaining([{key: 'aws:ecs:serviceName', value: 'web'}])});
		expect((task as {createdAt?: unknown}).createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/u);
		expect(task).not.toHaveProperty('$metadata');
		expect(JSON.parse(jsonLines(task).join('\n'))).toEqual(task);
		expect(taskCalls).toBe(1);

		const gone = createFetchTaskJson(ecs, 'demo', taskArn.replace(/[0-9a-f]{8}$/u, '00000000'));
		expect((await gone(signal)).task).toBeNull();
	});

	it('fetch 2,000 services with 20 ListServices and 200 DescribeServices calls, showing the first rows early', async () => {
		// 1,995 extra services and the demo cluster's own 5.
		const ecs = await start({services: 1995});
		const events: string[] = [];
		const operations = recordOperations(ecs, events);
		const requestsSent = countRequests(ecs);
		const partialSizes: number[] = [];
		const startedAt = performance.now();
		let firstRowsAfterMs: number | undefined;

		const {services, apiCalls} = await createFetchServiceList(ecs, 'demo')(new AbortController().signal, (partial) => {
			firstRowsAfterMs ??= performance.now() - startedAt;
			partialSizes.push(partial.services.length);
			events.push('progress');
		});

		expect(services).toHaveLength(2000);
		expect(new Set(services.map((row) => row.serviceArn)).size).toBe(2000);
		expect(services.map((row) => row.serviceName)).toEqual(services.map((row) => row.serviceName).sort());
		expect(Object.fromEntries(operations)).toEqual({ListServicesCommand: 20, DescribeServicesCommand: 200});
		expect(apiCalls).toBe(220);
		expect(requestsSent()).toBe(220);
		expect(partialSizes[0]).toBe(10);
		expect(partialSizes.at(-1)).toBe(2000);
		// Rows were on screen before the listing was over.
		expect(events.indexOf('progress')).toBeLessThan(events.lastIndexOf('ListServicesCommand'));
		expect(firstRowsAfterMs).toBeLessThan(1000);
	});
});
