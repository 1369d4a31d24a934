import {DescribeServicesCommand, ListServicesCommand} from '@aws-sdk/client-ecs';
import {beforeEach, describe, expect, it} from 'vitest';
import {createFetchServiceList} from '../../source/ecs/fetch-service-list.js';
import {deferred, sleep} from './paged-fakes.js';
import {
	arnsOf, client, describeCalls, describeServices, ecsMock, listServices, names, nameOf, serviceArn, sorted,
} from './service-list-fakes.js';

beforeEach(() => {
	ecsMock.reset();
});

describe('createFetchServiceList', () => {
	it.each([
		[0, 1, 0], [1, 1, 1], [10, 1, 1], [11, 1, 2], [100, 1, 10], [101, 2, 11], [2000, 20, 200],
	])('%i services: %i ListServices and %i DescribeServices calls', async (count, lists, describes) => {
		const arns = arnsOf(count);
		const listInputs = listServices(arns);
		describeServices();

		const {services} = await createFetchServiceList(client, 'prod')(new AbortController().signal);

		expect(listInputs).toHaveLength(lists);
		expect(listInputs.every((input) => input.maxResults === 100 && input.cluster === 'prod')).toBe(true);
		expect(listInputs.map((input) => input.nextToken)).toEqual([undefined, ...Array.from({length: lists - 1}, (_, page) => String((page + 1) * 100))]);
		expect(describeCalls()).toHaveLength(describes);
		expect(describeCalls().flat().sort()).toEqual(arns);
		expect(ecsMock.commandCalls(DescribeServicesCommand).every((call) => call.args[0].input.cluster === 'prod')).toBe(true);
		expect(names(services)).toEqual(sorted(arns.map(nameOf)));
	});

	it('calls progress with the rows so far, sorted, before the last ListServices page is answered', async () => {
		const arns = arnsOf(250);
		const firstProgress = deferred();
		const listInputs = listServices(arns, async (input) => {
			if (input.nextToken !== undefined) {
				await Promise.race([firstProgress.promise, sleep(2000).then(() => {
					throw new Error('a later page was needed before any progress');
				})]);
			}
		});
		describeServices();
		const partials: string[][] = [];

		const {services} = await createFetchServiceList(client, 'prod')(new AbortController().signal, (partial) => {
			partials.push(names(partial.services));
			firstProgress.resolve();
		});

		expect(listInputs).toHaveLength(3);
		expect(partials[0]).toHaveLength(10);
		expect(partials).toHaveLength(25);
		for (const [index, partial] of partials.entries()) {
			expect(partial).toEqual(sorted(partial));
			expect(partial).toHaveLength((index + 1) * 10);
		}

		expect(partials.at(-1)).toEqual(names(services));
	});

	it('keeps at most 4 DescribeServices calls in flight', async () => {
		listServices(arnsOf(200));
		const state = describeServices({delayMs: 5});
		await createFetchServiceList(client, 'prod')(new AbortController().signal);
		expect(state.maxInFlight).toBe(4);
	});

	it('cuts chunks of 10 across short pages and describes a service listed twice once', async () => {
		const pages = [[serviceArn(0), serviceArn(1), serviceArn(2)], [serviceArn(2), ...arnsOf(12).slice(3)]];
		ecsMock
			.on(ListServicesCommand).resolves({serviceArns: pages[0], nextToken: 'p2'})
			.on(ListServicesCommand, {nextToken: 'p2'}).resolves({serviceArns: pages[1]});
		describeServices();

		const {services} = await createFetchServiceList(client, 'prod')(new AbortController().signal);

		expect(describeCalls().map((asked) => asked.length)).toEqual([10, 2]);
		expect(services).toHaveLength(12);
	});

	it('leaves out services ECS reports MISSING', async () => {
		const arns = arnsOf(12);
		listServices(arns);
		describeServices({missing: new Set([arns[3] ?? ''])});
		const {services} = await createFetchServiceList(client, 'prod')(new AbortController().signal);
		expect(names(services)).toEqual(sorted(arns.filter((_, n) => n !== 3).map(nameOf)));
	});

	it('makes one more ListServices call when a full last page still carries a nextToken', async () => {
		ecsMock
			.on(ListServicesCommand).resolves({serviceArns: arnsOf(100), nextToken: 'p2'})
			.on(ListServicesCommand, {nextToken: 'p2'}).resolves({serviceArns: []});
		describeServices();
		await createFetchServiceList(client, 'prod')(new AbortController().signal);
		expect(ecsMock.commandCalls(ListServicesCommand)).toHaveLength(2);
		expect(describeCalls()).toHaveLength(10);
	});
});
