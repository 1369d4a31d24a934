import {
	DescribeClustersCommand,
	type DescribeClustersCommandInput,
	ECSClient,
	ListClustersCommand,
	type ListClustersCommandInput,
} from '@aws-sdk/client-ecs';
import {mockClient} from 'aws-sdk-client-mock';
import {beforeEach, describe, expect, it} from 'vitest';
import {createFetchClusters} from '../../source/ecs/fetch-clusters.js';
import {loadFixture} from '../helpers/fixtures.js';
import {pageOf, recordInputs, sleep} from './paged-fakes.js';

const ecsMock = mockClient(ECSClient);
const client = new ECSClient({region: 'us-east-1'});
const clusterArn = (n: number) => `arn:aws:ecs:us-east-1:123456789012:cluster/c-${String(n).padStart(4, '0')}`;
const arnsOf = (count: number) => Array.from({length: count}, (_, n) => clusterArn(n));
// Names run backwards against the ARN order, so an unsorted result shows.
const nameOf = (arn: string) => `z-${String(9999 - Number(arn.slice(-4))).padStart(4, '0')}`;

function listClusters(arns: readonly string[], beforeAnswer?: () => Promise<void>) {
	const calls = recordInputs<ListClustersCommandInput>();
	ecsMock.on(ListClustersCommand).callsFake(async (input: ListClustersCommandInput) => {
		calls.record(input);
		await beforeAnswer?.();
		const page = pageOf(arns, input, 100);
		return {clusterArns: page.arns, ...(page.nextToken === undefined ? {} : {nextToken: page.nextToken})};
	});
	return calls.inputs;
}

function describeClusters(missing: ReadonlySet<string> = new Set()) {
	ecsMock.on(DescribeClustersCommand).callsFake((input: DescribeClustersCommandInput) => {
		const asked = input.clusters ?? [];
		if (asked.length > 100) throw new Error('InvalidParameterException: clusters can have at most 100 items.');
		return {
			clusters: asked.filter((arn) => !missing.has(arn)).map((arn) => ({
				clusterArn: arn,
				clusterName: nameOf(arn),
				status: 'ACTIVE',
				runningTasksCount: 3,
				statistics: input.include?.includes('STATISTICS') ? [{name: 'runningFargateTasksCount', value: '3'}] : [],
			})),
			failures: asked.filter((arn) => missing.has(arn)).map((arn) => ({arn, reason: 'MISSING'})),
		};
	});
}

const describeInputs = () => ecsMock.commandCalls(DescribeClustersCommand).map((call) => call.args[0].input);

beforeEach(() => {
	ecsMock.reset();
});

describe('createFetchClusters', () => {
	it('lists every page of 100 and describes 100 clusters per call with their statistics, sorted by name', async () => {
		const arns = arnsOf(250);
		const listInputs = listClusters(arns);
		describeClusters();

		const {clusters} = await createFetchClusters(client)(new AbortController().signal);

		expect(listInputs.map((input) => [input.maxResults, input.nextToken])).toEqual([[100, undefined], [100, '100'], [100, '200']]);
		expect(describeInputs().map((input) => input.clusters?.length)).toEqual([100, 100, 50]);
		expect(describeInputs().every((input) => input.include?.length === 1 && input.include[0] === 'STATISTICS')).toBe(true);
		expect(describeInputs().flatMap((input) => input.clusters ?? []).sort()).toEqual(arns);
		expect(clusters.map((row) => row.clusterName)).toEqual(arns.map(nameOf).sort());
		expect(clusters[0]?.statistics.get('runningFargateTasksCount')).toBe('3');
		expect(clusters[0]?.runningTasks).toBe(3);
	});

	it('leaves out clusters ECS reports MISSING', async () => {
		const arns = arnsOf(3);
		listClusters(arns);
		describeClusters(new Set([clusterArn(1)]));
		const {clusters} = await createFetchClusters(client)(new AbortController().signal);
		expect(clusters.map((row) => row.clusterArn)).toEqual([clusterArn(2), clusterArn(0)]);
	});

	it('reads the real DescribeClusters answer that has only a MISSING failure', async () => {
		listClusters(['arn:aws:ecs:us-east-1:644160558196:cluster/default']);
		ecsMock.on(DescribeClustersCommand).resolves(loadFixture('failures-missing-describe-clusters.placebo.json') as object);
		expect((await createFetchClusters(client)(new AbortController().signal)).clusters).toEqual([]);
	});

	it('makes no DescribeClusters call without clusters: it would describe the default one', async () => {
		listClusters([]);
		describeClusters();
		expect((await createFetchClusters(client)(new AbortController().signal)).clusters).toEqual([]);
		expect(ecsMock.commandCalls(ListClustersCommand)).toHaveLength(1);
		expect(ecsMock.commandCalls(DescribeClustersCommand)).toHaveLength(0);
	});

	it('describes a cluster listed twice once', async () => {
		ecsMock
			.on(ListClustersCommand).resolves({clusterArns: [clusterArn(1), clusterArn(2)], nextToken: 'p2'})
			.on(ListClustersCommand, {nextToken: 'p2'}).resolves({clusterArns: [clusterArn(2)]});
		describeClusters();
		const {clusters} = await createFetchClusters(client)(new AbortController().signal);
		expect(describeInputs().map((input) => input.clusters)).toEqual([[clusterArn(1), clusterArn(2)]]);
		expect(clusters).toHaveLength(2);
	});

	it('sends nothing with a signal aborted already, and stops listing once aborted', async () => {
		listClusters(arnsOf(500), async () => sleep(5));
		describeClusters();
		const aborted = new AbortController();
		aborted.abort();
		await expect(createFetchClusters(client)(aborted.signal)).rejects.toMatchObject({name: 'AbortError'});
		expect(ecsMock.calls()).toHaveLength(0);

		const controller = new AbortController();
		const fetching = createFetchClusters(client)(controller.signal);
		await sleep(1);
		controller.abort();
		await expect(fetching).rejects.toMatchObject({name: 'AbortError'});
		expect(ecsMock.commandCalls(ListClustersCommand)).toHaveLength(1);
		expect(ecsMock.commandCalls(DescribeClustersCommand)).toHaveLength(0);
	});
});
