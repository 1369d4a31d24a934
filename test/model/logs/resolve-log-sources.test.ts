import {describe, expect, it} from 'vitest';
import type {LogTask} from '../../../source/model/logs/container-definition.js';
import {pickContainer, regionOfArn, resolveLogSources} from '../../../source/model/logs/resolve-log-sources.js';
import {AWSLOGS, AWSLOGS_NO_PREFIX, FIRELENS, NO_LOG_CONFIGURATION} from './task-definitions.js';

const TASK_ID = '1dc5c17a422548bf8fc54a30b6d7d9b3';
const task = (containers: LogTask['containers'] = []): LogTask => ({
	taskArn: `arn:aws:ecs:eu-west-1:123456789012:task/prod/${TASK_ID}`, taskId: TASK_ID, containers,
});

describe('resolveLogSources', () => {
	it('names awslogs streams prefix/container/taskId, in the group and Region of each container', () => {
		expect(resolveLogSources(AWSLOGS, task())).toEqual([
			{kind: 'cloudwatch', taskId: TASK_ID, container: 'wordpress', group: 'awslogs-wordpress', stream: `awslogs-example/wordpress/${TASK_ID}`, region: 'us-west-2'},
			{kind: 'cloudwatch', taskId: TASK_ID, container: 'mysql', group: 'awslogs-mysql', stream: `awslogs-example/mysql/${TASK_ID}`, region: 'us-west-2'},
		]);
	});

	it('without a prefix, names the stream after the container\'s Docker id, unknown until ECS reports it', () => {
		const docker = '2a5ee8d1c6b3f0b8e33c5c22fc1b5a4fd1e2d0a4e0d26c6f4f2b3e1d5c7a9b8f';
		const sources = resolveLogSources(AWSLOGS_NO_PREFIX, task([{name: 'wordpress', runtimeId: docker}, {name: 'mysql', runtimeId: null}]));
		expect(sources).toEqual([
			{kind: 'cloudwatch', taskId: TASK_ID, container: 'wordpress', group: 'awslogs-wordpress', stream: docker, region: 'us-west-2'},
			{kind: 'stream-unknown', taskId: TASK_ID, container: 'mysql', group: 'awslogs-mysql'},
		]);
	});

	it('names FireLens (awsfirelens) as another driver, while the log router itself logs to CloudWatch', () => {
		expect(resolveLogSources(FIRELENS, task())).toEqual([
			{kind: 'cloudwatch', taskId: TASK_ID, container: 'log_router', group: 'firelens-container', stream: `firelens/log_router/${TASK_ID}`, region: 'us-west-2'},
			{kind: 'other-driver', taskId: TASK_ID, container: 'app', driver: 'awsfirelens'},
		]);
	});

	it('says a container without logConfiguration keeps no logs', () => {
		expect(resolveLogSources(NO_LOG_CONFIGURATION, task())).toEqual([{kind: 'no-log-configuration', taskId: TASK_ID, container: 'sleep'}]);
	});

	it('falls back to the task\'s Region when awslogs-region is absent', () => {
		const [definition] = AWSLOGS;
		const options = {...definition!.logConfiguration!.options};
		delete options['awslogs-region'];
		const [source] = resolveLogSources([{...definition, logConfiguration: {logDriver: 'awslogs', options}}], task());
		expect(source).toMatchObject({kind: 'cloudwatch', region: 'eu-west-1'});
	});

	it('names other drivers as they are (splunk, fluentd…)', () => {
		const [source] = resolveLogSources([{name: 'web', logConfiguration: {logDriver: 'splunk', options: {'splunk-url': 'https://splunk.example.com'}}}], task());
		expect(source).toEqual({kind: 'other-driver', taskId: TASK_ID, container: 'web', driver: 'splunk'});
	});
});

describe('pickContainer', () => {
	it('reads the scope\'s container when the task has it, and none when it does not', () => {
		const sources = resolveLogSources(AWSLOGS, task());
		expect(pickContainer(AWSLOGS, sources, 'mysql')).toBe('mysql');
		expect(pickContainer(AWSLOGS, sources, 'redis')).toBeNull();
	});

	it('defaults to the first essential container whose logs are in CloudWatch Logs', () => {
		const sources = resolveLogSources(FIRELENS, task());
		expect(pickContainer(FIRELENS, sources, null)).toBe('log_router');
		const appFirst = [FIRELENS[1]!, FIRELENS[0]!];
		expect(pickContainer(appFirst, resolveLogSources(appFirst, task()), null)).toBe('log_router');
	});

	it('skips a non-essential sidecar, and falls back to the first essential container when none is readable', () => {
		const sidecarFirst = [{...AWSLOGS[1]!, essential: false}, AWSLOGS[0]!];
		expect(pickContainer(sidecarFirst, resolveLogSources(sidecarFirst, task()), null)).toBe('wordpress');
		expect(pickContainer(NO_LOG_CONFIGURATION, resolveLogSources(NO_LOG_CONFIGURATION, task()), null)).toBe('sleep');
	});

	it('counts a container with an absent `essential` as essential, as ECS does', () => {
		const definitions = [{...AWSLOGS[1]!, essential: false}, {name: 'web', logConfiguration: AWSLOGS[0]!.logConfiguration}];
		expect(pickContainer(definitions, resolveLogSources(definitions, task()), null)).toBe('web');
	});
});

describe('regionOfArn', () => {
	it('reads the Region of an ARN, and nothing of an id', () => {
		expect(regionOfArn(`arn:aws:ecs:ap-south-1:123456789012:task/${TASK_ID}`)).toBe('ap-south-1');
		expect(regionOfArn(TASK_ID)).toBeNull();
	});
});
