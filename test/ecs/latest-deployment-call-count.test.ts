import type {Service} from '@aws-sdk/client-ecs';
import {describe, expect, it} from 'vitest';
import {createEcsClient} from '../../source/ecs/client.js';
import {createFetchWatchData} from '../../source/ecs/fetch-watch-data.js';
import {createFakeEcsHandler, TEST_CREDENTIALS} from '../helpers/fake-ecs-handler.js';

// Real HTTP requests through the SDK's middleware (aws-sdk-client-mock would bypass the counter).
const PREFIX = 'arn:aws:ecs:us-east-1:123456789012';
const TD = `${PREFIX}:task-definition/web:`;
const sdArn = `${PREFIX}:service-deployment/prod/web/sd-1`;
const revision = `${PREFIX}:service-revision/prod/web/42`;
const rolling: Service = {
	serviceName: 'web', serviceArn: `${PREFIX}:service/prod/web`, status: 'ACTIVE', desiredCount: 2, runningCount: 2,
	deployments: [
		{id: 'ecs-svc/new', status: 'PRIMARY', taskDefinition: `${TD}42`, rolloutState: 'IN_PROGRESS', desiredCount: 2, runningCount: 1},
		{id: 'ecs-svc/old', status: 'ACTIVE', taskDefinition: `${TD}41`, rolloutState: 'COMPLETED', desiredCount: 1, runningCount: 1},
	],
};

describe('apiCalls of a poll with a rollout in progress', () => {
	it('counts the service-deployment requests with the others', async () => {
		const fake = createFakeEcsHandler((request) => {
			switch (request.operation) {
				case 'ListTasks': return {status: 200, body: '{"taskArns": []}'};
				case 'DescribeServices': return {status: 200, body: JSON.stringify({services: [rolling]})};
				case 'ListServiceDeployments': return {status: 200, body: JSON.stringify({serviceDeployments: [{serviceDeploymentArn: sdArn, status: 'IN_PROGRESS'}]})};
				case 'DescribeServiceDeployments': return {status: 200, body: JSON.stringify({serviceDeployments: [{serviceDeploymentArn: sdArn, status: 'IN_PROGRESS', targetServiceRevision: {arn: revision}}]})};
				case 'DescribeServiceRevisions': return {status: 200, body: JSON.stringify({serviceRevisions: [{serviceRevisionArn: revision, taskDefinition: `${TD}42`}]})};
				default: return {status: 400, body: '{"__type": "UnknownOperationException"}'};
			}
		});
		const real = createEcsClient({region: 'us-east-1', endpoint: 'http://127.0.0.1:4599'}, {credentials: TEST_CREDENTIALS, requestHandler: fake.requestHandler});
		const fetch = createFetchWatchData(real, {cluster: 'prod', services: ['web']});

		const first = await fetch(new AbortController().signal);
		// ListTasks RUNNING and STOPPED, DescribeServices, ListServiceDeployments, DescribeServiceDeployments, DescribeServiceRevisions.
		expect(fake.requests.map(request => request.operation).sort()).toEqual([
			'DescribeServiceDeployments', 'DescribeServiceRevisions', 'DescribeServices', 'ListServiceDeployments', 'ListTasks', 'ListTasks',
		]);
		expect(first.apiCalls).toBe(6);
		expect(first.services[0]?.latestDeployment).toMatchObject({target: {taskDefinition: 'web:42'}});

		const second = await fetch(new AbortController().signal);
		expect(second.apiCalls).toBe(5);
	});
});
