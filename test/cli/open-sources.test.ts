import {UpdateServiceCommand, ECSClient} from '@aws-sdk/client-ecs';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {HISTORY_INTERVAL_MS, openSources} from '../../source/cli/open-sources.js';
import {startFirstPoll} from '../../source/cli/first-poll.js';
import {countRequests} from '../../source/ecs/call-counter.js';
import {createEcsClient} from '../../source/ecs/client.js';
import {ManualClock} from '../../source/simulator/engine/clock.js';
import {createWorld} from '../../source/simulator/engine/create-world.js';
import {startSimulator, type RunningSimulator} from '../../source/simulator/start-simulator.js';
import type {DataSource} from '../../source/ui/stack/sources.js';
import type {DeploymentHistoryData} from '../../source/watch/screen-data.js';
import {waitUntil} from '../helpers/wait-until.js';

const CREDENTIALS = {accessKeyId: 'test', secretAccessKey: 'test'};
let simulator: RunningSimulator;
let clock: ManualClock;
let source: DataSource<DeploymentHistoryData> | undefined;

beforeEach(async () => {
	clock = new ManualClock();
	simulator = await startSimulator({world: createWorld({clock})});
});

afterEach(async () => {
	source?.dispose();
	await simulator.close();
});

describe('the deployment history source', () => {
	it('reads ListServiceDeployments from the simulator through the SDK, on a slow interval of its own', async () => {
		const client = createEcsClient({region: 'us-east-1', endpoint: simulator.url}, {credentials: CREDENTIALS, maxAttempts: 1});
		const sdk = new ECSClient({region: 'us-east-1', endpoint: simulator.url, credentials: CREDENTIALS, maxAttempts: 1});
		await sdk.send(new UpdateServiceCommand({cluster: 'demo', service: 'web', taskDefinition: 'web:42'}));
		clock.advance(60_000);
		source = openSources(client, {intervalMs: 5000, now: () => clock.now(), logsClient: async () => {
			throw new Error('the history reads no logs');
		}}).deploymentHistory('demo', 'web');
		source.start();
		await waitUntil(() => {
			expect(source!.getSnapshot().data).not.toBeNull();
		});
		const snapshot = source.getSnapshot();
		expect(snapshot.error).toBeNull();
		expect(snapshot.intervalMs).toBeGreaterThanOrEqual(HISTORY_INTERVAL_MS);
		expect(snapshot.data!.deployments.length).toBeGreaterThan(0);
		expect(snapshot.data!.deployments[0]!.target?.taskDefinition).toBe('web:42');
		sdk.destroy();
	});
});

describe('the task grid\'s source', () => {
	it('answers its first poll with the one started before the TUI loaded, sending no requests of its own', async () => {
		const client = createEcsClient({region: 'us-east-1', endpoint: simulator.url}, {credentials: CREDENTIALS, maxAttempts: 1});
		const counted = countRequests(client);
		const firstPoll = startFirstPoll({client, now: () => clock.now(), elbClient: async () => Promise.reject(new Error('no ELB here'))}, {cluster: 'demo'});
		await waitUntil(() => {
			expect(counted()).toBeGreaterThan(0);
		});
		const tasks = openSources(client, {intervalMs: 1000, now: () => clock.now(), logsClient: async () => {
			throw new Error('the grid reads no logs');
		}, firstPoll}).tasks({cluster: 'demo'});
		source = undefined;
		try {
			tasks.start();
			await waitUntil(() => {
				expect(tasks.getSnapshot().data?.tasks.length).toBeGreaterThan(0);
			});
			const firstPollCalls = counted();
			expect(tasks.getSnapshot().data?.apiCalls).toBe(firstPollCalls);
		} finally {
			tasks.dispose();
		}
	});
});
