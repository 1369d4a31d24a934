import type {EcsContainerDefinition} from '../../../source/model/logs/container-definition.js';

/**
 * Real task definitions' `containerDefinitions`, as published:
 * - AWSLOGS: the ECS Developer Guide, "Example Amazon ECS task definition: Route logs to CloudWatch"
 *   (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specify-log-config.html), unchanged.
 * - FIRELENS: aws-samples/amazon-ecs-firelens-examples @ 1368aea5c8e3d7bfdb47138a73fcbc72f47be523,
 *   examples/fluent-bit/cloudwatchlogs/task-definition.json, unchanged.
 * - NO_LOG_CONFIGURATION: the AWS CLI's register-task-definition example (family sleep360).
 * - AWSLOGS_NO_PREFIX: AWSLOGS with `awslogs-stream-prefix` removed (EC2 only: Fargate requires one).
 */
export const AWSLOGS: EcsContainerDefinition[] = JSON.parse(`[
	{"name": "wordpress", "links": ["mysql"], "image": "public.ecr.aws/docker/library/wordpress:latest", "essential": true,
		"portMappings": [{"containerPort": 80, "hostPort": 80}],
		"logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-create-group": "true", "awslogs-group": "awslogs-wordpress", "awslogs-region": "us-west-2", "awslogs-stream-prefix": "awslogs-example"}},
		"memory": 500, "cpu": 10},
	{"environment": [{"name": "MYSQL_ROOT_PASSWORD", "value": "password"}], "name": "mysql", "image": "public.ecr.aws/docker/library/mysql:latest", "cpu": 10, "memory": 500, "essential": true,
		"logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-create-group": "true", "awslogs-group": "awslogs-mysql", "awslogs-region": "us-west-2", "awslogs-stream-prefix": "awslogs-example", "mode": "non-blocking", "max-buffer-size": "25m"}}}
]`) as EcsContainerDefinition[];

export const FIRELENS: EcsContainerDefinition[] = JSON.parse(`[
	{"essential": true, "image": "906394416424.dkr.ecr.us-east-1.amazonaws.com/aws-for-fluent-bit:latest", "name": "log_router",
		"firelensConfiguration": {"type": "fluentbit"},
		"logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "firelens-container", "awslogs-region": "us-west-2", "awslogs-create-group": "true", "awslogs-stream-prefix": "firelens"}},
		"memoryReservation": 50},
	{"essential": true, "image": "nginx", "name": "app",
		"logConfiguration": {"logDriver": "awsfirelens", "options": {"Name": "cloudwatch", "region": "us-west-2", "log_group_name": "/aws/ecs/containerinsights/$(ecs_cluster)/application", "auto_create_group": "true", "log_stream_name": "$(ecs_task_id)"}},
		"memoryReservation": 100}
]`) as EcsContainerDefinition[];

export const NO_LOG_CONFIGURATION: EcsContainerDefinition[] = JSON.parse(`[
	{"name": "sleep", "image": "busybox", "cpu": 10, "command": ["sleep", "360"], "memory": 10, "essential": true}
]`) as EcsContainerDefinition[];

export const AWSLOGS_NO_PREFIX: EcsContainerDefinition[] = AWSLOGS.map((definition) => {
	const options = {...definition.logConfiguration?.options};
	delete options['awslogs-stream-prefix'];
	return {...definition, logConfiguration: {...definition.logConfiguration, options}};
});
