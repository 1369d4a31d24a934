import type {CloudWatchLogsClientConfig} from '@aws-sdk/client-cloudwatch-logs';
import {describe, expect, it} from 'vitest';
import {createEcsClient} from '../../source/ecs/client.js';
import {createFetchLogs} from '../../source/ecs/fetch-logs.js';
import {createLogsClient} from '../../source/ecs/logs-client.js';
import {createFakeEcsHandler, TEST_CREDENTIALS} from '../helpers/fake-ecs-handler.js';

const TASK_ARN = 'arn:aws:ecs:us-east-1:123456789012:task/prod/1dc5c17a422548bf8fc54a30b6d7d9b3';
const ENDPOINT = {region: 'us-east-1', endpoint: 'http://127.0.0.1:4599'};

const ecsAnswers: Record<string, string> = {
	DescribeTasks: JSON.stringify({tasks: [{taskArn: TASK_ARN, taskDefinitionArn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:3', lastStatus: 'RUNNING', containers: [{name: 'web', lastStatus: 'RUNNING'}]}], failures: []}),
	DescribeTaskDefinition: JSON.stringify({taskDefinition: {containerDefinitions: [
		{name: 'web', essential: true, logConfiguration: {logDriver: 'awslogs', options: {'awslogs-group': '/ecs/web', 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': 'ecs'}}},
	]}}),
};

describe('the calls of a logs poll', () => {
	it('counts CloudWatch Logs requests (retries included) apart from ECS ones', async () => {
		const ecsFake = createFakeEcsHandler((request) => ({status: 200, body: ecsAnswers[request.operation] ?? '{}'}));
		let throttled = 1;
		const logsFake = createFakeEcsHandler(() => {
			if (throttled-- > 0) return {status: 400, body: '{"__type": "ThrottlingException", "message": "Rate exceeded"}'};
			return {status: 200, body: JSON.stringify({events: [{eventId: 'e1', timestamp: Date.now(), logStreamName: 'ecs/web/1dc5c17a422548bf8fc54a30b6d7d9b3', message: 'hello'}]})};
		});
		const ecs = createEcsClient(ENDPOINT, {credentials: TEST_CREDENTIALS, requestHandler: ecsFake.requestHandler});
		const logs = createLogsClient(ENDPOINT, {
			credentials: TEST_CREDENTIALS, requestHandler: logsFake.requestHandler as NonNullable<CloudWatchLogsClientConfig['requestHandler']>, retryMode: 'standard',
		});
		const fetch = createFetchLogs({ecs, logs: async () => logs}, {cluster: 'prod', target: {kind: 'task', taskArn: TASK_ARN, taskId: '1dc5c17a422548bf8fc54a30b6d7d9b3'}, container: null, sinceMs: 600_000});

		const first = await fetch();
		expect(first.lines.map((line) => line.message)).toEqual(['hello']);
		expect(logsFake.requests.map((request) => request.operation)).toEqual(['FilterLogEvents', 'FilterLogEvents']);
		expect(first.apiCalls).toBe(2);
		expect(first.ecsApiCalls).toBe(2);

		const second = await fetch();
		expect(second.apiCalls).toBe(1);
		// The task definition is not described again.
		expect(second.ecsApiCalls).toBe(1);
	});
});
