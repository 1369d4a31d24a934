import {DescribeLogStreamsCommand, GetLogEventsCommand} from '@aws-sdk/client-cloudwatch-logs';
import {DescribeTaskDefinitionCommand} from '@aws-sdk/client-ecs';
import {describe, expect, it} from 'vitest';
import {allEvents, runningTasks, taskIdOf, useLogsOverHttp} from './logs-over-http.js';

const minute = 60_000;

describe('GetLogEvents through the real SDK', () => {
	const sim = useLogsOverHttp();

	/** The awslogs stream of web's app container in its first running task. */
	async function appStream(): Promise<{logGroupName: string; logStreamName: string; startedAt: number}> {
		const [task] = await runningTasks(sim.ecs, 'web');
		return {logGroupName: '/ecs/web', logStreamName: `ecs/app/${taskIdOf(task?.taskArn)}`, startedAt: task!.startedAt!.getTime()};
	}

	it('names streams as ECS does from the task definition: prefix/container/taskId', async () => {
		const {taskDefinition} = await sim.ecs.send(new DescribeTaskDefinitionCommand({taskDefinition: 'web:41'}));
		const app = taskDefinition?.containerDefinitions?.find(c => c.name === 'app');
		expect(app?.logConfiguration).toEqual({logDriver: 'awslogs', options: {'awslogs-group': '/ecs/web', 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': 'ecs'}});
		const tasks = await runningTasks(sim.ecs, 'web');
		const {logStreams = []} = await sim.logs.send(new DescribeLogStreamsCommand({logGroupName: '/ecs/web', logStreamNamePrefix: 'ecs/app/'}));
		const names = new Set(logStreams.map(s => s.logStreamName));
		expect(tasks.length).toBeGreaterThan(0);
		for (const task of tasks) expect(names.has(`ecs/app/${taskIdOf(task.taskArn)}`)).toBe(true);
	});

	it('names the streams of awslogs without a prefix after the container\'s runtime id (EC2: a Docker id)', async () => {
		const tasks = await runningTasks(sim.ecs, 'worker');
		const ids = tasks.map(t => t.containers?.[0]?.runtimeId ?? '');
		expect(ids.every(id => /^[0-9a-f]{64}$/u.test(id))).toBe(true);
		const {logStreams = []} = await sim.logs.send(new DescribeLogStreamsCommand({logGroupName: '/ecs/worker'}));
		expect(new Set(logStreams.map(s => s.logStreamName))).toEqual(new Set(ids));
	});

	it('pages forward from the head until the same token comes back, as one big read does', async () => {
		const stream = await appStream();
		const window = {startTime: stream.startedAt, endTime: stream.startedAt + 10 * minute};
		const paged = await allEvents(sim.logs, {...stream, ...window}, 100);
		const whole = await sim.logs.send(new GetLogEventsCommand({...stream, ...window, startFromHead: true}));
		expect(paged.length).toBeGreaterThan(300);
		expect(paged).toEqual(whole.events);
		expect(paged.every((e, i) => i === 0 || e.timestamp! >= paged[i - 1]!.timestamp!)).toBe(true);
		expect(paged[0]?.message).toMatch(/^> web@1\.41\.0 start$/u);

		const end = await sim.logs.send(new GetLogEventsCommand({...stream, ...window, nextToken: whole.nextForwardToken}));
		expect(end.events).toEqual([]);
		expect(end.nextForwardToken).toBe(whole.nextForwardToken);
	});

	it('returns the newest events without startFromHead, and older ones with the backward token', async () => {
		const stream = await appStream();
		const newest = await sim.logs.send(new GetLogEventsCommand({...stream, limit: 50}));
		expect(newest.events).toHaveLength(50);
		const last = newest.events!.at(-1)!;
		expect(last.timestamp).toBeGreaterThan(sim.clock.now() - 10_000);
		expect(last.ingestionTime).toBeLessThanOrEqual(sim.clock.now());

		const older = await sim.logs.send(new GetLogEventsCommand({...stream, limit: 50, nextToken: newest.nextBackwardToken}));
		const both = [...older.events!, ...newest.events!];
		const straight = await sim.logs.send(new GetLogEventsCommand({...stream, limit: 100}));
		expect(both).toEqual(straight.events);
	});

	it('keeps to [startTime, endTime) and the limit, and gives the same events and tokens twice', async () => {
		const stream = await appStream();
		const startTime = sim.clock.now() - 5 * minute;
		const endTime = startTime + minute;
		const read = async () => {
			const {events, nextForwardToken, nextBackwardToken} = await sim.logs.send(new GetLogEventsCommand({...stream, startTime, endTime, startFromHead: true, limit: 20}));
			return {events, nextForwardToken, nextBackwardToken};
		};
		const first = await read();
		expect(first.events).toHaveLength(20);
		expect(first.events!.every(e => e.timestamp! >= startTime && e.timestamp! < endTime)).toBe(true);
		sim.clock.advance(2 * minute);
		const again = await read();
		expect(again).toEqual(first);
		const all = await allEvents(sim.logs, {...stream, startTime, endTime});
		expect(all.every(e => e.timestamp! >= startTime && e.timestamp! < endTime)).toBe(true);
		expect(all.at(-1)!.timestamp).toBeGreaterThan(endTime - 10_000);
	});

	it('answers the service\'s errors', async () => {
		const stream = await appStream();
		await expect(sim.logs.send(new GetLogEventsCommand({...stream, limit: 10_001}))).rejects.toMatchObject({
			name: 'InvalidParameterException',
			message: "1 validation error detected: Value '10001' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 10000",
		});
		await expect(sim.logs.send(new GetLogEventsCommand({logGroupName: '/ecs/nope', logStreamName: stream.logStreamName}))).rejects.toMatchObject({
			name: 'ResourceNotFoundException',
			message: 'The specified log group does not exist.',
		});
		await expect(sim.logs.send(new GetLogEventsCommand({logGroupName: '/ecs/web', logStreamName: 'ecs/app/0000'}))).rejects.toMatchObject({
			name: 'ResourceNotFoundException',
			message: 'The specified log stream does not exist.',
		});
		await expect(sim.logs.send(new GetLogEventsCommand({...stream, nextToken: 'f/123/s'}))).rejects.toMatchObject({name: 'InvalidParameterException'});
		await expect(sim.logs.send(new GetLogEventsCommand({...stream, logGroupIdentifier: '/ecs/web'}))).rejects.toMatchObject({name: 'InvalidParameterException'});
	});

	it('reads a group by its ARN as logGroupIdentifier', async () => {
		const stream = await appStream();
		const byName = await sim.logs.send(new GetLogEventsCommand({...stream, limit: 5}));
		const byArn = await sim.logs.send(new GetLogEventsCommand({logGroupIdentifier: 'arn:aws:logs:us-east-1:123456789012:log-group:/ecs/web', logStreamName: stream.logStreamName, limit: 5}));
		expect(byArn.events).toEqual(byName.events);
	});
});
