import type {ServiceRow} from '../../source/model/service-row.js';
import type {TaskRow} from '../../source/model/task-row.js';
import {FETCHED_AT} from '../helpers/fake-store.js';
import {makeDeployment, makeServiceRow} from '../helpers/service-row.js';
import {makeTaskRow} from '../helpers/task-row.js';

const TD = 'arn:aws:ecs:us-east-1:123456789012:task-definition/';
const minutesAgo = (minutes: number) => new Date(FETCHED_AT - minutes * 60_000).toISOString();
const ZONES = ['us-east-1a', 'us-east-1b', 'us-east-1c'];

/** `count` web tasks of one deployment, ids `<prefix>0…`, spread over three zones. */
export function webTasks(prefix: string, revision: number, deployment: string, count: number, overrides: Partial<TaskRow> = {}): TaskRow[] {
	return Array.from({length: count}, (_, index) => makeTaskRow({
		taskArn: `arn:aws:ecs:us-east-1:123456789012:task/prod/${prefix}${index}aaaaaaaaaaaaaaaa`,
		service: 'web', startedBy: deployment, taskDefinition: `web:${revision}`, family: 'web', revision,
		lastStatus: 'RUNNING', desiredStatus: 'RUNNING', healthStatus: 'HEALTHY', availabilityZone: ZONES[index % 3]!,
		privateIpv4: `10.0.${revision}.${index + 10}`, launchType: 'FARGATE', createdAt: minutesAgo(index + 1),
		...overrides,
	}));
}

/** Services that are done: `api 4/4`, `worker 3/3`. */
export function steadyServices(): ServiceRow[] {
	return ['api', 'worker'].map((name, index) => makeServiceRow({
		serviceName: name, desiredCount: 4 - index, runningCount: 4 - index,
		deployments: [makeDeployment({id: `ecs-svc/${name}`, taskDefinition: `${TD}${name}:3`, rolloutState: 'COMPLETED', desiredCount: 4 - index, runningCount: 4 - index, createdAt: minutesAgo(600)})],
	}));
}

/** web rolling from web:41 to web:42: three new tasks healthy, two pending; the old three still up. */
export function rollingWeb(): {services: ServiceRow[]; tasks: TaskRow[]} {
	const web = makeServiceRow({
		serviceName: 'web', desiredCount: 6, runningCount: 6, pendingCount: 2, circuitBreaker: {enable: true, rollback: true},
		deployments: [
			makeDeployment({id: 'ecs-svc/41', status: 'ACTIVE', taskDefinition: `${TD}web:41`, rolloutState: 'COMPLETED', desiredCount: 3, runningCount: 3, createdAt: minutesAgo(180)}),
			makeDeployment({
				id: 'ecs-svc/42', status: 'PRIMARY', taskDefinition: `${TD}web:42`, rolloutState: 'IN_PROGRESS', rolloutStateReason: 'ECS deployment ecs-svc/42 in progress.',
				desiredCount: 6, runningCount: 3, pendingCount: 2, failedTasks: 0, createdAt: minutesAgo(2),
			}),
		],
	});
	const tasks = [
		...webTasks('n', 42, 'ecs-svc/42', 3),
		...webTasks('p', 42, 'ecs-svc/42', 2, {lastStatus: 'PENDING', healthStatus: 'UNKNOWN', privateIpv4: null}),
		...webTasks('o', 41, 'ecs-svc/41', 3),
	];
	return {services: [web, ...steadyServices()], tasks};
}

/** web:42 failed its health checks; the circuit breaker rolls back to web:41 (two of six healthy so far). */
export function rollingBackWeb(): {services: ServiceRow[]; tasks: TaskRow[]} {
	const web = makeServiceRow({
		serviceName: 'web', desiredCount: 6, runningCount: 4, circuitBreaker: {enable: true, rollback: true},
		deployments: [
			makeDeployment({
				id: 'ecs-svc/42', status: 'ACTIVE', taskDefinition: `${TD}web:42`, rolloutState: 'FAILED',
				rolloutStateReason: 'ECS deployment circuit breaker: tasks failed to start.', desiredCount: 0, runningCount: 2, failedTasks: 4, createdAt: minutesAgo(9),
			}),
			makeDeployment({
				id: 'ecs-svc/43', status: 'PRIMARY', taskDefinition: `${TD}web:41`, rolloutState: 'IN_PROGRESS',
				rolloutStateReason: 'ECS deployment detected rollback.', desiredCount: 6, runningCount: 2, pendingCount: 1, failedTasks: 0, createdAt: minutesAgo(1),
			}),
		],
	});
	const tasks = [
		...webTasks('r', 41, 'ecs-svc/43', 2),
		...webTasks('b', 42, 'ecs-svc/42', 2, {healthStatus: 'UNHEALTHY', desiredStatus: 'STOPPED'}),
	];
	return {services: [web], tasks};
}
