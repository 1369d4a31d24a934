import type {TaskTarget} from '../../source/model/targets/task-target.js';
import type {TaskRow} from '../../source/model/task-row.js';

let counter = 0;

/**
 * A TaskRow with every optional field null and empty arrays, plus a generated new-format ARN
 * (`arn:aws:ecs:us-east-1:123456789012:task/test/<id>`) unless `taskArn`/`taskId` are given.
 * When only `taskArn` is given, `taskId` is derived from its last path segment.
 */
export function makeTaskRow(overrides: Partial<TaskRow> = {}): TaskRow {
	counter += 1;
	const generatedId = `task${String(counter).padStart(6, '0')}`;
	const taskArn = overrides.taskArn ?? `arn:aws:ecs:us-east-1:123456789012:task/test/${overrides.taskId ?? generatedId}`;
	const taskId = overrides.taskId ?? taskArn.slice(taskArn.lastIndexOf('/') + 1);
	return {
		taskArn,
		taskId,
		clusterArn: null,
		service: null,
		group: null,
		startedBy: null,
		taskDefinition: null,
		family: null,
		revision: null,
		lastStatus: null,
		desiredStatus: null,
		healthStatus: null,
		availabilityZone: null,
		eniId: null,
		privateIpv4: null,
		ipv6: null,
		subnetId: null,
		macAddress: null,
		privateDnsName: null,
		attachmentStatus: null,
		launchType: null,
		capacityProviderName: null,
		platformVersion: null,
		containerInstanceArn: null,
		cpu: null,
		memory: null,
		stopCode: null,
		stoppedReason: null,
		hostPorts: [],
		containers: [],
		attachments: [],
		tags: [],
		version: null,
		createdAt: null,
		pullStartedAt: null,
		pullStoppedAt: null,
		connectivityAt: null,
		startedAt: null,
		stoppingAt: null,
		executionStoppedAt: null,
		stoppedAt: null,
		...overrides,
	};
}

/** A load-balancer target of a task (ELBv2 DescribeTargetHealth), `healthy` in target group `web` unless told. */
export function makeTarget(overrides: Partial<TaskTarget> = {}): TaskTarget {
	return {
		targetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef',
		targetId: '10.0.0.10',
		port: 80,
		state: 'healthy',
		reason: null,
		description: null,
		drainingEndsAt: null,
		...overrides,
	};
}
