import type {FirelensConfiguration, LogConfiguration} from '../engine/task-definitions.js';

/** The log group ECS's console creates for a family: `/ecs/<family>`. */
export const ecsLogGroup = (family: string): string => `/ecs/${family}`;

/**
 * awslogs to `/ecs/<family>` in `region` (using_awslogs.html). With a prefix (ECS's console uses
 * `ecs`) the streams are `prefix/container/taskId`; without one, the container's runtime id.
 */
export function awslogs(region: string, family: string, prefix: string | null = 'ecs'): LogConfiguration {
	const options: Record<string, string> = {'awslogs-group': ecsLogGroup(family), 'awslogs-region': region};
	if (prefix !== null) options['awslogs-stream-prefix'] = prefix;
	return {logDriver: 'awslogs', options};
}

/** FireLens sending a container's logs to a Kinesis Data Firehose delivery stream: nothing reaches CloudWatch Logs. */
export const firelensToFirehose = (region: string, deliveryStream: string): LogConfiguration => ({
	logDriver: 'awsfirelens',
	options: {Name: 'kinesis_firehose', region, delivery_stream: deliveryStream},
});

/** The log router container's own configuration: FireLens runs Fluent Bit in it. */
export const fluentBitRouter: FirelensConfiguration = {type: 'fluentbit', options: {'enable-ecs-log-metadata': 'true'}};
