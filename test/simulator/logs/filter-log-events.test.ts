import {DescribeLogGroupsCommand, DescribeLogStreamsCommand, FilterLogEventsCommand, paginateFilterLogEvents, type FilteredLogEvent} from '@aws-sdk/client-cloudwatch-logs';
import {describe, expect, it} from 'vitest';
import {runningTasks, taskIdOf, useLogsOverHttp} from './logs-over-http.js';

const minute = 60_000;

describe('FilterLogEvents, DescribeLogStreams and DescribeLogGroups through the real SDK', () => {
	const sim = useLogsOverHttp();

	it('interleaves several streams in time order, each event naming its stream, ids unique', async () => {
		const tasks = await runningTasks(sim.ecs, 'web');
		const logStreamNames = tasks.slice(0, 3).map(t => `ecs/app/${taskIdOf(t.taskArn)}`);
		const startTime = sim.clock.now() - 3 * minute;
		const events: FilteredLogEvent[] = [];
		for await (const page of paginateFilterLogEvents({client: sim.logs}, {logGroupName: '/ecs/web', logStreamNames, startTime})) events.push(...(page.events ?? []));
		expect(new Set(events.map(e => e.logStreamName))).toEqual(new Set(logStreamNames));
		expect(events.every((e, i) => i === 0 || e.timestamp! >= events[i - 1]!.timestamp!)).toBe(true);
		expect(events.every(e => e.timestamp! >= startTime && e.ingestionTime! <= sim.clock.now())).toBe(true);
		expect(new Set(events.map(e => e.eventId)).size).toBe(events.length);
	});

	it('matches plain terms and quoted phrases, case-sensitively', async () => {
		const startTime = sim.clock.now() - 5 * minute;
		const {events = []} = await sim.logs.send(new FilterLogEventsCommand({logGroupName: '/ecs/web', logStreamNamePrefix: 'ecs/app/', startTime, filterPattern: '"GET /cart" 200'}));
		expect(events.length).toBeGreaterThan(0);
		expect(events.every(e => e.message!.includes('GET /cart') && e.message!.includes('200'))).toBe(true);
		const none = await sim.logs.send(new FilterLogEventsCommand({logGroupName: '/ecs/web', logStreamNamePrefix: 'ecs/app/', startTime, filterPattern: '"get /cart"'}));
		expect(none.events).toEqual([]);
	});

	it('pages the noisy envoy streams (hundreds of lines a second) within 1 MB a page', async () => {
		const startTime = sim.clock.now() - 30_000;
		const first = await sim.logs.send(new FilterLogEventsCommand({logGroupName: '/ecs/web', logStreamNamePrefix: 'ecs/envoy/', startTime}));
		const bytes = first.events!.reduce((sum, e) => sum + Buffer.byteLength(e.message!) + 26, 0);
		expect(first.events!.length).toBeGreaterThan(1000);
		expect(bytes).toBeLessThanOrEqual(1_048_576);
		expect(first.nextToken).toBeDefined();
		const second = await sim.logs.send(new FilterLogEventsCommand({logGroupName: '/ecs/web', logStreamNamePrefix: 'ecs/envoy/', startTime, nextToken: first.nextToken}));
		expect(second.events![0]!.timestamp).toBeGreaterThanOrEqual(first.events!.at(-1)!.timestamp!);
		expect(new Set([...first.events!, ...second.events!].map(e => e.eventId)).size).toBe(first.events!.length + second.events!.length);
	});

	it('answers InvalidParameterException and ResourceNotFoundException as the service does', async () => {
		await expect(sim.logs.send(new FilterLogEventsCommand({logGroupName: '/ecs/web', logStreamNames: ['a'], logStreamNamePrefix: 'ecs/'}))).rejects.toMatchObject({name: 'InvalidParameterException'});
		await expect(sim.logs.send(new FilterLogEventsCommand({logGroupName: '/ecs/web', logStreamNames: ['ecs/app/nope']}))).rejects.toMatchObject({name: 'ResourceNotFoundException', message: 'The specified log stream does not exist.'});
		await expect(sim.logs.send(new FilterLogEventsCommand({logGroupName: '/ecs/web', logStreamNames: Array.from({length: 101}, (_, i) => `s${i}`)}))).rejects.toMatchObject({name: 'InvalidParameterException'});
		await expect(sim.logs.send(new DescribeLogStreamsCommand({logGroupName: '/ecs/web', orderBy: 'LastEventTime', logStreamNamePrefix: 'ecs/'}))).rejects.toMatchObject({
			name: 'InvalidParameterException',
			message: 'Cannot order by LastEventTime with a logStreamNamePrefix.',
		});
		await expect(sim.logs.send(new DescribeLogStreamsCommand({logGroupName: '/ecs/web', limit: 51}))).rejects.toMatchObject({name: 'InvalidParameterException'});
		await expect(sim.logs.send(new DescribeLogStreamsCommand({logGroupName: '/nope'}))).rejects.toMatchObject({name: 'ResourceNotFoundException'});
	});

	it('lists streams by name with tokens, and by last event time newest first', async () => {
		const names: string[] = [];
		let nextToken: string | undefined;
		do {
			const page = await sim.logs.send(new DescribeLogStreamsCommand({logGroupName: '/ecs/web', limit: 4, nextToken}));
			names.push(...page.logStreams!.map(s => s.logStreamName!));
			nextToken = page.nextToken;
		} while (nextToken);
		expect(names).toEqual([...names].sort());
		// demo's web tasks, and staging's, which run the same family and log to the same group.
		const demo = (await runningTasks(sim.ecs, 'web')).map(t => `ecs/app/${taskIdOf(t.taskArn)}`);
		expect(names).toEqual(expect.arrayContaining(demo));
		expect(new Set(names).size).toBe(names.length);

		const {logStreams = []} = await sim.logs.send(new DescribeLogStreamsCommand({logGroupName: '/ecs/web', orderBy: 'LastEventTime', descending: true}));
		const times = logStreams.map(s => s.lastEventTimestamp ?? 0);
		expect(times).toEqual([...times].sort((a, b) => b - a));
	});

	it('lists the log groups the task definitions name, by prefix, with tokens', async () => {
		const {logGroups = [], nextToken} = await sim.logs.send(new DescribeLogGroupsCommand({logGroupNamePrefix: '/ecs/', limit: 3}));
		expect(logGroups.map(g => g.logGroupName)).toEqual(['/ecs/api', '/ecs/batch', '/ecs/checkout']);
		expect(logGroups[0]).toMatchObject({arn: 'arn:aws:logs:us-east-1:123456789012:log-group:/ecs/api:*', logGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:/ecs/api'});
		const rest = await sim.logs.send(new DescribeLogGroupsCommand({logGroupNamePrefix: '/ecs/', limit: 3, nextToken}));
		expect(rest.logGroups![0]!.logGroupName! > '/ecs/checkout').toBe(true);
		await expect(sim.logs.send(new DescribeLogGroupsCommand({limit: 0}))).rejects.toMatchObject({name: 'InvalidParameterException'});
	});

	it('throttles each operation at its documented per-account quota', async () => {
		sim.simulator.faults.set({throttling: true});
		const call = async () => sim.logs.send(new FilterLogEventsCommand({logGroupName: '/ecs/worker', startTime: sim.clock.now() - 1000})).then(() => 'ok', (error: Error) => `${error.name}: ${error.message}`);
		const answers: string[] = [];
		for (let i = 0; i < 6; i++) answers.push(await call());
		expect(answers).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'ThrottlingException: Rate exceeded']);
		sim.clock.advance(1000);
		expect(await call()).toBe('ok');
	});

	it('denies a Logs operation with its logs: IAM action', async () => {
		sim.simulator.faults.set({accessDenied: ['FilterLogEvents']});
		await expect(sim.logs.send(new FilterLogEventsCommand({logGroupName: '/ecs/web'}))).rejects.toMatchObject({
			name: 'AccessDeniedException',
			message: expect.stringContaining('not authorized to perform: logs:FilterLogEvents'),
		});
	});
});
