import {lastArnSegment} from './arn.js';

/** The console's host in each AWS partition. */
const CONSOLE_HOSTS: ReadonlyMap<string, string> = new Map([
	['aws', 'console.aws.amazon.com'],
	['aws-cn', 'console.amazonaws.cn'],
	['aws-us-gov', 'console.amazonaws-us-gov.com'],
]);

/**
 * The ECS console's page of a task, from its ARN (`arn:PARTITION:ecs:REGION:ACCOUNT:task/CLUSTER/ID`;
 * the old `task/ID` form takes the cluster from `clusterArn`). Null when the ARN is not one.
 */
export function taskConsoleUrl(taskArn: string, clusterArn: string | null): string | null {
	const [prefix, partition, service, region, , resource] = taskArn.split(':');
	const host = partition === undefined ? undefined : CONSOLE_HOSTS.get(partition);
	if (prefix !== 'arn' || service !== 'ecs' || host === undefined || region === undefined || !/^[a-z0-9-]+$/u.test(region) || resource === undefined) {
		return null;
	}

	const path = resource.split('/');
	const cluster = path.length === 3 ? path[1] : (clusterArn === null ? undefined : lastArnSegment(clusterArn));
	const id = path.at(-1);
	if (path[0] !== 'task' || cluster === undefined || cluster === '' || id === undefined || id === '') return null;
	const encode = encodeURIComponent;
	return `https://${region}.${host}/ecs/v2/clusters/${encode(cluster)}/tasks/${encode(id)}/configuration?region=${region}`;
}
