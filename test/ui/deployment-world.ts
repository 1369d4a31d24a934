import type {ServiceRow, TaskSetRow} from '../../source/model/service-row.js';
import type {TaskRow} from '../../source/model/task-row.js';
import {FETCHED_AT} from '../helpers/fake-store.js';
import {makeDeployment, makeServiceRow} from '../helpers/service-row.js';
import {steadyServices, webTasks} from './rollout-world.js';

const TD = 'arn:aws:ecs:us-east-1:123456789012:task-definition/';
const minutesAgo = (minutes: number) => new Date(FETCHED_AT - minutes * 60_000).toISOString();

function taskSet(overrides: Partial<TaskSetRow>): TaskSetRow {
	return {
		id: 'ecs-svc/0', taskSetArn: null, status: 'PRIMARY', taskDefinition: null, computedDesiredCount: null, runningCount: null,
		pendingCount: null, scale: null, stabilityStatus: null, externalId: null, startedBy: null, createdAt: null, updatedAt: null,
		...overrides,
	};
}

/** checkout (CODE_DEPLOY) mid blue/green: the green task set (checkout:8) is up, traffic still on blue (checkout:7). */
export function blueGreenCheckout(): {services: ServiceRow[]; tasks: TaskRow[]} {
	const checkout = makeServiceRow({
		serviceName: 'checkout', controller: 'CODE_DEPLOY', desiredCount: 4, runningCount: 8, deployments: [],
		taskSets: [
			taskSet({
				id: 'ecs-svc/7780123456789012345', status: 'PRIMARY', taskDefinition: `${TD}checkout:7`, computedDesiredCount: 4, runningCount: 4,
				scale: {value: 100, unit: 'PERCENT'}, stabilityStatus: 'STEADY_STATE', createdAt: minutesAgo(300),
			}),
			taskSet({
				id: 'ecs-svc/8880123456789054321', status: 'ACTIVE', taskDefinition: `${TD}checkout:8`, computedDesiredCount: 4, runningCount: 3,
				pendingCount: 1, scale: {value: 100, unit: 'PERCENT'}, stabilityStatus: 'STABILIZING', startedBy: 'CodeDeploy', createdAt: minutesAgo(3),
			}),
		],
	});
	const tasks = [
		...webTasks('g', 8, 'ecs-svc/8880123456789054321', 3, {service: 'checkout', taskDefinition: 'checkout:8', family: 'checkout'}),
		...webTasks('b', 7, 'ecs-svc/7780123456789012345', 4, {service: 'checkout', taskDefinition: 'checkout:7', family: 'checkout'}),
	];
	return {services: [checkout], tasks};
}

/**
 * web rolls back to web:41 after web:42 failed: ECS's rollback deployment runs the same revision as
 * the deployment it replaced, so two lines (and two sets of tasks) are web:41, told apart by id.
 */
export function rollbackSameRevision(): {services: ServiceRow[]; tasks: TaskRow[]} {
	const web = makeServiceRow({
		serviceName: 'web', desiredCount: 4, runningCount: 4,
		deployments: [
			makeDeployment({
				id: 'ecs-svc/4201323268728819917', status: 'PRIMARY', taskDefinition: `${TD}web:41`, rolloutState: 'IN_PROGRESS',
				rolloutStateReason: 'ECS deployment detected rollback.', desiredCount: 4, runningCount: 2, createdAt: minutesAgo(1),
			}),
			makeDeployment({
				id: 'ecs-svc/1111222233334444555', status: 'ACTIVE', taskDefinition: `${TD}web:41`, rolloutState: 'COMPLETED',
				desiredCount: 2, runningCount: 2, createdAt: minutesAgo(240),
			}),
		],
	});
	const tasks = [
		...webTasks('n', 41, 'ecs-svc/4201323268728819917', 2),
		...webTasks('o', 41, 'ecs-svc/1111222233334444555', 2),
	];
	return {services: [web], tasks};
}

/** web being deleted (DeleteService --force): status DRAINING, desired 0, two tasks still stopping. */
export function drainingWeb(): {services: ServiceRow[]; tasks: TaskRow[]} {
	const web = makeServiceRow({
		serviceName: 'web', status: 'DRAINING', desiredCount: 0, runningCount: 2,
		deployments: [makeDeployment({id: 'ecs-svc/42', status: 'PRIMARY', taskDefinition: `${TD}web:42`, rolloutState: 'COMPLETED', desiredCount: 0, runningCount: 2, createdAt: minutesAgo(60)})],
	});
	return {services: [web, ...steadyServices()], tasks: webTasks('d', 42, 'ecs-svc/42', 2, {desiredStatus: 'STOPPED'})};
}
