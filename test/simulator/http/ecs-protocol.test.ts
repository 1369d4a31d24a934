import {ListClustersCommand} from '@aws-sdk/client-ecs';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {ManualClock} from '../../../source/simulator/engine/clock.js';
import {createWorld} from '../../../source/simulator/engine/create-world.js';
import type {World} from '../../../source/simulator/engine/world-api.js';
import {startSimulator, type RunningSimulator} from '../../../source/simulator/start-simulator.js';
import {ecsTestClient, rawCall} from './ecs-test-client.js';
import {waitUntil} from '../../helpers/wait-until.js';

const target = (operation: string) => `AmazonEC2ContainerServiceV20141113.${operation}`;

describe('the ECS JSON 1.1 wire protocol', () => {
	let simulator: RunningSimulator;
	let world: World;
	const onInternalError = vi.fn();

	beforeEach(async () => {
		world = createWorld({clock: new ManualClock(), taskCount: 5, seed: 7});
		simulator = await startSimulator({world, onInternalError});
	});

	afterEach(async () => {
		await simulator.close();
	});

	it('listens on 127.0.0.1 at an ephemeral port', () => {
		expect(simulator.url).toBe(`http://127.0.0.1:${simulator.port}`);
		expect(simulator.port).toBeGreaterThan(0);
	});

	it('answers with the JSON 1.1 content type and a request id', async () => {
		const response = await rawCall(simulator.url, target('ListClusters'), '{}');
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('application/x-amz-json-1.1');
		expect(response.headers.get('x-amzn-requestid')).toMatch(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/);
		expect(response.json['clusterArns']).toEqual([...world.listClusterArns()].sort());
	});

	it('refuses an unsigned request as AWS does', async () => {
		const response = await rawCall(simulator.url, target('ListClusters'), '{}', false);
		expect(response.status).toBe(400);
		expect(response.json).toEqual({__type: 'MissingAuthenticationTokenException', message: 'Request is missing Authentication Token'});
	});

	it('answers an unknown or missing target with UnknownOperationException', async () => {
		for (const unknown of [target('DeleteEverything'), 'SomeOtherService_20120810.ListTables', undefined]) {
			const response = await rawCall(simulator.url, unknown, '{}');
			expect(response.status).toBe(400);
			expect(response.json).toEqual({__type: 'UnknownOperationException'});
		}
	});

	it('refuses a CloudWatch Logs request on the same endpoint as AWS does: an unknown operation, no signature, a body that is no JSON object', async () => {
		const logs = (operation: string) => `Logs_20140328.${operation}`;
		const unknown = await rawCall(simulator.url, logs('DeleteEverything'), '{}');
		expect([unknown.status, unknown.json]).toEqual([400, {__type: 'UnknownOperationException'}]);
		const unsigned = await rawCall(simulator.url, logs('DescribeLogGroups'), '{}', false);
		expect([unsigned.status, unsigned.json]).toEqual([400, {__type: 'MissingAuthenticationTokenException', message: 'Request is missing Authentication Token'}]);
		const malformed = await rawCall(simulator.url, logs('DescribeLogGroups'), '[1, 2]');
		expect([malformed.status, malformed.json['__type']]).toEqual([400, 'SerializationException']);
		const answered = await rawCall(simulator.url, logs('DescribeLogGroups'), '{}');
		expect(answered.status).toBe(200);
	});

	it('answers malformed JSON with SerializationException', async () => {
		for (const body of ['{"cluster": ', '[1, 2]']) {
			const response = await rawCall(simulator.url, target('ListTasks'), body);
			expect(response.status).toBe(400);
			expect(response.json['__type']).toBe('SerializationException');
		}
	});

	it('answers a member of the wrong type with SerializationException', async () => {
		const response = await rawCall(simulator.url, target('DescribeTasks'), '{"cluster": "demo", "tasks": "abc"}');
		expect(response.status).toBe(400);
		expect(response.json['__type']).toBe('SerializationException');
	});

	it('turns an internal bug into a 500 ServerException and keeps serving', async () => {
		const bug = new TypeError('boom');
		const broken = Object.create(world, {ecs: {value: {...world.ecs, listClusters: () => { throw bug; }}}}) as World;
		const brokenSimulator = await startSimulator({world: broken, onInternalError});
		const client = ecsTestClient(brokenSimulator.url);
		try {
			await expect(client.send(new ListClustersCommand({}))).rejects.toMatchObject({
				name: 'ServerException',
				$metadata: {httpStatusCode: 500},
			});
			expect(onInternalError).toHaveBeenCalledWith(bug);
			const again = await rawCall(brokenSimulator.url, target('DescribeClusters'), '{}');
			expect(again.status).toBe(200);
		} finally {
			client.destroy();
			await brokenSimulator.close();
		}
	});

	it('close() ends open connections, even one waiting for an answer', async () => {
		const slow = await startSimulator({world});
		let arrived = false;
		// The call reaches the server and never gets its answer.
		slow.faults.apply = async () => {
			arrived = true;
			return new Promise(() => {});
		};
		const client = ecsTestClient(slow.url);
		try {
			const pending = client.send(new ListClustersCommand({}));
			await waitUntil(() => {
				expect(arrived).toBe(true);
			});
			// Without closing every connection, close() would wait for that answer forever.
			await slow.close();
			await expect(pending).rejects.toThrow();
		} finally {
			client.destroy();
		}
	});
});
