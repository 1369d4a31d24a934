import {describe, expect, it} from 'vitest';
import type {EcsTask} from '../../source/model/ecs-types.js';
import {toTaskRow} from '../../source/model/to-task-row.js';
import {loadDescribeTasks, TASK_FIXTURES} from '../helpers/fixtures.js';

type Expected = {
	taskId: string;
	service: string | null;
	taskDefinition: string;
	revision: number;
	lastStatus: string;
	healthStatus: string | null;
	availabilityZone: string | null;
	eniId: string | null;
	privateIpv4: string | null;
	subnetId: string | null;
	attachmentStatus: string | null;
	launchType: string;
	capacityProviderName: string | null;
	hostPorts: Array<{hostPort: number; containerPort: number}>;
	createdAt: string;
};

const expected: Record<(typeof TASK_FIXTURES)[number], Expected[]> = {
	'ec2-running-networkbindings-no-eni.json': [{
		taskId: '4d590253bb114126b7afa7b58eea9221', service: 'testupdate', taskDefinition: 'console-sample-app-static2:1',
		revision: 1, lastStatus: 'RUNNING', healthStatus: 'UNKNOWN', availabilityZone: 'us-east-1b', eniId: null,
		privateIpv4: null, subnetId: null, attachmentStatus: null, launchType: 'EC2', capacityProviderName: null,
		hostPorts: [{hostPort: 80, containerPort: 80}], createdAt: '2021-08-11T16:21:26.681Z',
	}],
	'fargate-two-tasks-running-unknown-health.json': [
		{
			taskId: '74de0355a10a4f979ac495c14EXAMPLE', service: 'tdsevicetag', taskDefinition: 'webserver:2', revision: 2,
			lastStatus: 'RUNNING', healthStatus: 'UNKNOWN', availabilityZone: 'us-east-1b', eniId: 'eni-0fa40520aeEXAMPLE',
			privateIpv4: '10.0.1.184', subnetId: 'subnet-0d0eab1bb3EXAMPLE', attachmentStatus: 'ATTACHED',
			launchType: 'FARGATE', capacityProviderName: null, hostPorts: [], createdAt: '2021-12-20T17:13:20.226Z',
		},
		{
			taskId: 'd789e94343414c25b9f6bd59eEXAMPLE', service: 'tdsevicetag', taskDefinition: 'webserver:2', revision: 2,
			lastStatus: 'RUNNING', healthStatus: 'UNKNOWN', availabilityZone: 'us-east-1b', eniId: 'eni-064c7766daEXAMPLE',
			privateIpv4: '10.0.1.41', subnetId: 'subnet-0d0eab1bb3EXAMPLE', attachmentStatus: 'ATTACHED',
			launchType: 'FARGATE', capacityProviderName: null, hostPorts: [], createdAt: '2021-12-20T17:13:20.226Z',
		},
	],
	'fargate-running-epoch-timestamps.cli-v1-example.json': [{
		taskId: '1234567890123456789', service: 'fargate-service', taskDefinition: 'sample-fargate:2', revision: 2,
		lastStatus: 'RUNNING', healthStatus: 'UNKNOWN', availabilityZone: null, eniId: 'eni-12344321',
		privateIpv4: '10.0.0.4', subnetId: 'subnet-12344321', attachmentStatus: 'ATTACHED', launchType: 'FARGATE',
		capacityProviderName: null, hostPorts: [], createdAt: '2019-05-06T09:13:31.644Z',
	}],
	'fargate-spot-provisioning-attaching-and-pending.placebo.json': [
		{
			taskId: '575e66d2c7814af6aab4d3ec8ab58dab', service: null, taskDefinition: 'app-fargate-task:1', revision: 1,
			lastStatus: 'PROVISIONING', healthStatus: 'UNKNOWN', availabilityZone: 'us-east-1a', eniId: 'eni-0d77e756c403bc543',
			privateIpv4: '10.205.2.28', subnetId: 'subnet-07c118e47bb84cee7', attachmentStatus: 'ATTACHING',
			launchType: 'FARGATE', capacityProviderName: 'FARGATE_SPOT', hostPorts: [], createdAt: '2021-02-23T03:27:17.901Z',
		},
		{
			taskId: 'ab3791544fcc4bd2a501edb673f037f6', service: null, taskDefinition: 'webapp-fargate-task:1', revision: 1,
			lastStatus: 'PENDING', healthStatus: 'UNKNOWN', availabilityZone: 'us-east-1b', eniId: 'eni-0c3042130d331bd71',
			privateIpv4: '10.0.0.57', subnetId: 'subnet-05b58b4afe5124322', attachmentStatus: 'ATTACHED',
			launchType: 'FARGATE', capacityProviderName: 'FARGATE_SPOT', hostPorts: [], createdAt: '2021-02-23T03:27:03.213Z',
		},
	],
	'fargate-provisioning-precreated-eni-plus-ebs.runtask-response.json': [{
		taskId: '7f1fbd3629434cc4b82d72d2f09b67c9', service: null, taskDefinition: 'mytaskdef:4', revision: 4,
		lastStatus: 'PROVISIONING', healthStatus: null, availabilityZone: 'us-west-2b', eniId: null, privateIpv4: null,
		subnetId: 'subnet-070982705451dad82', attachmentStatus: 'PRECREATED', launchType: 'FARGATE',
		capacityProviderName: null, hostPorts: [], createdAt: '2025-01-23T16:29:46.650Z',
	}],
	'seed-fargate-ui-task.json': [{
		taskId: '70137dd0c1d14cf982e5a6b7446c5f54', service: 'ui', taskDefinition: 'retail-store-ecs-ui:8', revision: 8,
		lastStatus: 'RUNNING', healthStatus: 'HEALTHY', availabilityZone: 'us-west-2b', eniId: 'eni-0a6c55131166f85c8',
		privateIpv4: '10.0.4.128', subnetId: 'subnet-08c4050330714ed3d', attachmentStatus: 'ATTACHED',
		launchType: 'FARGATE', capacityProviderName: null, hostPorts: [], createdAt: '2024-04-10T08:09:29.943Z',
	}],
};

