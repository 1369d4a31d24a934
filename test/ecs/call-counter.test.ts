import {describe, expect, it} from 'vitest';
import {createEcsClient} from '../../source/ecs/client.js';
import {createFetchClusters} from '../../source/ecs/fetch-clusters.js';
import {createFetchWatchData} from '../../source/ecs/fetch-watch-data.js';
import {createFakeEcsHandler, TEST_CREDENTIALS} from '../helpers/fake-ecs-handler.js';

describe('apiCalls of a poll', () => {
	it('counts every HTTP request a poll sends, retried ones included', async () => {
		let failuresLeft = 1;
		const fake = createFakeEcsHandler((request) => {
			if (request.operation === 'ListServices') return {status: 200, body: '{"serviceArns": []}'};
			if (failuresLeft > 0) {
				failuresLeft--;
				return {status: 500, body: '{"__type": "ServerException", "message": "boom"}'};
			}

			return {status: 200, body: '{"taskArns": []}'};
		});
		const client = createEcsClient(
			{region: 'us-east-1', endpoint: 'http://127.0.0.1:4599'},
			{credentials: TEST_CREDENTIALS, requestHandler: fake.requestHandler, retryMode: 'standard'},
		);
		const fetch = createFetchWatchData(client, {cluster: 'demo'});

		const first = await fetch(new AbortController().signal);
		// ListTasks RUNNING and STOPPED, ListServices, and one retry of the request that failed.
		expect(first.apiCalls).toBe(4);
		expect(fake.requests).toHaveLength(4);

		const second = await fetch(new AbortController().signal);
		expect(second.apiCalls).toBe(3);
	});

	it('keeps counting for every watch made on the same client', async () => {
		const fake = createFakeEcsHandler((request) =>
			({status: 200, body: request.operation === 'ListServices' ? '{"serviceArns": []}' : '{"taskArns": []}'}));
		const client = createEcsClient(
			{region: 'us-east-1', endpoint: 'http://127.0.0.1:4599'},
			{credentials: TEST_CREDENTIALS, requestHandler: fake.requestHandler},
		);
		const first = createFetchWatchData(client, {cluster: 'demo'});
		const second = createFetchWatchData(client, {cluster: 'demo'});

		expect((await first(new AbortController().signal)).apiCalls).toBe(3);
		expect((await second(new AbortController().signal)).apiCalls).toBe(3);
		expect(fake.requests).toHaveLength(6);
	});

	it('charges each of two overlapping fetches on one client only its own requests', async () => {
		const fake = createFakeEcsHandler((request) => {
			if (request.operation === 'ListServices') return {status: 200, body: '{"serviceArns": []}'};
			if (request.operation === 'ListClusters') return {status: 200, body: '{"clusterArns": []}'};
			return {status: 200, body: '{"taskArns": []}'};
		});
		const client = createEcsClient(
			{region: 'us-east-1', endpoint: 'http://127.0.0.1:4599'},
			{credentials: TEST_CREDENTIALS, requestHandler: fake.requestHandler},
		);
		const tasks = createFetchWatchData(client, {cluster: 'demo'});
		const clusters = createFetchClusters(client);
		const [taskPoll, clusterPoll] = await Promise.all([tasks(new AbortController().signal), clusters(new AbortController().signal)]);
		expect(taskPoll.apiCalls).toBe(3);
		expect(clusterPoll.apiCalls).toBe(1);
		expect(fake.requests).toHaveLength(4);
	});
});
