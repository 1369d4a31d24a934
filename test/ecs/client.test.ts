import {mkdtempSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {ListTasksCommand} from '@aws-sdk/client-ecs';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {createEcsClient, REQUEST_TIMEOUTS, resolveRegion} from '../../source/ecs/client.js';
import {fetchTasks} from '../../source/ecs/fetch-tasks.js';
import {createFakeEcsHandler, TEST_CREDENTIALS} from '../helpers/fake-ecs-handler.js';
import {loadDescribeTasks, toWireJson} from '../helpers/fixtures.js';

afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllEnvs();
});

describe('createEcsClient', () => {
	it('sends to the given endpoint and signs for the given region', async () => {
		const fake = createFakeEcsHandler(() => ({status: 200, body: '{"taskArns": []}'}));
		const client = createEcsClient(
			{region: 'eu-west-3', endpoint: 'http://127.0.0.1:4599'},
			{credentials: TEST_CREDENTIALS, requestHandler: fake.requestHandler},
		);
		await client.send(new ListTasksCommand({cluster: 'default'}));
		expect(await resolveRegion(client)).toBe('eu-west-3');
		expect(fake.requests).toHaveLength(1);
		expect(fake.requests[0]).toMatchObject({operation: 'ListTasks', hostname: '127.0.0.1', port: 4599, protocol: 'http:'});
		expect(fake.requests[0]?.authorization).toContain('/eu-west-3/ecs/aws4_request');
	});

	it('uses the adaptive retry mode', async () => {
		const client = createEcsClient({region: 'us-east-1'});
		const mode = client.config.retryMode;
		expect(typeof mode === 'string' ? mode : await mode()).toBe('adaptive');
	});

	it('takes the region of the given profile from the shared config file', async () => {
		const config = join(mkdtempSync(join(tmpdir(), 'ecswatch-')), 'config');
		writeFileSync(config, '[default]\nregion = us-east-1\n\n[profile staging]\nregion = ap-south-1\n');
		vi.stubEnv('AWS_REGION', undefined);
		vi.stubEnv('AWS_DEFAULT_REGION', undefined);
		vi.stubEnv('AWS_PROFILE', undefined);
		vi.stubEnv('AWS_CONFIG_FILE', config);
		expect(await resolveRegion(createEcsClient({profile: 'staging'}))).toBe('ap-south-1');
		expect(await resolveRegion(createEcsClient({}))).toBe('us-east-1');
	});

	it('resolves no region when none is configured anywhere', async () => {
		vi.stubEnv('AWS_REGION', undefined);
		vi.stubEnv('AWS_DEFAULT_REGION', undefined);
		vi.stubEnv('AWS_PROFILE', undefined);
		vi.stubEnv('AWS_CONFIG_FILE', '/nonexistent/ecswatch-test-config');
		vi.stubEnv('AWS_SHARED_CREDENTIALS_FILE', '/nonexistent/ecswatch-test-credentials');
		expect(await resolveRegion(createEcsClient({}))).toBeNull();
	});
});

describe('throttling', () => {
	it('retries a throttled ListTasks and the fetch still succeeds', async () => {
		vi.useFakeTimers();
		const seed = loadDescribeTasks('seed-fargate-ui-task.json');
		const seedArn = seed.tasks?.[0]?.taskArn ?? '';
		let throttled = false;
		const fake = createFakeEcsHandler((request) => {
			if (request.operation === 'ListTasks' && request.body['desiredStatus'] === 'RUNNING') {
				if (!throttled) {
					throttled = true;
					return {status: 400, body: '{"__type": "ThrottlingException", "message": "Rate exceeded"}'};
				}

				return {status: 200, body: JSON.stringify({taskArns: [seedArn]})};
			}

			if (request.operation === 'ListTasks') {
				return {status: 200, body: '{"taskArns": []}'};
			}

			return {status: 200, body: toWireJson(seed)};
		});
		const client = createEcsClient(
			{region: 'us-west-2', endpoint: 'http://127.0.0.1:4599'},
			{credentials: TEST_CREDENTIALS, requestHandler: fake.requestHandler},
		);

		const result = fetchTasks(client, {cluster: 'retail-store-ecs-cluster'});
		let settled = false;
		const settle = () => {
			settled = true;
		};
		result.then(settle, settle);
		// Step the fake clock so the backoff and the adaptive rate limiter see time pass.
		for (let step = 0; !settled && step < 600; step++) {
			await vi.advanceTimersByTimeAsync(100);
		}

		const {tasks, missing} = await result;

		const running = fake.requests.filter((r) => r.operation === 'ListTasks' && r.body['desiredStatus'] === 'RUNNING');
		expect(running).toHaveLength(2);
		expect(missing).toEqual([]);
		expect(tasks.map((task) => [task.taskId, task.eniId, task.privateIpv4, task.startedAt])).toEqual([
			['70137dd0c1d14cf982e5a6b7446c5f54', 'eni-0a6c55131166f85c8', '10.0.4.128', '2024-04-10T08:10:44.148Z'],
		]);
	});
});

describe('a server that never answers', () => {
	it('fails the call with a TimeoutError instead of waiting for the socket timeout', async () => {
		let onRequest = () => {};
		const received = new Promise<void>((resolve) => {
			onRequest = resolve;
		});
		const server = createServer(() => {
			onRequest();
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const {port} = server.address() as AddressInfo;
		const client = createEcsClient(
			{region: 'us-east-1', endpoint: `http://127.0.0.1:${port}`},
			{credentials: TEST_CREDENTIALS, maxAttempts: 1},
		);
		try {
			vi.useFakeTimers({toFake: ['setTimeout', 'clearTimeout']});
			const call = client.send(new ListTasksCommand({cluster: 'default'}));
			const outcome = call.then(() => 'answered', (error: Error) => error.name);
			await received;
			await vi.advanceTimersByTimeAsync(REQUEST_TIMEOUTS.requestTimeout + 1);
			expect(await outcome).toBe('TimeoutError');
		} finally {
			client.destroy();
			server.closeAllConnections();
			server.close();
		}
	});
});
