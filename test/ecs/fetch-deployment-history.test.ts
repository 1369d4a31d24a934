import {
	DescribeServiceDeploymentsCommand,
	type DescribeServiceDeploymentsCommandInput,
	DescribeServiceRevisionsCommand,
	type DescribeServiceRevisionsCommandInput,
	ECSClient,
	ListServiceDeploymentsCommand,
	type ListServiceDeploymentsCommandInput,
	type ServiceDeployment,
} from '@aws-sdk/client-ecs';
import {mockClient} from 'aws-sdk-client-mock';
import {beforeEach, describe, expect, it} from 'vitest';
import {fetchDeploymentHistory} from '../../source/ecs/fetch-deployment-history.js';
import {pageOf} from './paged-fakes.js';

const ecsMock = mockClient(ECSClient);
const client = new ECSClient({region: 'us-east-1'});
const PREFIX = 'arn:aws:ecs:us-east-1:123456789012';
const deploymentArn = (n: number) => `${PREFIX}:service-deployment/prod/web/sd-${n}`;
const revisionArn = (n: number) => `${PREFIX}:service-revision/prod/web/${n}`;
/** Deployment n moves from revision n to revision n + 1, created n minutes after midnight. */
const at = (n: number) => new Date(Date.UTC(2026, 0, 1, 0, n));
const described = (n: number): ServiceDeployment => ({
	serviceDeploymentArn: deploymentArn(n),
	serviceArn: `${PREFIX}:service/prod/web`,
	clusterArn: `${PREFIX}:cluster/prod`,
	status: n === 0 ? 'ROLLBACK_SUCCESSFUL' : 'SUCCESSFUL',
	createdAt: at(n),
	sourceServiceRevisions: [{arn: revisionArn(n), requestedTaskCount: 2, runningTaskCount: 0, pendingTaskCount: 0}],
	targetServiceRevision: {arn: revisionArn(n + 1), requestedTaskCount: 2, runningTaskCount: 2, pendingTaskCount: 0},
	...(n === 0 ? {rollback: {reason: 'Circuit breaker', startedAt: at(1), serviceRevisionArn: revisionArn(0)}} : {}),
});

/** A service with `count` deployments, listed newest first as ECS shows them. */
function serviceWith(count: number) {
	const arns = Array.from({length: count}, (_, i) => deploymentArn(count - 1 - i));
	const listInputs: ListServiceDeploymentsCommandInput[] = [];
	ecsMock.on(ListServiceDeploymentsCommand).callsFake((input: ListServiceDeploymentsCommandInput) => {
		listInputs.push({...input});
		const page = pageOf(arns, input, 20);
		return {
			serviceDeployments: page.arns.map(arn => {
				const n = Number(arn.split('-').pop());
				return {serviceDeploymentArn: arn, status: 'SUCCESSFUL', createdAt: at(n), targetServiceRevisionArn: revisionArn(n + 1)};
			}),
			...(page.nextToken === undefined ? {} : {nextToken: page.nextToken}),
		};
	});
	ecsMock.on(DescribeServiceDeploymentsCommand).callsFake((input: DescribeServiceDeploymentsCommandInput) => ({
		serviceDeployments: (input.serviceDeploymentArns ?? []).map(arn => described(Number(arn.split('-').pop()))),
		failures: [],
	}));
	ecsMock.on(DescribeServiceRevisionsCommand).callsFake((input: DescribeServiceRevisionsCommandInput) => ({
		serviceRevisions: (input.serviceRevisionArns ?? []).map(arn => ({
			serviceRevisionArn: arn, taskDefinition: `${PREFIX}:task-definition/web:${arn.split('/').pop() ?? ''}`,
		})),
		failures: [],
	}));
	return {listInputs};
}

const denied = () => Object.assign(new Error('User is not authorized to perform: ecs:ListServiceDeployments'), {name: 'AccessDeniedException'});

beforeEach(() => {
	ecsMock.reset();
});

