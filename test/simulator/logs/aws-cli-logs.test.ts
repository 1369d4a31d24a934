import {GetLogEventsCommand} from '@aws-sdk/client-cloudwatch-logs';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {ManualClock} from '../../../source/simulator/engine/clock.js';
import {createWorld} from '../../../source/simulator/engine/create-world.js';
import {startSimulator, type RunningSimulator} from '../../../source/simulator/start-simulator.js';
import {awsLogs, awsLogsText, requireAwsCli, requireAwsCliV2, skipAwsCli, skipAwsCliV2} from '../http/aws-cli.js';
import {logsTestClient} from './logs-over-http.js';

const minute = 60_000;

describe('the AWS CLI reading the simulator\'s CloudWatch Logs', () => {
	let simulator: RunningSimulator | undefined;
	// `aws logs tail --since` counts back from the real time: the simulated clock starts there and stays.
	const clock = new ManualClock(Date.now());
	const world = createWorld({clock, taskCount: 12, seed: 2});
	/** A running task of web, and its app stream. */
	let stream = {logGroupName: '', logStreamName: ''};

	beforeAll(async () => {
		simulator = await startSimulator({world});
		const taskArn = world.listTaskArns('demo', {serviceName: 'web'})[0] ?? '';
		stream = {logGroupName: '/ecs/web', logStreamName: `ecs/app/${taskArn.split('/').at(-1)}`};
	});

	afterAll(async () => {
		await simulator?.close();
	});

	describe.skipIf(skipAwsCli)('aws logs get-log-events', () => {
		beforeAll(() => {
			requireAwsCli();
		});

		it('returns what the SDK gets, tokens included', async () => {
			const startTime = String(clock.now() - 5 * minute);
			const endTime = String(clock.now() - 4 * minute);
			const cli = await awsLogs(simulator!.url, 'get-log-events', '--log-group-name', stream.logGroupName, '--log-stream-name', stream.logStreamName, '--start-time', startTime, '--end-time', endTime, '--start-from-head');
			const sdk = logsTestClient(simulator!.url);
			const direct = await sdk.send(new GetLogEventsCommand({...stream, startTime: Number(startTime), endTime: Number(endTime), startFromHead: true}));
			sdk.destroy();
			expect((cli['events'] as unknown[]).length).toBeGreaterThan(10);
			expect(cli['events']).toEqual(direct.events);
			expect(cli['nextForwardToken']).toBe(direct.nextForwardToken);
		});
	});

	describe.skipIf(skipAwsCliV2)('aws logs tail (CLI v2)', () => {
		let binary = 'aws';
		beforeAll(() => {
			binary = requireAwsCliV2();
		});

		it('prints a stream\'s lines in time order, with the stream name, for --since', async () => {
			const output = await awsLogsText(binary, simulator!.url, 'tail', stream.logGroupName, '--log-stream-names', stream.logStreamName, '--since', '2m', '--format', 'detailed');
			const lines = output.trimEnd().split('\n');
			expect(lines.length).toBeGreaterThan(20);
			expect(lines.every(line => line.includes(` ${stream.logStreamName} `))).toBe(true);
			const times = lines.map(line => Date.parse(line.slice(0, line.indexOf(' '))));
			expect(times.every((t, i) => i === 0 || t >= times[i - 1]!)).toBe(true);
			expect(times[0]).toBeGreaterThan(clock.now() - 3 * minute);
		});

		it('filters with --filter-pattern across a prefix of streams', async () => {
			const output = await awsLogsText(binary, simulator!.url, 'tail', '/ecs/web', '--log-stream-name-prefix', 'ecs/app/', '--since', '10m', '--filter-pattern', '"GET /cart"', '--format', 'short');
			const lines = output.trimEnd().split('\n');
			expect(lines.length).toBeGreaterThan(0);
			expect(lines.every(line => line.includes('GET /cart'))).toBe(true);
		});
	});
});
