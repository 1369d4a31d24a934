import {describe, expect, it} from 'vitest';
import {taskConsoleUrl} from '../../source/model/console-url.js';

describe('a task\'s ECS console URL', () => {
	it('comes from the task ARN, in its Region and partition', () => {
		expect(taskConsoleUrl('arn:aws:ecs:us-east-1:123456789012:task/prod/3f19677510ab2b9206633b63703c4e93', null))
			.toBe('https://us-east-1.console.aws.amazon.com/ecs/v2/clusters/prod/tasks/3f19677510ab2b9206633b63703c4e93/configuration?region=us-east-1');
		expect(taskConsoleUrl('arn:aws-cn:ecs:cn-north-1:123456789012:task/prod/abc', null))
			.toBe('https://cn-north-1.console.amazonaws.cn/ecs/v2/clusters/prod/tasks/abc/configuration?region=cn-north-1');
		expect(taskConsoleUrl('arn:aws-us-gov:ecs:us-gov-west-1:123456789012:task/prod/abc', null))
			.toBe('https://us-gov-west-1.console.amazonaws-us-gov.com/ecs/v2/clusters/prod/tasks/abc/configuration?region=us-gov-west-1');
	});

	it('takes the cluster from clusterArn for the old ARN format', () => {
		expect(taskConsoleUrl('arn:aws:ecs:eu-west-1:123456789012:task/5b6a1b2c-0000-4000-8000-000000000000', 'arn:aws:ecs:eu-west-1:123456789012:cluster/legacy'))
			.toBe('https://eu-west-1.console.aws.amazon.com/ecs/v2/clusters/legacy/tasks/5b6a1b2c-0000-4000-8000-000000000000/configuration?region=eu-west-1');
		expect(taskConsoleUrl('arn:aws:ecs:eu-west-1:123456789012:task/5b6a1b2c', null)).toBeNull();
	});

	it('is null for anything that is not a task ARN, so nothing hostile reaches a link', () => {
		for (const arn of ['', 'task/prod/abc', 'arn:aws:ecs:us-east-1\u0007:1:task/c/x', 'arn:aws:s3:::bucket', 'arn:evil:ecs:us-east-1:1:task/c/x', 'arn:aws:ecs:us-east-1:1:service/c/web']) {
			expect(taskConsoleUrl(arn, null), arn).toBeNull();
		}

		expect(taskConsoleUrl('arn:aws:ecs:us-east-1:1:task/c/x\u001B]8;;evil', null)).toBe('https://us-east-1.console.aws.amazon.com/ecs/v2/clusters/c/tasks/x%1B%5D8%3B%3Bevil/configuration?region=us-east-1');
	});
});
