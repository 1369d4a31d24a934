import {
	DescribeServiceDeploymentsCommand,
	type DescribeServiceDeploymentsCommandInput,
	DescribeServiceRevisionsCommand,
	type DescribeServiceRevisionsCommandInput,
	DescribeServicesCommand,
	type DescribeServicesCommandInput,
	DescribeTasksCommand,
	ECSClient,
	ListServiceDeploymentsCommand,
	type ListServiceDeploymentsCommandInput,
	ListServicesCommand,
	ListTasksCommand,
	type Service,
} from '@aws-sdk/client-ecs';
import {mockClient} from 'aws-sdk-client-mock';
import {beforeEach, describe, expect, it} from 'vitest';
import {createFetchWatchData, MAX_AUTO_SERVICES} from '../../source/ecs/fetch-watch-data.js';
import {rolloutState} from '../../source/model/rollout-state.js';

const ecsMock = mockClient(ECSClient);
const client = new ECSClient({region: 'us-east-1'});
const PREFIX = 'arn:aws:ecs:us-east-1:123456789012';
const TD = `${PREFIX}:task-definition/web:`;
const sdArn = (service: string) => `${PREFIX}:service-deployment/prod/${service}/sd-1`;
const revision = (n: number) => `${PREFIX}:service-revision/prod/web/${n}`;
const signal = () => new AbortController().signal;

const rolling: Service = {
	serviceName: 'web', serviceArn: `${PREFIX}:service/prod/web`, status: 'ACTIVE', desiredCount: 2, runningCount: 2,
	deployments: [
		{id: 'ecs-svc/new', status: 'PRIMARY', taskDefinition: `${TD}42`, rolloutState: 'IN_PROGRESS', desiredCount: 2, runningCount: 1},
		{id: 'ecs-svc/old', status: 'ACTIVE', taskDefinition: `${TD}41`, rolloutState: 'COMPLETED', desiredCount: 1, runningCount: 1},
	],
};
const settled: Service = {
	...rolling,
	deployments: [{id: 'ecs-svc/new', status: 'PRIMARY', taskDefinition: `${TD}42`, rolloutState: 'COMPLETED', desiredCount: 2, runningCount: 2}],
};
const steady: Service = {
	serviceName: 'api', serviceArn: `${PREFIX}:service/prod/api`, status: 'ACTIVE', desiredCount: 1, runningCount: 1,
	deployments: [{id: 'ecs-svc/api', status: 'PRIMARY', taskDefinition: `${PREFIX}:task-definition/api:3`, rolloutState: 'COMPLETED', desiredCount: 1, runningCount: 1}],
};
const blueGreen: Service = {
	serviceName: 'bg', serviceArn: `${PREFIX}:service/prod/bg`, status: 'ACTIVE', deploymentController: {type: 'CODE_DEPLOY'},
	taskSets: [
		{id: 'ecs-svc/blue', status: 'PRIMARY', taskDefinition: `${PREFIX}:task-definition/bg:1`, computedDesiredCount: 1, runningCount: 1, stabilityStatus: 'STEADY_STATE'},
		{id: 'ecs-svc/green', status: 'ACTIVE', taskDefinition: `${PREFIX}:task-definition/bg:2`, computedDesiredCount: 1, runningCount: 0, stabilityStatus: 'STABILIZING'},
	],
};

let world: Record<string, Service>;
let statusOf: Record<string, string>;

