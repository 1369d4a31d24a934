import {describe, expect, it} from 'vitest';
import {toServiceRow} from '../../source/model/to-service-row.js';
import {loadDescribeServices, SERVICE_FIXTURES} from '../helpers/fixtures.js';

const load = (name: (typeof SERVICE_FIXTURES)[number]) =>
	(loadDescribeServices(name).services ?? []).map((service) => toServiceRow(service));

describe('toServiceRow against the real DescribeServices fixtures', () => {
	it('maps every fixture to exactly one named service', () => {
		for (const fixture of SERVICE_FIXTURES) {
			const rows = load(fixture);
			expect(rows).toHaveLength(1);
			expect(rows[0]?.serviceName).not.toBe('');
		}
	});

	it('shows a rolling deployment: PRIMARY in progress, ACTIVE completed, capacity providers and no launch type', () => {
		const [row] = load('service-rolling-deploy-primary-in-progress-active-completed.placebo.json');
		expect(row).toMatchObject({
			serviceName: 'redash-server',
			clusterArn: 'arn:aws:ecs:us-east-2:644160558196:cluster/dev-redash',
			status: 'ACTIVE',
			desiredCount: 1,
			runningCount: 1,
			pendingCount: 0,
			launchType: null,
			capacityProviders: ['FARGATE'],
			minimumHealthyPercent: 100,
			maximumPercent: 200,
			circuitBreaker: {enable: false, rollback: false},
			events: [],
		});
		expect(row?.deployments).toEqual([
			{
				id: 'ecs-svc/5219324069200109376', status: 'PRIMARY',
				taskDefinition: 'arn:aws:ecs:us-east-2:644160558196:task-definition/dev-redash-server:77',
				rolloutState: 'IN_PROGRESS', rolloutStateReason: 'ECS deployment ecs-svc/5219324069200109376 in progress.',
				desiredCount: 0, runningCount: 0, pendingCount: 0, failedTasks: 0, launchType: null,
				createdAt: '2024-02-12T12:44:57.956Z', updatedAt: '2024-02-12T12:44:57.956Z',
			},
			{
				id: 'ecs-svc/5377507045281168538', status: 'ACTIVE',
				taskDefinition: 'arn:aws:ecs:us-east-2:644160558196:task-definition/dev-redash-server:75',
				rolloutState: 'COMPLETED', rolloutStateReason: 'ECS deployment ecs-svc/5377507045281168538 completed.',
				desiredCount: 1, runningCount: 1, pendingCount: 0, failedTasks: 0, launchType: null,
				createdAt: '2024-01-26T15:17:13.482Z', updatedAt: '2024-02-12T12:44:57.957Z',
			},
		]);
	});

	it('shows a steady service with its event, and null where the old example has no field', () => {
		const [row] = load('service-simple-steady-state.cli-example.json');
		expect(row).toMatchObject({
			serviceName: 'my-http-service', desiredCount: 10, runningCount: 10, capacityProviders: [],
			minimumHealthyPercent: null, circuitBreaker: null,
		});
		expect(row?.deployments[0]).toMatchObject({status: 'PRIMARY', rolloutState: null, failedTasks: null, runningCount: 10});
		expect(row?.events).toEqual([{
			id: 'a1b2c3d4-5678-90ab-cdef-11111EXAMPLE',
			createdAt: '2016-06-24T20:56:52.435Z',
			message: '(service my-http-service) has reached a steady state.',
		}]);
	});

	it('keeps the unable-to-place event text whole', () => {
		const [row] = load('service-unable-to-place-task.botocore-example.json');
		expect(row).toMatchObject({serviceName: 'ecs-simple-service', desiredCount: 1, runningCount: 0});
		expect(row?.events[0]?.message).toMatch(/^\(service ecs-simple-service\) was unable to place a task because no container instance met all of its requirements\./u);
		expect(row?.events[0]?.createdAt).toBe('2016-08-29T16:25:58.520Z');
	});

	it('falls back to the ARN for a service without a name', () => {
		expect(toServiceRow({serviceArn: 'arn:aws:ecs:us-east-1:1:service/c/web'}).serviceName).toBe('web');
	});
});

describe('toServiceRow of a blue/green (CODE_DEPLOY) service', () => {
	it('keeps the controller and the task sets of the real fixture, with no deployments', () => {
		const [raw] = loadDescribeServices('service-codedeploy-tasksets-no-deployments.placebo.json').services ?? [];
		const row = toServiceRow(raw ?? {});
		expect(row).toMatchObject({serviceName: 'test-task-set-delete', status: 'ACTIVE', controller: 'CODE_DEPLOY', deployments: [], desiredCount: 1, runningCount: 1});
		expect(row.taskSets).toEqual([{
			id: 'ecs-svc/4201323268728819917',
			taskSetArn: 'arn:aws:ecs:us-east-1:644160558196:task-set/timmy-test-cluster/test-task-set-delete/ecs-svc/4201323268728819917',
			status: 'PRIMARY',
			taskDefinition: 'arn:aws:ecs:us-east-1:644160558196:task-definition/c7n-test-task-def:2',
			computedDesiredCount: 1, runningCount: 1, pendingCount: 0,
			scale: {value: 100, unit: 'PERCENT'},
			stabilityStatus: 'STEADY_STATE',
			externalId: null, startedBy: null,
			createdAt: '2024-03-12T19:49:24.781Z', updatedAt: '2024-03-12T19:50:19.876Z',
		}]);
		expect(row.events[3]?.message).toBe('(service test-task-set-delete, taskSet ecs-svc/4201323268728819917) has started 1 tasks: (task 601dade4334d4864a4fb6da44a0ea8ff).');
		expect(row.latestDeployment).toBeUndefined();
	});

	it('takes the target groups of the service and of its task sets, each once (the real fixture has one, shared)', () => {
		const [raw] = loadDescribeServices('service-codedeploy-tasksets-no-deployments.placebo.json').services ?? [];
		const shared = {targetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:644160558196:targetgroup/test-task-set-tg/47a3a7a81ab3db0e', loadBalancerName: null, containerName: 'sample-app', containerPort: 80};
		expect(toServiceRow(raw ?? {}).loadBalancers).toEqual([shared]);
		const blue = {targetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:1:targetgroup/blue/1', containerName: 'app', containerPort: 8080};
		const green = {...blue, targetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:1:targetgroup/green/2'};
		const row = toServiceRow({loadBalancers: [blue], taskSets: [{id: 'ecs-svc/1', loadBalancers: [blue]}, {id: 'ecs-svc/2', loadBalancers: [green]}]});
		expect(row.loadBalancers.map(balancer => balancer.targetGroupArn)).toEqual([blue.targetGroupArn, green.targetGroupArn]);
	});

	it('takes the task set id from its ARN when ECS gives none', () => {
		expect(toServiceRow({taskSets: [{taskSetArn: 'arn:aws:ecs:us-east-1:1:task-set/c/web/ecs-svc/77'}]}).taskSets[0]?.id).toBe('ecs-svc/77');
	});
});