describe('toTaskRow against every real DescribeTasks fixture', () => {
	for (const fixture of TASK_FIXTURES) {
		it(`extracts what the grid shows from ${fixture}`, () => {
			const rows = (loadDescribeTasks(fixture).tasks ?? []).map((task) => toTaskRow(task));
			expect(rows.map((row) => ({
				taskId: row.taskId, service: row.service, taskDefinition: row.taskDefinition, revision: row.revision,
				lastStatus: row.lastStatus, healthStatus: row.healthStatus, availabilityZone: row.availabilityZone,
				eniId: row.eniId, privateIpv4: row.privateIpv4, subnetId: row.subnetId,
				attachmentStatus: row.attachmentStatus, launchType: row.launchType,
				capacityProviderName: row.capacityProviderName,
				hostPorts: row.hostPorts.map(({hostPort, containerPort}) => ({hostPort, containerPort})),
				createdAt: row.createdAt,
			}))).toEqual(expected[fixture]);
		});
	}
});

describe('toTaskRow details', () => {
	it('keeps the EC2 bridge binding complete, with no ENI invented', () => {
		const [task] = loadDescribeTasks('ec2-running-networkbindings-no-eni.json').tasks ?? [];
		const row = toTaskRow(task!);
		expect(row.hostPorts).toEqual([{containerName: 'simple-app', bindIp: '0.0.0.0', containerPort: 80, hostPort: 80, protocol: 'tcp'}]);
		expect(row.containerInstanceArn).toContain('container-instance/test/');
		expect(row.attachments).toEqual([]);
		expect(row.macAddress).toBeNull();
		expect(row.ipv6).toBeNull();
	});

	it('reads MAC and private DNS name from the ENI details, null where the attachment has none', () => {
		const [seed] = loadDescribeTasks('seed-fargate-ui-task.json').tasks ?? [];
		expect(toTaskRow(seed!)).toMatchObject({
			macAddress: '06:39:15:1c:ae:1f',
			privateDnsName: 'ip-10-0-4-128.us-west-2.compute.internal',
			platformVersion: '1.4.0',
			startedAt: '2024-04-10T08:10:44.148Z',
			stoppedAt: null,
		});
		const [epoch] = loadDescribeTasks('fargate-running-epoch-timestamps.cli-v1-example.json').tasks ?? [];
		expect(toTaskRow(epoch!).privateDnsName).toBeNull();
	});

	it('lists non-ENI attachments without taking ENI fields from them', () => {
		const [task] = loadDescribeTasks('fargate-provisioning-precreated-eni-plus-ebs.runtask-response.json').tasks ?? [];
		const row = toTaskRow(task!);
		expect(row.attachments.map((a) => [a.type, a.status])).toEqual([
			['ElasticNetworkInterface', 'PRECREATED'],
			['AmazonElasticBlockStorage', 'CREATED'],
		]);
		expect(row.attachments[1]?.details).toContainEqual({name: 'volumeName', value: 'myEBSVolume'});
		expect(row.containers).toEqual([expect.objectContaining({name: 'container-using-ebs', lastStatus: 'PENDING', privateIpv4: null})]);
	});

	it('keeps tags', () => {
		const [task] = loadDescribeTasks('fargate-spot-provisioning-attaching-and-pending.placebo.json').tasks ?? [];
		expect(toTaskRow(task!).tags).toEqual([{key: 'aws:ecs:clusterName', value: 'c7n-fargate-test'}]);
	});

	it('falls back to the containers\' network interfaces when the attachment lacks the addresses', () => {
		const task: EcsTask = {
			taskArn: 'arn:aws:ecs:us-east-1:1:task/4f6a1d2e-0000-4000-8000-000000000001',
			attachments: [{id: 'att-1', type: 'ElasticNetworkInterface', status: 'ATTACHING', details: [
				{name: 'subnetId', value: 'subnet-1'},
				{name: 'networkInterfaceId', value: 'eni-1'},
			]}],
			containers: [
				{name: 'sidecar', networkInterfaces: []},
				{name: 'app', networkInterfaces: [{attachmentId: 'att-1', privateIpv4Address: '10.1.2.3', ipv6Address: '2600:1f18::5'}]},
			],
		};
		expect(toTaskRow(task)).toMatchObject({
			taskId: '4f6a1d2e-0000-4000-8000-000000000001', eniId: 'eni-1', privateIpv4: '10.1.2.3', ipv6: '2600:1f18::5',
		});
	});

	it('reads an IPv6 address from the ENI details', () => {
		const task: EcsTask = {
			taskArn: 'arn:aws:ecs:us-east-1:1:task/c/abc',
			attachments: [{type: 'ElasticNetworkInterface', details: [{name: 'ipv6Address', value: '2600:1f18::9'}]}],
		};
		expect(toTaskRow(task).ipv6).toBe('2600:1f18::9');
	});

	it('leaves every field of an empty task null rather than inventing it', () => {
		const row = toTaskRow({taskArn: 'arn:aws:ecs:us-east-1:1:task/c/abc'});
		expect(row).toMatchObject({
			taskId: 'abc', service: null, taskDefinition: null, revision: null, lastStatus: null, eniId: null,
			privateIpv4: null, attachmentStatus: null, createdAt: null, version: null,
		});
		expect(row.hostPorts).toEqual([]);
		expect(row.tags).toEqual([]);
	});

	it('keeps raw strings untouched (sanitising happens at render time)', () => {
		const reason = 'Essential container exited\u001B[31m';
		expect(toTaskRow({taskArn: 'x', stoppedReason: reason}).stoppedReason).toBe(reason);
	});
});

