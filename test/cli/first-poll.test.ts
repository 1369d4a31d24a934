import {DescribeServicesCommand, DescribeTasksCommand, ECSClient, ListServicesCommand, ListTasksCommand} from '@aws-sdk/client-ecs';
import {createServer, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';
import {mockClient} from 'aws-sdk-client-mock';
import {beforeEach, describe, expect, it, vi} from 'vitest';
import {startFirstPoll} from '../../source/cli/first-poll.js';
import {loadDescribeTasks} from '../helpers/fixtures.js';

const client = new ECSClient({region: 'us-west-2', credentials: {accessKeyId: 'a', secretAccessKey: 'b'}});
// This client only: the abort test's client talks to a real server.
const ecsMock = mockClient(client);
const seed = loadDescribeTasks('seed-fargate-ui-task.json');
const target = {client, now: () => Date.UTC(2026, 11, 1, 12), elbClient: async () => Promise.reject(new Error('no load balancer here'))};
const signal = () => new AbortController().signal;

beforeEach(() => {
	ecsMock.reset();
	ecsMock.on(ListTasksCommand, {desiredStatus: 'RUNNING'}).resolves({taskArns: [seed.tasks?.[0]?.taskArn ?? '']});
	ecsMock.on(ListTasksCommand, {desiredStatus: 'STOPPED'}).resolves({taskArns: []});
	ecsMock.on(DescribeTasksCommand).resolves(seed);
	ecsMock.on(ListServicesCommand).resolves({serviceArns: []});
	ecsMock.on(DescribeServicesCommand).resolves({services: []});
});

describe('the first poll, sent before the TUI loads', () => {
	it('asks ECS at once, and the grid\'s first poll answers with it without asking again', async () => {
		const first = startFirstPoll(target, {cluster: 'c'});
		await vi.waitFor(() => expect(ecsMock.commandCalls(DescribeTasksCommand)).toHaveLength(1));

		const fetch = first.claim({cluster: 'c'});
		const data = await fetch!(signal());

		expect(data.tasks.map((task) => task.privateIpv4)).toEqual(['10.0.4.128']);
		expect(ecsMock.commandCalls(DescribeTasksCommand)).toHaveLength(1);
		await fetch!(signal());
		expect(ecsMock.commandCalls(DescribeTasksCommand)).toHaveLength(2);
	});

	it('is claimed once, and only for the scope it polls', () => {
		const first = startFirstPoll(target, {cluster: 'c', services: ['web']});
		expect(first.claim({cluster: 'c'})).toBeUndefined();
		expect(first.claim({cluster: 'other', services: ['web']})).toBeUndefined();
		expect(first.claim({cluster: 'c', services: ['web', 'api']})).toBeUndefined();
		expect(first.claim({cluster: 'c', services: ['web']})).toBeTypeOf('function');
		expect(first.claim({cluster: 'c', services: ['web']})).toBeUndefined();
	});

	it('holds a failure for the grid\'s poll to report, not as an unhandled rejection', async () => {
		const unhandled = vi.fn();
		process.on('unhandledRejection', unhandled);
		ecsMock.on(ListTasksCommand).rejects(Object.assign(new Error('User is not authorized to perform: ecs:ListTasks'), {name: 'AccessDeniedException'}));
		try {
			const first = startFirstPoll(target, {cluster: 'c'});
			await vi.waitFor(() => expect(ecsMock.commandCalls(ListTasksCommand).length).toBeGreaterThan(0));
			await new Promise((resolve) => setTimeout(resolve, 20));

			await expect(first.claim({cluster: 'c'})!(signal())).rejects.toMatchObject({name: 'AccessDeniedException'});
			expect(unhandled).not.toHaveBeenCalled();
		} finally {
			process.off('unhandledRejection', unhandled);
		}
	});

	it('is aborted when the screen that claimed it aborts its poll', async () => {
		// A server that never answers: only the abort can end the request.
		const held: ServerResponse[] = [];
		const server = createServer((_request, response) => held.push(response));
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const {port} = server.address() as AddressInfo;
		const silent = new ECSClient({region: 'us-west-2', endpoint: `http://127.0.0.1:${port}`, credentials: {accessKeyId: 'a', secretAccessKey: 'b'}, maxAttempts: 1});
		try {
			const first = startFirstPoll({...target, client: silent}, {cluster: 'c'});
			const controller = new AbortController();
			const polled = first.claim({cluster: 'c'})!(controller.signal);
			await vi.waitFor(() => expect(held.length).toBeGreaterThan(0));

			controller.abort();

			await expect(polled).rejects.toMatchObject({name: 'AbortError'});
		} finally {
			for (const response of held) response.destroy();
			server.close();
		}
	});
});
