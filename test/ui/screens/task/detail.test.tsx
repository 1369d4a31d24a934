import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import type {TaskRow} from '../../../../source/model/task-row.js';
import {snapshotOf} from '../../../helpers/fake-store.js';
import {makeTaskRow} from '../../../helpers/task-row.js';
import {KEYS, renderApp, selectedLine} from '../../render-app.js';
import {waitUntil} from '../../../helpers/wait-until.js';

process.env.TZ = 'UTC';
afterEach(cleanup);

function fullTask(overrides: Partial<TaskRow> = {}): TaskRow {
	return makeTaskRow({
		taskArn: 'arn:aws:ecs:us-east-1:123456789012:task/prod/0f1e2d3c4b5a69788796a5b4c3d2e1f0',
		clusterArn: 'arn:aws:ecs:us-east-1:123456789012:cluster/prod', service: 'web', group: 'service:web', startedBy: 'ecs-svc/1234',
		taskDefinition: 'web:12', family: 'web', revision: 12, lastStatus: 'STOPPED', desiredStatus: 'STOPPED', healthStatus: 'UNHEALTHY',
		availabilityZone: 'us-east-1a', eniId: 'eni-0a1b2c3d4e5f60718', privateIpv4: '10.0.1.17', subnetId: 'subnet-0abc',
		macAddress: '0a:1b:2c:3d:4e:5f', privateDnsName: 'ip-10-0-1-17.ec2.internal', attachmentStatus: 'DELETED',
		launchType: 'FARGATE', capacityProviderName: 'FARGATE_SPOT', platformVersion: '1.4.0', cpu: '256', memory: '512',
		stopCode: 'SpotInterruption', stoppedReason: 'Your Spot Task was interrupted.\u001B[2J', version: 5,
		createdAt: '2026-01-15T11:00:00.000Z', startedAt: '2026-01-15T11:01:00.000Z', stoppedAt: '2026-01-15T11:50:00.000Z',
		attachments: [{id: 'att-1', type: 'ElasticNetworkInterface', status: 'DELETED', details: [
			{name: 'subnetId', value: 'subnet-0abc'}, {name: 'networkInterfaceId', value: 'eni-0a1b2c3d4e5f60718'},
			{name: 'privateIPv4Address', value: '10.0.1.17'},
		]}],
		containers: [{
			name: 'app', image: 'public.ecr.aws/nginx/nginx:1.27', runtimeId: null, lastStatus: 'STOPPED', healthStatus: 'UNHEALTHY', exitCode: 137,
			reason: 'OutOfMemoryError', privateIpv4: '10.0.1.17', ipv6: null,
			ports: [{containerName: 'app', bindIp: null, containerPort: 80, hostPort: 80, protocol: 'tcp'}],
		}],
		tags: [{key: 'team', value: 'payments'}],
		...overrides,
	});
}

describe('task detail', () => {
	it('opens on Enter with every field, scrolls, and goes back on Esc', async () => {
		const app = renderApp(snapshotOf([fullTask()]), {height: 30});
		await app.press(KEYS.enter);
		expect(app.frame()).toMatchInlineSnapshot(`
			"ecswatch  clusters › prod › all tasks › 0f1e2d3c  us-east-1
			updated 12:00:00 · live · every 5s
			Task 0f1e2d3c4b5a69788796a5b4c3d2e1f0  lines 1–26 of 58
			Overview
			ARN                    arn:aws:ecs:us-east-1:123456789012:task/prod/0f1e2d3c4b5a69788796a5b4c3d2e1f0
			console                https://us-east-1.console.aws.amazon.com/ecs/v2/clusters/prod/tasks/0f1e2d3c…
			cluster                arn:aws:ecs:us-east-1:123456789012:cluster/prod
			service                web
			group                  service:web
			started by             ecs-svc/1234
			task definition        web:12
			last status            STOPPED
			desired status         STOPPED
			health                 UNHEALTHY
			stop code              SpotInterruption
			stopped reason         Your Spot Task was interrupted.�[2J
			availability zone      us-east-1a
			launch                 FARGATE_SPOT
			launch type            FARGATE
			capacity provider      FARGATE_SPOT
			platform version       1.4.0
			container instance     -
			cpu                    256
			memory                 512
			version                5
			Network
			ENI                    eni-0a1b2c3d4e5f60718
			private IPv4           10.0.1.17
			IPv6                   -
			? help  q quit  Esc back  ↑↓ scroll  J json  l logs  r refresh  p pause"
		`);
		await app.press(KEYS.pageDown);
		expect(app.frame()).toMatchInlineSnapshot(`
			"ecswatch  clusters › prod › all tasks › 0f1e2d3c  us-east-1
			updated 12:00:00 · live · every 5s
			Task 0f1e2d3c4b5a69788796a5b4c3d2e1f0  lines 26–51 of 58
			IPv6                   -
			subnet                 subnet-0abc
			MAC address            0a:1b:2c:3d:4e:5f
			private DNS            ip-10-0-1-17.ec2.internal
			attachment status      DELETED
			host ports             -
			Timestamps
			createdAt              2026-01-15T11:00:00.000Z
			pullStartedAt          -
			pullStoppedAt          -
			connectivityAt         -
			startedAt              2026-01-15T11:01:00.000Z
			stoppingAt             -
			executionStoppedAt     -
			stoppedAt              2026-01-15T11:50:00.000Z
			Attachments (1)
			  type                 ElasticNetworkInterface
			    id                 att-1
			    status             DELETED
			    subnetId           subnet-0abc
			    networkInterfaceId eni-0a1b2c3d4e5f60718
			    privateIPv4Address 10.0.1.17
			Containers (1)
			  name                 app
			    image              public.ecr.aws/nginx/nginx:1.27
			    status             STOPPED
			? help  q quit  Esc back  ↑↓ scroll  J json  l logs  r refresh  p pause"
		`);
		await app.press(KEYS.up);
		expect(app.frame()).toContain('lines 25–');
		await app.press(KEYS.escape);
		expect(selectedLine(app.frame())).toContain('0f1e2d3c');
	});

	it('keeps following its task across refreshes, and says when it is gone', async () => {
		const other = makeTaskRow({taskArn: 'arn:aws:ecs:us-east-1:123456789012:task/prod/aaaa0000', service: 'api'});
		const app = renderApp(snapshotOf([fullTask(), other]), {height: 30});
		await app.press(KEYS.down);
		await app.press(KEYS.enter);
		expect(app.frame()).toContain('Task 0f1e2d3c4b5a69788796a5b4c3d2e1f0');
		app.store.publish(snapshotOf([other, fullTask({healthStatus: 'HEALTHY'})]));
		await waitUntil(() => {
			expect(app.frame()).toMatch(/health +HEALTHY/u);
		});
		app.store.publish(snapshotOf([other]));
		await waitUntil(() => {
			expect(app.frame()).toContain('no longer reported');
		});
		await app.press(KEYS.escape);
		expect(selectedLine(app.frame())).toContain('aaaa0000');
	});
});
