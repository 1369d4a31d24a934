import type {ServiceDeployment, ServiceDeploymentBrief, ServiceRevision} from '@aws-sdk/client-ecs';
import {describe, expect, it} from 'vitest';
import {briefToServiceDeploymentRow, revisionArnsOf, revisionTaskDefinitions, toServiceDeploymentRow} from '../../source/model/to-service-deployment-row.js';

const PREFIX = 'arn:aws:ecs:us-west-2:123456789012';
const SOURCE = `${PREFIX}:service-revision/example/sd-example/4980306466373577095`;
const TARGET = `${PREFIX}:service-revision/example/sd-example/4980306466373577096`;

// The shape of the API reference's DescribeServiceDeployments example, with a rollback added.
const deployment: ServiceDeployment = {
	serviceDeploymentArn: `${PREFIX}:service-deployment/example/sd-example/NCWGC2ZR-taawPAYrIaU5`,
	serviceArn: `${PREFIX}:service/example/sd-example`,
	clusterArn: `${PREFIX}:cluster/example`,
	createdAt: new Date('2024-10-31T08:03:24.000Z'),
	startedAt: new Date('2024-10-31T08:03:25.000Z'),
	updatedAt: new Date('2024-10-31T08:05:35.000Z'),
	sourceServiceRevisions: [{arn: SOURCE, requestedTaskCount: 0, runningTaskCount: 0, pendingTaskCount: 0}],
	targetServiceRevision: {arn: TARGET, requestedTaskCount: 1, runningTaskCount: 0, pendingTaskCount: 1},
	status: 'ROLLBACK_IN_PROGRESS',
	statusReason: 'ECS deployment circuit breaker: rolling back.',
	lifecycleStage: 'SCALE_UP',
	deploymentConfiguration: {maximumPercent: 200, minimumHealthyPercent: 100},
	rollback: {reason: 'Circuit breaker triggered', startedAt: new Date('2024-10-31T08:05:00.000Z'), serviceRevisionArn: SOURCE},
	deploymentCircuitBreaker: {status: 'TRIGGERED', failureCount: 3, threshold: 3},
	alarms: {status: 'DISABLED'},
};
const revisions: ServiceRevision[] = [
	{serviceRevisionArn: SOURCE, taskDefinition: `${PREFIX}:task-definition/sd-example:1`},
	{serviceRevisionArn: TARGET, taskDefinition: `${PREFIX}:task-definition/sd-example:2`},
];

describe('toServiceDeploymentRow', () => {
	it('flattens a described service deployment, task definitions from its revisions', () => {
		expect(toServiceDeploymentRow(deployment, revisionTaskDefinitions(revisions))).toEqual({
			arn: deployment.serviceDeploymentArn,
			serviceArn: deployment.serviceArn,
			clusterArn: deployment.clusterArn,
			status: 'ROLLBACK_IN_PROGRESS',
			statusReason: 'ECS deployment circuit breaker: rolling back.',
			lifecycleStage: 'SCALE_UP',
			source: [{arn: SOURCE, taskDefinition: 'sd-example:1', requestedTaskCount: 0, runningTaskCount: 0, pendingTaskCount: 0}],
			target: {arn: TARGET, taskDefinition: 'sd-example:2', requestedTaskCount: 1, runningTaskCount: 0, pendingTaskCount: 1},
			rollback: {reason: 'Circuit breaker triggered', startedAt: '2024-10-31T08:05:00.000Z', serviceRevisionArn: SOURCE},
			circuitBreaker: {status: 'TRIGGERED', failureCount: 3, threshold: 3},
			createdAt: '2024-10-31T08:03:24.000Z',
			startedAt: '2024-10-31T08:03:25.000Z',
			finishedAt: null,
			stoppedAt: null,
			updatedAt: '2024-10-31T08:05:35.000Z',
		});
	});

	it('leaves task definitions null without revisions, and every absent member null or empty', () => {
		expect(toServiceDeploymentRow(deployment).target?.taskDefinition).toBeNull();
		expect(toServiceDeploymentRow({})).toEqual({
			arn: '', serviceArn: null, clusterArn: null, status: null, statusReason: null, lifecycleStage: null, source: [], target: null,
			rollback: null, circuitBreaker: null, createdAt: null, startedAt: null, finishedAt: null, stoppedAt: null, updatedAt: null,
		});
	});

	it('names every revision a deployment mentions, each once', () => {
		expect(revisionArnsOf([deployment, {targetServiceRevision: {arn: TARGET}, rollback: {serviceRevisionArn: `${PREFIX}:service-revision/example/sd-example/3`}}])).toEqual([
			SOURCE, TARGET, `${PREFIX}:service-revision/example/sd-example/3`,
		]);
	});

	it('keeps the revision of a bare family:revision and skips revisions without a task definition', () => {
		expect(revisionTaskDefinitions([{serviceRevisionArn: 'r1', taskDefinition: 'web:7'}, {serviceRevisionArn: 'r2'}, {taskDefinition: 'web:8'}])).toEqual(new Map([['r1', 'web:7']]));
	});
});

describe('briefToServiceDeploymentRow', () => {
	it('keeps what ListServiceDeployments told', () => {
		const brief: ServiceDeploymentBrief = {
			serviceDeploymentArn: deployment.serviceDeploymentArn, serviceArn: deployment.serviceArn, clusterArn: deployment.clusterArn,
			startedAt: new Date('2024-10-31T08:03:25.000Z'), createdAt: new Date('2024-10-31T08:03:24.000Z'), finishedAt: new Date('2024-10-31T08:06:00.000Z'),
			targetServiceRevisionArn: TARGET, status: 'SUCCESSFUL', statusReason: 'done',
		};
		expect(briefToServiceDeploymentRow(brief, revisionTaskDefinitions(revisions))).toMatchObject({
			arn: deployment.serviceDeploymentArn, status: 'SUCCESSFUL', statusReason: 'done', source: [], rollback: null,
			target: {arn: TARGET, taskDefinition: 'sd-example:2', requestedTaskCount: null},
			createdAt: '2024-10-31T08:03:24.000Z', finishedAt: '2024-10-31T08:06:00.000Z', stoppedAt: null,
		});
		expect(briefToServiceDeploymentRow({}).target).toBeNull();
	});
});
