import type {TaskRow} from '../../source/model/task-row.js';
import {makeTaskRow} from '../helpers/task-row.js';

const arn = (id: string) => `arn:aws:ecs:us-east-1:123456789012:task/prod/${id}`;

/** Five tasks covering the shapes the grid must show: healthy, on its way out, pending, bridge mode, stopped. */
export function sampleTasks(): TaskRow[] {
	return [
		makeTaskRow({
			taskArn: arn('1a2b3c4d5e6f40718293a4b5c6d7e8f9'), service: 'web', taskDefinition: 'web:12', family: 'web', revision: 12,
			lastStatus: 'RUNNING', desiredStatus: 'RUNNING', healthStatus: 'HEALTHY', availabilityZone: 'us-east-1a',
			eniId: 'eni-0a1b2c3d4e5f60718', privateIpv4: '10.0.1.17', launchType: 'FARGATE', capacityProviderName: 'FARGATE',
			createdAt: '2026-01-15T11:58:00Z',
		}),
		makeTaskRow({
			taskArn: arn('2b3c4d5e6f708192a3b4c5d6e7f80910'), service: 'web', taskDefinition: 'web:12', family: 'web', revision: 12,
			lastStatus: 'RUNNING', desiredStatus: 'STOPPED', healthStatus: 'UNHEALTHY', availabilityZone: 'us-east-1b',
			eniId: 'eni-0b1b2c3d4e5f60718', privateIpv4: '10.0.2.33', launchType: 'FARGATE', capacityProviderName: 'FARGATE_SPOT',
			createdAt: '2026-01-15T09:00:00Z',
		}),
		makeTaskRow({
			taskArn: arn('3c4d5e6f708192a3b4c5d6e7f8091011'), service: 'api', taskDefinition: 'api-backend-service:3', family: 'api-backend-service', revision: 3,
			lastStatus: 'PROVISIONING', desiredStatus: 'RUNNING', healthStatus: 'UNKNOWN', availabilityZone: 'us-east-1a',
			attachmentStatus: 'PRECREATED', launchType: 'FARGATE', createdAt: '2026-01-15T11:59:55Z',
		}),
		makeTaskRow({
			taskArn: arn('4d5e6f708192a3b4c5d6e7f809101112'), service: 'worker', taskDefinition: 'worker:7', family: 'worker', revision: 7,
			lastStatus: 'RUNNING', desiredStatus: 'RUNNING', availabilityZone: 'us-east-1c', launchType: 'EC2',
			hostPorts: [{containerName: 'worker', bindIp: '0.0.0.0', containerPort: 80, hostPort: 32768, protocol: 'tcp'}],
			createdAt: '2026-01-11T08:00:00Z',
		}),
		makeTaskRow({
			taskArn: arn('5e6f708192a3b4c5d6e7f80910111213'), service: 'web', taskDefinition: 'web:11', family: 'web', revision: 11,
			lastStatus: 'STOPPED', desiredStatus: 'STOPPED', healthStatus: 'UNKNOWN', availabilityZone: 'us-east-1b',
			eniId: 'eni-0c1b2c3d4e5f60718', privateIpv4: '10.0.2.90', launchType: 'FARGATE', stopCode: 'EssentialContainerExited',
			stoppedReason: 'Essential container in task exited', createdAt: '2026-01-15T10:00:00Z',
		}),
	];
}

/** `count` running web tasks with ids t0000…, created in order. */
export function manyTasks(count: number, prefix = 't'): TaskRow[] {
	return Array.from({length: count}, (_, index) => {
		const id = `${prefix}${String(index).padStart(4, '0')}`;
		return makeTaskRow({
			taskArn: arn(id), service: 'web', lastStatus: 'RUNNING', desiredStatus: 'RUNNING',
			privateIpv4: `10.0.${Math.floor(index / 250)}.${index % 250}`,
			createdAt: new Date(Date.UTC(2026, 0, 15, 10, 0, 0) + index * 1000).toISOString(),
		});
	});
}