beforeEach(() => {
	ecsMock.reset();
	world = {web: rolling, api: steady, bg: blueGreen};
	statusOf = {web: 'IN_PROGRESS', bg: 'IN_PROGRESS', api: 'SUCCESSFUL'};
	ecsMock.on(ListTasksCommand).resolves({taskArns: []});
	ecsMock.on(DescribeTasksCommand).resolves({tasks: []});
	ecsMock.on(ListServicesCommand).resolves({serviceArns: Object.values(world).map(service => service.serviceArn ?? '')});
	ecsMock.on(DescribeServicesCommand).callsFake((input: DescribeServicesCommandInput) => ({
		services: (input.services ?? []).map(name => world[name.split('/').pop() ?? ''] ?? world[name]).filter(service => service !== undefined),
	}));
	ecsMock.on(ListServiceDeploymentsCommand).callsFake((input: ListServiceDeploymentsCommandInput) => ({
		serviceDeployments: [{serviceDeploymentArn: sdArn(input.service ?? ''), status: statusOf[input.service ?? '']}],
		nextToken: 'more',
	}));
	ecsMock.on(DescribeServiceDeploymentsCommand).callsFake((input: DescribeServiceDeploymentsCommandInput) => ({
		serviceDeployments: (input.serviceDeploymentArns ?? []).map(arn => ({
			serviceDeploymentArn: arn,
			status: statusOf[arn.split('/')[2] ?? ''],
			sourceServiceRevisions: [{arn: revision(41)}],
			targetServiceRevision: {arn: revision(42), requestedTaskCount: 2, runningTaskCount: 1},
		})),
	}));
	ecsMock.on(DescribeServiceRevisionsCommand).callsFake((input: DescribeServiceRevisionsCommandInput) => ({
		serviceRevisions: (input.serviceRevisionArns ?? []).map(arn => ({serviceRevisionArn: arn, taskDefinition: `${TD}${arn.split('/').pop() ?? ''}`})),
	}));
});

const byName = (services: ReadonlyArray<{serviceName: string; latestDeployment?: unknown}>) =>
	Object.fromEntries(services.map(service => [service.serviceName, service.latestDeployment]));
const listedServices = () => ecsMock.commandCalls(ListServiceDeploymentsCommand).map(call => call.args[0].input);

