import {PassThrough} from 'node:stream';
import {DescribeServicesCommand, paginateListServices, type ECSClient} from '@aws-sdk/client-ecs';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {ManualClock} from '../../../source/simulator/engine/clock.js';
import type {RequestRecord} from '../../../source/simulator/http/request-log.js';
import {startSimulator, type RunningSimulator} from '../../../source/simulator/start-simulator.js';
import {ecsTestClient} from './ecs-test-client.js';

const cluster = 'demo';

describe('a cluster of 2,000 services', () => {
	let simulator: RunningSimulator;
	let client: ECSClient;
	let logged: RequestRecord[] = [];
	let seedMs = 0;

	beforeAll(async () => {
		const log = new PassThrough();
		log.on('data', (chunk: Buffer) => {
			logged.push(...chunk.toString().split('\n').filter(Boolean).map(line => JSON.parse(line) as RequestRecord));
		});
		const started = performance.now();
		// demo's own web, api, worker, batch and checkout, and 1,995 more.
		simulator = await startSimulator({clock: new ManualClock(), services: 1995, logRequests: log});
		seedMs = performance.now() - started;
		client = ecsTestClient(simulator.url);
	});

	afterAll(async () => {
		client.destroy();
		await simulator.close();
	});

	const listAll = async (pageSize?: number) => {
		const arns: string[] = [];
		for await (const page of paginateListServices({client, ...(pageSize === undefined ? {} : {pageSize})}, {cluster})) arns.push(...(page.serviceArns ?? []));
		return arns;
	};

	it('seeds in well under 2 seconds', () => {
		expect(seedMs).toBeLessThan(2000);
	});

	it('lists them in exactly 20 ListServices calls of 100 and describes them in 200 DescribeServices calls of 10', async () => {
		logged = [];
		const started = performance.now();
		const arns = await listAll(100);
		expect(arns).toHaveLength(2000);
		expect(new Set(arns).size).toBe(2000);
		for (let index = 0; index < arns.length; index += 10) {
			const {services = [], failures = []} = await client.send(new DescribeServicesCommand({cluster, services: arns.slice(index, index + 10)}));
			expect(failures).toEqual([]);
			expect(services.map(s => s.serviceArn)).toEqual(arns.slice(index, index + 10));
		}

		const elapsed = performance.now() - started;
		const lists = logged.filter(r => r.operation === 'ListServices');
		const describes = logged.filter(r => r.operation === 'DescribeServices');
		expect(lists).toHaveLength(20);
		expect(lists.every(r => r.args['maxResults'] === 100 && r.status === 200)).toBe(true);
		expect(lists.filter(r => r.args['nextToken'] === true)).toHaveLength(19);
		expect(describes).toHaveLength(200);
		expect(describes.every(r => r.args['services'] === 10 && r.status === 200)).toBe(true);
		expect(logged).toHaveLength(220);
		// 220 calls over loopback: each answers in milliseconds.
		expect(elapsed).toBeLessThan(10_000);
	});

	it('pages by 10 when the client does not say, as ECS does', async () => {
		logged = [];
		expect(await listAll()).toHaveLength(2000);
		expect(logged.filter(r => r.operation === 'ListServices')).toHaveLength(200);
		expect(logged.every(r => r.args['maxResults'] === undefined)).toBe(true);
	});
});
