import {DescribeServicesCommand, type DescribeServicesCommandInput, ListServicesCommand, type ListServicesCommandInput} from '@aws-sdk/client-ecs';
import {beforeEach, describe, expect, it} from 'vitest';
import {createFetchServiceList} from '../../source/ecs/fetch-service-list.js';
import {sleep} from './paged-fakes.js';
import {arnsOf, client, describeServices, ecsMock, listServices, nameOf} from './service-list-fakes.js';

beforeEach(() => {
	ecsMock.reset();
});

describe('createFetchServiceList when a call fails or is aborted', () => {
	it('rejects with the first DescribeServices error and starts no call after it', async () => {
		listServices(arnsOf(300), async () => sleep(30));
		let answered = 0;
		ecsMock.on(DescribeServicesCommand).callsFake(async () => {
			await sleep(1);
			answered++;
			if (answered === 1) throw Object.assign(new Error('Rate exceeded'), {name: 'ThrottlingException'});
			return {services: []};
		});

		await expect(createFetchServiceList(client, 'prod')(new AbortController().signal)).rejects.toThrow('Rate exceeded');
		// The first answer failed while the other three of the first four were in flight, and while
		// page 2 was being listed: page 3 is never asked for.
		expect(ecsMock.commandCalls(DescribeServicesCommand)).toHaveLength(4);
		expect(ecsMock.commandCalls(ListServicesCommand)).toHaveLength(2);
	});

	it('sends nothing with a signal aborted already', async () => {
		listServices(arnsOf(5));
		describeServices();
		const controller = new AbortController();
		controller.abort();
		await expect(createFetchServiceList(client, 'prod')(controller.signal)).rejects.toMatchObject({name: 'AbortError'});
		expect(ecsMock.calls()).toHaveLength(0);
	});

	it('stops listing and describing once aborted', async () => {
		const controller = new AbortController();
		const sentAfterAbort: string[] = [];
		listServices(arnsOf(500), async () => {
			if (controller.signal.aborted) sentAfterAbort.push('ListServices');
			await sleep(10);
		});
		ecsMock.on(DescribeServicesCommand).callsFake(async (input: DescribeServicesCommandInput) => {
			if (controller.signal.aborted) sentAfterAbort.push('DescribeServices');
			await sleep(2);
			return {services: (input.services ?? []).map((arn) => ({serviceArn: arn, serviceName: nameOf(arn)}))};
		});

		const fetching = createFetchServiceList(client, 'prod')(controller.signal, () => {
			controller.abort();
		});

		await expect(fetching).rejects.toMatchObject({name: 'AbortError'});
		expect(sentAfterAbort).toEqual([]);
		expect(ecsMock.commandCalls(ListServicesCommand).length).toBeLessThan(5);
		expect(ecsMock.commandCalls(DescribeServicesCommand).length).toBeLessThan(50);
	});

	it('stops listing once aborted even while the pages hold too few services for a DescribeServices call', async () => {
		const controller = new AbortController();
		const sentAfterAbort: string[] = [];
		ecsMock.on(ListServicesCommand).callsFake((input: ListServicesCommandInput) => {
			if (controller.signal.aborted) sentAfterAbort.push(input.nextToken ?? 'first');
			const page = Number(input.nextToken ?? '0');
			if (page === 1) controller.abort();
			return {serviceArns: arnsOf(3 * (page + 1)).slice(3 * page), nextToken: String(page + 1)};
		});
		describeServices();

		await expect(createFetchServiceList(client, 'prod')(controller.signal)).rejects.toMatchObject({name: 'AbortError'});
		expect(sentAfterAbort).toEqual([]);
		expect(ecsMock.commandCalls(DescribeServicesCommand)).toHaveLength(0);
	});
});