describe('the watch fetch and the latest service deployment', () => {
	it('fetches it only for services whose rollout may be in progress: one list call each, one describe for all', async () => {
		const fetch = createFetchWatchData(client, {cluster: 'prod', services: ['web', 'api', 'bg']});

		const data = await fetch(signal());

		expect(listedServices()).toEqual([{cluster: 'prod', service: 'web', maxResults: 1}, {cluster: 'prod', service: 'bg', maxResults: 1}]);
		const described = ecsMock.commandCalls(DescribeServiceDeploymentsCommand).map(call => call.args[0].input.serviceDeploymentArns);
		expect(described).toEqual([[sdArn('web'), sdArn('bg')]]);
		const latest = byName(data.services);
		expect(latest['api']).toBeUndefined();
		expect(latest['web']).toMatchObject({arn: sdArn('web'), status: 'IN_PROGRESS', target: {taskDefinition: 'web:42'}, source: [{taskDefinition: 'web:41'}]});
		expect(latest['bg']).toMatchObject({arn: sdArn('bg'), status: 'IN_PROGRESS'});
		const web = data.services.find(service => service.serviceName === 'web');
		expect(web === undefined ? null : rolloutState(web, null)).toMatchObject({kind: 'deploying', target: 'web:42', from: 'web:41'});
	});

	it('looks each service revision up once per session', async () => {
		const fetch = createFetchWatchData(client, {cluster: 'prod', services: ['web']});
		await fetch(signal());
		await fetch(signal());

		expect(ecsMock.commandCalls(ListServiceDeploymentsCommand)).toHaveLength(2);
		expect(ecsMock.commandCalls(DescribeServiceDeploymentsCommand)).toHaveLength(2);
		expect(ecsMock.commandCalls(DescribeServiceRevisionsCommand).map(call => call.args[0].input.serviceRevisionArns)).toEqual([[revision(41), revision(42)]]);
	});

	it('asks once more on the poll after the rollout ends, then keeps how it ended without further calls', async () => {
		const fetch = createFetchWatchData(client, {cluster: 'prod', services: ['web']});
		await fetch(signal());

		world['web'] = settled;
		statusOf['web'] = 'SUCCESSFUL';
		const ended = await fetch(signal());
		expect(byName(ended.services)['web']).toMatchObject({status: 'SUCCESSFUL'});
		expect(ecsMock.commandCalls(ListServiceDeploymentsCommand)).toHaveLength(2);

		const later = await fetch(signal());
		expect(ecsMock.commandCalls(ListServiceDeploymentsCommand)).toHaveLength(2);
		expect(byName(later.services)['web']).toMatchObject({status: 'SUCCESSFUL'});
	});

	it('asks on the poll after the deployments settle even when the last one fetched had finished already', async () => {
		statusOf['web'] = 'SUCCESSFUL';
		const fetch = createFetchWatchData(client, {cluster: 'prod', services: ['web']});
		await fetch(signal());
		world['web'] = settled;
		await fetch(signal());
		await fetch(signal());
		expect(ecsMock.commandCalls(ListServiceDeploymentsCommand)).toHaveLength(2);
	});

	it('keeps asking while the last one fetched had not finished, even when the deployments look settled', async () => {
		const fetch = createFetchWatchData(client, {cluster: 'prod', services: ['web']});
		await fetch(signal());
		world['web'] = settled;
		await fetch(signal());
		await fetch(signal());
		expect(ecsMock.commandCalls(ListServiceDeploymentsCommand)).toHaveLength(3);
	});

	it('sets null when ECS lists no service deployment for the service', async () => {
		ecsMock.on(ListServiceDeploymentsCommand).resolves({serviceDeployments: []});
		const data = await createFetchWatchData(client, {cluster: 'prod', services: ['web']})(signal());
		expect(byName(data.services)['web']).toBeNull();
		expect(ecsMock.commandCalls(DescribeServiceDeploymentsCommand)).toHaveLength(0);
	});

	it.each(['AccessDeniedException', 'UnknownOperationException'])('goes on without it after %s, and does not ask again', async (name) => {
		ecsMock.on(ListServiceDeploymentsCommand).rejects(Object.assign(new Error('not allowed'), {name}));
		const fetch = createFetchWatchData(client, {cluster: 'prod', services: ['web', 'api']});

		const first = await fetch(signal());
		expect(first.services.map(service => service.serviceName)).toEqual(['web', 'api']);
		expect(byName(first.services)).toEqual({web: undefined, api: undefined});
		await fetch(signal());
		expect(ecsMock.commandCalls(ListServiceDeploymentsCommand)).toHaveLength(1);
	});

	it('goes on with briefs only, or without revisions, when those describe calls are denied', async () => {
		ecsMock.on(DescribeServiceDeploymentsCommand).rejects(Object.assign(new Error('no'), {name: 'AccessDeniedException'}));
		ecsMock.on(DescribeServiceRevisionsCommand).rejects(Object.assign(new Error('no'), {name: 'AccessDeniedException'}));
		const data = await createFetchWatchData(client, {cluster: 'prod', services: ['web']})(signal());
		expect(byName(data.services)['web']).toMatchObject({arn: sdArn('web'), status: 'IN_PROGRESS', source: [], target: null});
	});

	it('reports other errors as the services being unavailable this poll, the tasks still read', async () => {
		ecsMock.on(ListServiceDeploymentsCommand).rejects(Object.assign(new Error('Rate exceeded'), {name: 'ThrottlingException'}));
		const data = await createFetchWatchData(client, {cluster: 'prod', services: ['web']})(signal());
		expect(data.servicesError).toMatchObject({name: 'ThrottlingException'});
		expect(data.services).toEqual([]);
	});

	it('fetches it in a small cluster watched whole, and not in one too big to describe', async () => {
		const small = await createFetchWatchData(client, {cluster: 'prod'})(signal());
		expect(Object.keys(byName(small.services)).sort()).toEqual(['api', 'bg', 'web']);
		expect(listedServices().map(input => input.service)).toEqual(['web', 'bg']);

		ecsMock.resetHistory();
		ecsMock.on(ListServicesCommand).resolves({serviceArns: Array.from({length: MAX_AUTO_SERVICES + 1}, (_, i) => `${PREFIX}:service/prod/s${i}`)});
		await createFetchWatchData(client, {cluster: 'prod'})(signal());
		expect(ecsMock.commandCalls(ListServiceDeploymentsCommand)).toHaveLength(0);
	});
});
