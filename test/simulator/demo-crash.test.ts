import {GetLogEventsCommand} from '@aws-sdk/client-cloudwatch-logs';
import {DescribeTasksCommand, ListTasksCommand} from '@aws-sdk/client-ecs';
import {describe, expect, it} from 'vitest';
import {crashCanary, installCrashingCanary} from '../../source/simulator/demo-crash.js';
import {useLogsOverHttp} from './logs/logs-over-http.js';

const minute = 60_000;

describe('the demo\'s crashing canary', () => {
	const run = useLogsOverHttp();
	const now = () => run;

	it('runs api:8 as a standalone task that is OOM-killed, its last lines the memory warnings and a line cut off mid-write', async () => {
		const {world, clock, ecs, logs} = now();
		installCrashingCanary(world);
		clock.advance(crashCanary.firstAt + 4 * minute);
		const {taskArns = []} = await ecs.send(new ListTasksCommand({cluster: 'demo', startedBy: crashCanary.startedBy, desiredStatus: 'STOPPED'}));
		expect(taskArns).toHaveLength(1);
		const {tasks: [task] = []} = await ecs.send(new DescribeTasksCommand({cluster: 'demo', tasks: taskArns}));
		expect(task).toMatchObject({taskDefinitionArn: expect.stringMatching(/:task-definition\/api:8$/u) as string, stopCode: 'EssentialContainerExited', lastStatus: 'STOPPED'});
		const api = task!.containers!.find(container => container.name === 'api')!;
		expect(api).toMatchObject({exitCode: 137, reason: 'OutOfMemoryError: Container killed due to memory usage'});

		const taskId = task!.taskArn!.split('/').at(-1)!;
		const messages: string[] = [];
		// Pages forward until the token comes back unchanged, as the AWS CLI does.
		let token: string | undefined;
		for (let page = 0; page < 100; page++) {
			const answer = await logs.send(new GetLogEventsCommand({logGroupName: '/ecs/api', logStreamName: `ecs/api/${taskId}`, startFromHead: true, nextToken: token}));
			messages.push(...(answer.events ?? []).map(event => event.message ?? ''));
			if (answer.nextForwardToken === token) break;
			token = answer.nextForwardToken;
		}

		expect(messages.some(message => message.includes('"msg":"memory usage high"'))).toBe(true);
		expect(messages.at(-2)).toContain('"msg":"memory limit nearly reached"');
		expect(() => JSON.parse(messages.at(-1)!) as unknown).toThrow();
	});

	it('runs it again every five minutes', async () => {
		const {world, clock, ecs} = now();
		installCrashingCanary(world);
		clock.advance(crashCanary.firstAt + 2 * crashCanary.every + 1000);
		const listed = async (desiredStatus: 'RUNNING' | 'STOPPED') => (await ecs.send(new ListTasksCommand({cluster: 'demo', startedBy: crashCanary.startedBy, desiredStatus}))).taskArns ?? [];
		expect((await listed('RUNNING')).length + (await listed('STOPPED')).length).toBe(3);
	});
});
