import {
	DescribeServicesCommand,
	type DescribeServicesCommandInput,
	ECSClient,
	ListServicesCommand,
	type ListServicesCommandInput,
} from '@aws-sdk/client-ecs';
import {mockClient} from 'aws-sdk-client-mock';
import {beforeEach, describe, expect, it} from 'vitest';
import {fetchServices, listServiceArns} from '../../source/ecs/fetch-services.js';
import {loadDescribeServices} from '../helpers/fixtures.js';

const ecsMock = mockClient(ECSClient);
const client = new ECSClient({region: 'us-east-1'});
const serviceArn = (n: number) => `arn:aws:ecs:us-east-1:123456789012:service/prod/svc-${n}`;

function describeEveryAskedService() {
	ecsMock.on(DescribeServicesCommand).callsFake((input: DescribeServicesCommandInput) => ({
		services: [...(input.services ?? [])].reverse().map((a) => ({serviceArn: a, serviceName: a.split('/').pop(), status: 'ACTIVE'})),
		failures: [],
	}));
}

beforeEach(() => {
	ecsMock.reset();
});

describe('fetchServices', () => {
	it('lists every page and describes in chunks of 10, each service once in list order', async () => {
		const arns = Array.from({length: 25}, (_, i) => serviceArn(i));
		// The paginator changes one input object in place between pages: copy each as it is sent.
		const listInputs: ListServicesCommandInput[] = [];
		ecsMock.on(ListServicesCommand).callsFake((input: ListServicesCommandInput) => {
			listInputs.push({...input});
			return input.nextToken === 'p2' ? {serviceArns: arns.slice(10)} : {serviceArns: arns.slice(0, 10), nextToken: 'p2'};
		});
		describeEveryAskedService();

		const rows = await fetchServices(client, {cluster: 'prod'});

		expect(rows.map((row) => row.serviceArn)).toEqual(arns);
		const chunks = ecsMock.commandCalls(DescribeServicesCommand).map((call) => call.args[0].input.services ?? []);
		expect(chunks.map((asked) => asked.length)).toEqual([10, 10, 5]);
		expect(listInputs.map((input) => [input.nextToken, input.maxResults])).toEqual([[undefined, 100], ['p2', 100]]);
	});

	it('describes the given services by name without listing, leaving MISSING ones out', async () => {
		const real = loadDescribeServices('service-rolling-deploy-primary-in-progress-active-completed.placebo.json');
		ecsMock.on(DescribeServicesCommand).resolves({
			services: real.services ?? [],
			failures: [{arn: 'arn:aws:ecs:us-east-2:644160558196:service/dev-redash/gone', reason: 'MISSING'}],
		});

		const rows = await fetchServices(client, {cluster: 'dev-redash', services: ['gone', 'redash-server']});

		expect(ecsMock.commandCalls(ListServicesCommand)).toHaveLength(0);
		expect(ecsMock.commandCalls(DescribeServicesCommand)[0]?.args[0].input).toEqual({
			cluster: 'dev-redash', services: ['gone', 'redash-server'],
		});
		expect(rows.map((row) => [row.serviceName, row.deployments.map((d) => `${d.status}:${d.rolloutState}`)])).toEqual([
			['redash-server', ['PRIMARY:IN_PROGRESS', 'ACTIVE:COMPLETED']],
		]);
	});

	it('makes no DescribeServices call for a cluster without services', async () => {
		ecsMock.on(ListServicesCommand).resolves({serviceArns: []});
		expect(await fetchServices(client, {cluster: 'prod'})).toEqual([]);
		expect(ecsMock.commandCalls(DescribeServicesCommand)).toHaveLength(0);
	});
});

describe('listServiceArns with a limit', () => {
	it('gives up as soon as the cluster has more services than the limit', async () => {
		ecsMock
			.on(ListServicesCommand).resolves({serviceArns: [serviceArn(1), serviceArn(2)], nextToken: 'p2'})
			.on(ListServicesCommand, {nextToken: 'p2'}).resolves({serviceArns: [serviceArn(3)], nextToken: 'p3'});

		expect(await listServiceArns(client, {cluster: 'prod', limit: 2})).toBeNull();
		expect(ecsMock.commandCalls(ListServicesCommand)).toHaveLength(2);
	});

	it('sends nothing with a signal aborted already', async () => {
		ecsMock.on(ListServicesCommand).resolves({serviceArns: []});
		const controller = new AbortController();
		controller.abort();
		await expect(listServiceArns(client, {cluster: 'prod', signal: controller.signal})).rejects.toMatchObject({name: 'AbortError'});
		expect(ecsMock.calls()).toHaveLength(0);
	});
});
