// The least an SDK-based snapshot can do: ListTasks (every page) then DescribeTasks (100 at a
// time), printed as JSON. Bundled and minified like ecswatch, it is the floor of
// `ecswatch --once -o json` on the same simulator (baseline-bench.ts): what is left above it is
// ecswatch's own work (the services, their deployments, the targets, the stopped tasks).
import {DescribeTasksCommand, ECSClient, paginateListTasks, type Task} from '@aws-sdk/client-ecs';

const [endpoint = '', cluster = 'default'] = process.argv.slice(2);
const client = new ECSClient({endpoint});
const arns: string[] = [];
for await (const page of paginateListTasks({client, pageSize: 100}, {cluster})) arns.push(...(page.taskArns ?? []));
const tasks: Task[] = [];
for (let start = 0; start < arns.length; start += 100) {
	const described = await client.send(new DescribeTasksCommand({cluster, tasks: arns.slice(start, start + 100)}));
	tasks.push(...(described.tasks ?? []));
}

process.stdout.write(`${JSON.stringify(tasks)}\n`);
