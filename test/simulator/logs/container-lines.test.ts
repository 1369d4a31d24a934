import {FilterLogEventsCommand, GetLogEventsCommand} from '@aws-sdk/client-cloudwatch-logs';
import {DescribeTasksCommand, ListTasksCommand, RunTaskCommand, StopTaskCommand, UpdateServiceCommand} from '@aws-sdk/client-ecs';
import {describe, expect, it} from 'vitest';
import {allEvents, taskIdOf, useLogsOverHttp} from './logs-over-http.js';

const second = 1000;
const minute = 60 * second;

describe('what containers write, on the simulated clock', () => {
	const sim = useLogsOverHttp();

	async function stoppedTasks(service: string) {
		const {taskArns = []} = await sim.ecs.send(new ListTasksCommand({cluster: 'demo', serviceName: service, desiredStatus: 'STOPPED'}));
		if (taskArns.length === 0) return [];
		return (await sim.ecs.send(new DescribeTasksCommand({cluster: 'demo', tasks: taskArns}))).tasks ?? [];
	}

	it('creates a task\'s stream when it starts RUNNING, with its start-up lines, and keeps it after ECS forgets the task', async () => {
		const subnets = sim.world.subnets('demo').map(s => s.subnetId);
		const {tasks = []} = await sim.ecs.send(new RunTaskCommand({cluster: 'demo', taskDefinition: 'report:2', launchType: 'EC2', networkConfiguration: {awsvpcConfiguration: {subnets}}}));
		const taskArn = tasks[0]!.taskArn!;
		const stream = {logGroupName: '/ecs/report', logStreamName: `ecs/report/${taskIdOf(taskArn)}`};
		await expect(sim.logs.send(new GetLogEventsCommand(stream))).rejects.toMatchObject({name: 'ResourceNotFoundException', message: 'The specified log stream does not exist.'});

		let status = '';
		while (status !== 'RUNNING') {
			sim.clock.advance(second);
			status = (await sim.ecs.send(new DescribeTasksCommand({cluster: 'demo', tasks: [taskArn]}))).tasks?.[0]?.lastStatus ?? '';
		}

		sim.clock.advance(6 * second);
		const {events = []} = await sim.logs.send(new GetLogEventsCommand({...stream, startFromHead: true, limit: 2}));
		expect(events.map(e => e.message)).toEqual([expect.stringMatching(/report 1\.0\.4 starting$/u), expect.stringMatching(/report ready$/u)]);

		await sim.ecs.send(new StopTaskCommand({cluster: 'demo', task: taskArn}));
		sim.clock.advance(2 * 60 * minute);
		const gone = await sim.ecs.send(new DescribeTasksCommand({cluster: 'demo', tasks: [taskArn]}));
		expect(gone.failures?.[0]?.reason).toBe('MISSING');
		const kept = await allEvents(sim.logs, stream);
		expect(kept.at(-1)?.message).toMatch(/caught SIGTERM, shutting down$/u);
	});

	it('shows the crash revision\'s rising memory warnings, then the lines cut by the OOM kill (exit 137)', async () => {
		await sim.ecs.send(new UpdateServiceCommand({cluster: 'demo', service: 'api', taskDefinition: 'api:8'}));
		let crashed: Awaited<ReturnType<typeof stoppedTasks>>[number] | undefined;
		for (let waited = 0; !crashed && waited < 10 * minute; waited += 5 * second) {
			sim.clock.advance(5 * second);
			crashed = (await stoppedTasks('api')).find(t => t.containers?.some(c => c.name === 'api' && c.exitCode === 137));
		}

		expect(crashed).toBeDefined();
		const events = await allEvents(sim.logs, {logGroupName: '/ecs/api', logStreamName: `ecs/api/${taskIdOf(crashed!.taskArn)}`});
		const warnings = events.filter(e => e.message!.includes('"msg":"memory usage high"')).map(e => (JSON.parse(e.message!) as {percent: number}).percent);
		expect(warnings.length).toBeGreaterThan(2);
		expect(warnings).toEqual([...warnings].sort((a, b) => a - b));
		expect(events.at(-2)?.message).toContain('memory limit nearly reached');
		expect(events.at(-1)?.message).toMatch(/"sta$/u);
		const killedAt = crashed!.stoppingAt!.getTime();
		expect(events.at(-1)!.timestamp! - killedAt).toBeGreaterThanOrEqual(0);
		expect(events.at(-1)!.timestamp! - killedAt).toBeLessThan(second);
	});

	it('logs the failing health checks of the unhealthy revision', async () => {
		await sim.ecs.send(new UpdateServiceCommand({cluster: 'demo', service: 'web', taskDefinition: 'web:43'}));
		const startTime = sim.clock.now();
		sim.clock.advance(3 * minute);
		const {events = []} = await sim.logs.send(new FilterLogEventsCommand({logGroupName: '/ecs/web', logStreamNamePrefix: 'ecs/app/', startTime, filterPattern: '"health check failed"'}));
		expect(events.length).toBeGreaterThan(0);
		expect(events[0]?.message).toContain('health check failed: GET /health 503');
	});

	it('writes hostile control sequences and very long lines now and then', async () => {
		const startTime = sim.clock.now() - 20 * minute;
		const messages: string[] = [];
		let nextToken: string | undefined;
		do {
			const page = await sim.logs.send(new FilterLogEventsCommand({logGroupName: '/ecs/web', logStreamNamePrefix: 'ecs/app/', startTime, nextToken}));
			messages.push(...page.events!.map(e => e.message!));
			nextToken = page.nextToken;
		} while (nextToken);
		expect(messages.some(m => m.includes('\u001b[2J'))).toBe(true);
		expect(messages.some(m => m.includes('\u001b]0;'))).toBe(true);
		expect(messages.some(m => m.includes('\u202e'))).toBe(true);
		expect(messages.some(m => m.length > 20_000)).toBe(true);
	});
});