describe('toTaskRow of a task that never started (real TaskFailedToStart fixture)', () => {
	const [raw] = loadDescribeTasks('task-stopped-taskfailedtostart-cannotpull.placebo.json').tasks ?? [];
	const row = toTaskRow(raw ?? {});

	it('keeps the stop code, the stop reason and the container reason with its trailing newline', () => {
		expect(row).toMatchObject({
			taskId: '21b23041dec947b996fcc7a8aa606d64', lastStatus: 'STOPPED', desiredStatus: 'STOPPED',
			stopCode: 'TaskFailedToStart', stoppedReason: 'Task failed to start', service: null, taskDefinition: 'task-public-no-vpc:1',
		});
		expect(row.containers).toHaveLength(1);
		expect(row.containers[0]).toMatchObject({name: 'webserver', lastStatus: 'STOPPED', exitCode: null, image: null});
		expect(row.containers[0]?.reason).toBe('CannotPullContainerError: API error (500): Get https://registry-1.docker.io/v2/: net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)\n');
	});

	it('has no startedAt and no availability zone, but the times it did reach', () => {
		expect(row).toMatchObject({
			startedAt: null, availabilityZone: null, createdAt: '2019-01-28T07:59:11.710Z', pullStartedAt: '2019-01-28T07:59:28.542Z',
			pullStoppedAt: '2019-01-28T08:01:51.542Z', stoppedAt: '2019-01-28T08:02:24.674Z',
		});
	});

	it('still shows the DELETED ENI’s id and address', () => {
		expect(row).toMatchObject({eniId: 'eni-0ef479fe627e8ccf5', privateIpv4: '10.0.42.109', attachmentStatus: 'DELETED', subnetId: 'subnet-71bda45c'});
	});
});
