import {
	DeleteServiceCommand,
	DescribeServiceDeploymentsCommand,
	DescribeServiceRevisionsCommand,
	DescribeServicesCommand,
	ListServiceDeploymentsCommand,
	ListServicesCommand,
	UpdateServiceCommand,
	type ServiceDeployment,
} from '@aws-sdk/client-ecs';
import {describe, expect, it} from 'vitest';
import {revision, useSimulatorOverHttp} from './simulator-over-http.js';

const cluster = 'demo';
const prefix = 'arn:aws:ecs:us-east-1:123456789012:';

describe('the service deployment APIs, through the real SDK over HTTP', () => {
	const http = useSimulatorOverHttp();

	const list = async (input: {status?: Array<'PENDING' | 'IN_PROGRESS' | 'SUCCESSFUL' | 'STOPPED'>; createdAt?: {before?: Date; after?: Date}; maxResults?: number; nextToken?: string} = {}) =>
		http.client.send(new ListServiceDeploymentsCommand({cluster, service: 'web', ...input}));
	const describeOne = async (arn: string | undefined): Promise<ServiceDeployment> =>
		(await http.client.send(new DescribeServiceDeploymentsCommand({serviceDeploymentArns: [arn!]}))).serviceDeployments![0]!;

	const advanceUntil = async (done: () => Promise<boolean>): Promise<void> => http.advanceUntil(done, 15 * 60_000);

	it('lists the creation and each rollout newest first, with their revisions, counts and outcome', async () => {
		const {serviceDeployments: [creation] = []} = await list();
		expect(creation).toMatchObject({
			serviceArn: `${prefix}service/demo/web`,
			clusterArn: `${prefix}cluster/demo`,
			status: 'SUCCESSFUL',
			startedAt: expect.any(Date),
			finishedAt: expect.any(Date),
		});
		expect(creation?.serviceDeploymentArn).toMatch(/^arn:aws:ecs:us-east-1:123456789012:service-deployment\/demo\/web\/[\w-]{21}$/u);
		expect(creation?.targetServiceRevisionArn).toMatch(/^arn:aws:ecs:us-east-1:123456789012:service-revision\/demo\/web\/\d{19}$/u);
		const described = await describeOne(creation?.serviceDeploymentArn);
		expect(described.sourceServiceRevisions).toEqual([]);
		expect(described.targetServiceRevision).toEqual({arn: creation?.targetServiceRevisionArn, requestedTaskCount: 6, runningTaskCount: 6, pendingTaskCount: 0});
		expect(described.deploymentCircuitBreaker).toEqual({status: 'MONITORING_COMPLETE', failureCount: 0, threshold: 3});

		const updatedAt = new Date(http.clock.now());
		const {service} = await http.client.send(new UpdateServiceCommand({cluster, service: 'web', taskDefinition: 'web:42'}));
		expect(service?.deployments?.[0]).toMatchObject({status: 'PRIMARY', desiredCount: 0});
		const {serviceDeployments: [rollout, older] = []} = await list();
		expect(older?.serviceDeploymentArn).toBe(creation?.serviceDeploymentArn);
		expect(rollout).toMatchObject({status: 'PENDING', createdAt: updatedAt});
		expect(rollout?.startedAt).toBeUndefined();
		expect(rollout?.targetServiceRevisionArn).not.toBe(creation?.targetServiceRevisionArn);
		const pending = await describeOne(rollout?.serviceDeploymentArn);
		expect(pending.sourceServiceRevisions).toEqual([{arn: creation?.targetServiceRevisionArn, requestedTaskCount: 6, runningTaskCount: 6, pendingTaskCount: 0}]);
		expect(pending.deploymentConfiguration).toMatchObject({maximumPercent: 200, minimumHealthyPercent: 100, deploymentCircuitBreaker: {enable: true, rollback: true}});

		const stages: string[] = [];
		await advanceUntil(async () => {
			const now = await describeOne(rollout?.serviceDeploymentArn);
			if (now.lifecycleStage) stages.push(now.lifecycleStage);
			return now.status === 'SUCCESSFUL';
		});
		expect([...new Set(stages)]).toEqual(['SCALE_UP', 'CLEAN_UP']);
		const done = await describeOne(rollout?.serviceDeploymentArn);
		expect(done).toMatchObject({status: 'SUCCESSFUL', startedAt: expect.any(Date), finishedAt: expect.any(Date), deploymentCircuitBreaker: {status: 'MONITORING_COMPLETE'}});
		expect(done.targetServiceRevision).toMatchObject({requestedTaskCount: 6, runningTaskCount: 6, pendingTaskCount: 0});
		expect(done.sourceServiceRevisions?.[0]).toMatchObject({runningTaskCount: 0, pendingTaskCount: 0});

		const {serviceRevisions = [], failures} = await http.client.send(new DescribeServiceRevisionsCommand({
			serviceRevisionArns: [creation!.targetServiceRevisionArn!, rollout!.targetServiceRevisionArn!, `${prefix}service-revision/demo/web/1234567890123456789`],
		}));
		expect(serviceRevisions.map(r => revision(r.taskDefinition))).toEqual(['web:41', 'web:42']);
		expect(serviceRevisions[1]).toMatchObject({
			serviceArn: `${prefix}service/demo/web`,
			launchType: 'FARGATE',
			platformFamily: 'Linux',
			containerImages: [{containerName: 'app', image: 'public.ecr.aws/ecswatch/web:1.42.0'}, {containerName: 'envoy', image: 'public.ecr.aws/appmesh/aws-appmesh-envoy:v1.29.4.0-prod'}],
			createdAt: updatedAt,
		});
		expect(serviceRevisions[1]?.networkConfiguration?.awsvpcConfiguration?.subnets).toHaveLength(3);
		expect(failures).toEqual([{arn: `${prefix}service-revision/demo/web/1234567890123456789`, reason: 'MISSING'}]);
	});

	it('stops a deployment a newer UpdateService supersedes, and filters by status and creation time', async () => {
		http.clock.advance(60_000);
		await http.client.send(new UpdateServiceCommand({cluster, service: 'web', taskDefinition: 'web:42'}));
		http.clock.advance(10_000);
		const between = new Date(http.clock.now());
		http.clock.advance(10_000);
		await http.client.send(new UpdateServiceCommand({cluster, service: 'web', taskDefinition: 'web:41'}));
		const {serviceDeployments = []} = await list();
		expect(serviceDeployments.map(d => d.status)).toEqual(['PENDING', 'STOPPED', 'SUCCESSFUL']);
		expect((await describeOne(serviceDeployments[1]?.serviceDeploymentArn)).stoppedAt).toEqual(new Date(http.clock.now()));

		expect((await list({status: ['STOPPED']})).serviceDeployments?.map(d => d.status)).toEqual(['STOPPED']);
		expect((await list({status: ['SUCCESSFUL', 'PENDING']})).serviceDeployments).toHaveLength(2);
		expect((await list({createdAt: {after: between}})).serviceDeployments?.map(d => d.status)).toEqual(['PENDING']);
		expect((await list({createdAt: {before: between}})).serviceDeployments?.map(d => d.status)).toEqual(['STOPPED', 'SUCCESSFUL']);

		const first = await list({maxResults: 2});
		expect(first.serviceDeployments).toHaveLength(2);
		expect(first.nextToken).toEqual(expect.any(String));
		const second = await list({maxResults: 2, nextToken: first.nextToken!});
		expect(second.serviceDeployments?.map(d => d.serviceDeploymentArn)).toEqual([serviceDeployments[2]?.serviceDeploymentArn]);
		expect(second.nextToken).toBeUndefined();
	});

	it('answers ECS errors and failures for bad requests', async () => {
		await expect(list({maxResults: 101})).rejects.toMatchObject({name: 'InvalidParameterException'});
		await expect(http.client.send(new ListServiceDeploymentsCommand({cluster, service: 'nope'}))).rejects.toMatchObject({name: 'ServiceNotFoundException'});
		await expect(list({nextToken: 'bogus'})).rejects.toMatchObject({name: 'InvalidParameterException'});
		const tooMany = Array.from({length: 21}, (_, i) => `${prefix}service-deployment/demo/web/${String(i).padStart(21, 'x')}`);
		await expect(http.client.send(new DescribeServiceDeploymentsCommand({serviceDeploymentArns: tooMany}))).rejects.toMatchObject({name: 'InvalidParameterException'});
		await expect(http.client.send(new DescribeServiceRevisionsCommand({serviceRevisionArns: []}))).rejects.toMatchObject({name: 'InvalidParameterException'});
		const unknown = `${prefix}service-deployment/demo/web/NCWGC2ZR-taawPAYrIaU5`;
		expect(await http.client.send(new DescribeServiceDeploymentsCommand({serviceDeploymentArns: tooMany.slice(0, 20)}))).toMatchObject({serviceDeployments: [], failures: expect.arrayContaining([{arn: tooMany[0], reason: 'MISSING'}])});
		expect(await http.client.send(new DescribeServiceDeploymentsCommand({serviceDeploymentArns: [unknown]}))).toMatchObject({serviceDeployments: [], failures: [{arn: unknown, reason: 'MISSING'}]});
	});

	it('deletes a service: DRAINING at desired 0, then INACTIVE, described but no longer listed', async () => {
		await expect(http.client.send(new DeleteServiceCommand({cluster, service: 'web'}))).rejects.toMatchObject({
			name: 'InvalidParameterException',
			message: 'The service cannot be stopped while it is scaled above 0.',
		});
		const {service} = await http.client.send(new DeleteServiceCommand({cluster, service: 'web', force: true}));
		expect(service).toMatchObject({serviceName: 'web', status: 'DRAINING', desiredCount: 0});
		const listed = async () => (await http.client.send(new ListServicesCommand({cluster}))).serviceArns ?? [];
		expect(await listed()).not.toContain(`${prefix}service/demo/web`);
		const describe = async () => (await http.client.send(new DescribeServicesCommand({cluster, services: ['web']}))).services?.[0];
		await advanceUntil(async () => (await describe())?.status === 'INACTIVE');
		expect(await describe()).toMatchObject({status: 'INACTIVE', desiredCount: 0});
		await expect(http.client.send(new UpdateServiceCommand({cluster, service: 'web', desiredCount: 1}))).rejects.toMatchObject({name: 'ServiceNotActiveException'});
	});
});