describe('fetchDeploymentHistory', () => {
	it('lists every page, newest first, each with its source and target task definitions', async () => {
		const {listInputs} = serviceWith(3);
		ecsMock.on(ListServiceDeploymentsCommand).callsFake((input: ListServiceDeploymentsCommandInput) => {
			listInputs.push({...input});
			// One per page, so that there is more than one page.
			const n = input.nextToken === undefined ? 2 : Number(input.nextToken);
			return {
				serviceDeployments: [{serviceDeploymentArn: deploymentArn(n), createdAt: at(n)}],
				...(n > 0 ? {nextToken: String(n - 1)} : {}),
			};
		});

		const rows = await fetchDeploymentHistory(client, {cluster: 'prod', service: 'web'});

		expect(listInputs.map(input => [input.cluster, input.service, input.nextToken, input.maxResults])).toEqual([
			['prod', 'web', undefined, 100], ['prod', 'web', '1', 100], ['prod', 'web', '0', 100],
		]);
		expect(rows.map(row => [row.status, row.source.map(ref => ref.taskDefinition), row.target?.taskDefinition, row.createdAt])).toEqual([
			['SUCCESSFUL', ['web:2'], 'web:3', '2026-01-01T00:02:00.000Z'],
			['SUCCESSFUL', ['web:1'], 'web:2', '2026-01-01T00:01:00.000Z'],
			['ROLLBACK_SUCCESSFUL', ['web:0'], 'web:1', '2026-01-01T00:00:00.000Z'],
		]);
		expect(rows[2]?.rollback).toEqual({reason: 'Circuit breaker', startedAt: '2026-01-01T00:01:00.000Z', serviceRevisionArn: revisionArn(0)});
		expect(rows[0]?.target).toEqual({arn: revisionArn(3), taskDefinition: 'web:3', requestedTaskCount: 2, runningTaskCount: 2, pendingTaskCount: 0});
	});

	it('describes deployments and revisions at most 20 per call, each revision once', async () => {
		serviceWith(45);

		const rows = await fetchDeploymentHistory(client, {cluster: 'prod', service: 'web'});

		expect(rows).toHaveLength(45);
		const deploymentBatches = ecsMock.commandCalls(DescribeServiceDeploymentsCommand).map(call => call.args[0].input.serviceDeploymentArns ?? []);
		expect(deploymentBatches.map(batch => batch.length)).toEqual([20, 20, 5]);
		expect(new Set(deploymentBatches.flat()).size).toBe(45);
		// Revisions 0…45: the sources and targets of 45 consecutive deployments.
		const revisionBatches = ecsMock.commandCalls(DescribeServiceRevisionsCommand).map(call => call.args[0].input.serviceRevisionArns ?? []);
		expect(revisionBatches.map(batch => batch.length)).toEqual([20, 20, 6]);
		expect(new Set(revisionBatches.flat()).size).toBe(46);
		expect(rows.map(row => row.target?.taskDefinition).slice(0, 2)).toEqual(['web:45', 'web:44']);
	});

	it('stops listing at the limit and asks only for what is left', async () => {
		const {listInputs} = serviceWith(250);

		const rows = await fetchDeploymentHistory(client, {cluster: 'prod', service: 'web', limit: 150});

		expect(listInputs.map(input => [input.nextToken, input.maxResults])).toEqual([[undefined, 100], ['100', 50]]);
		expect(rows).toHaveLength(150);
		expect(rows[0]?.arn).toBe(deploymentArn(249));
	});

	it('sorts by creation time, whatever order ECS listed them in', async () => {
		serviceWith(3);
		ecsMock.on(ListServiceDeploymentsCommand).resolves({serviceDeployments: [1, 2, 0].map(n => ({serviceDeploymentArn: deploymentArn(n), createdAt: at(n)}))});

		const rows = await fetchDeploymentHistory(client, {cluster: 'prod', service: 'web'});

		expect(rows.map(row => row.arn)).toEqual([deploymentArn(2), deploymentArn(1), deploymentArn(0)]);
	});

	it('keeps the brief of a deployment ECS could not describe', async () => {
		serviceWith(2);
		ecsMock.on(DescribeServiceDeploymentsCommand).resolves({
			serviceDeployments: [described(1)],
			failures: [{arn: deploymentArn(0), reason: 'MISSING'}],
		});

		const rows = await fetchDeploymentHistory(client, {cluster: 'prod', service: 'web'});

		expect(rows.map(row => [row.arn, row.status, row.source.length, row.target?.taskDefinition])).toEqual([
			[deploymentArn(1), 'SUCCESSFUL', 1, 'web:2'],
			[deploymentArn(0), 'SUCCESSFUL', 0, 'web:1'],
		]);
	});

	it('makes no describe calls for a service without deployments', async () => {
		ecsMock.on(ListServiceDeploymentsCommand).resolves({serviceDeployments: []});
		expect(await fetchDeploymentHistory(client, {cluster: 'prod', service: 'web'})).toEqual([]);
		expect(ecsMock.commandCalls(DescribeServiceDeploymentsCommand)).toHaveLength(0);
		expect(ecsMock.commandCalls(DescribeServiceRevisionsCommand)).toHaveLength(0);
	});

	it('rejects when listing is denied, so the screen can say so', async () => {
		ecsMock.on(ListServiceDeploymentsCommand).rejects(denied());
		await expect(fetchDeploymentHistory(client, {cluster: 'prod', service: 'web'})).rejects.toMatchObject({name: 'AccessDeniedException'});
	});

	it('lists the deployments without task definitions when describing revisions is denied, and from their briefs when describing deployments is', async () => {
		serviceWith(2);
		ecsMock.on(DescribeServiceRevisionsCommand).rejects(denied());
		const withoutRevisions = await fetchDeploymentHistory(client, {cluster: 'prod', service: 'web'});
		expect(withoutRevisions.map(row => [row.status, row.target?.taskDefinition, row.source[0]?.arn])).toEqual([
			['SUCCESSFUL', null, revisionArn(1)], ['ROLLBACK_SUCCESSFUL', null, revisionArn(0)],
		]);

		ecsMock.on(DescribeServiceDeploymentsCommand).rejects(denied());
		const briefsOnly = await fetchDeploymentHistory(client, {cluster: 'prod', service: 'web'});
		expect(briefsOnly.map(row => [row.arn, row.status, row.target?.arn])).toEqual([
			[deploymentArn(1), 'SUCCESSFUL', revisionArn(2)], [deploymentArn(0), 'SUCCESSFUL', revisionArn(1)],
		]);
	});

	it('rejects on other errors', async () => {
		serviceWith(2);
		ecsMock.on(DescribeServiceDeploymentsCommand).rejects(Object.assign(new Error('Rate exceeded'), {name: 'ThrottlingException'}));
		await expect(fetchDeploymentHistory(client, {cluster: 'prod', service: 'web'})).rejects.toMatchObject({name: 'ThrottlingException'});
	});

	it('sends nothing with a signal aborted already', async () => {
		serviceWith(2);
		const controller = new AbortController();
		controller.abort();
		await expect(fetchDeploymentHistory(client, {cluster: 'prod', service: 'web', signal: controller.signal})).rejects.toMatchObject({name: 'AbortError'});
		expect(ecsMock.calls()).toHaveLength(0);
	});
});
