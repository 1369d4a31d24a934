import {taskConsoleUrl} from '../../../model/console-url.js';
import {clean, formatHostPorts, formatLaunch} from '../../../model/format.js';
import {statusGroup} from '../../../model/status-group.js';
import {drainingLeftMs, targetStateText} from '../../../model/targets/target-cell.js';
import {targetGroupName} from '../../../model/targets/target-group-name.js';
import type {TaskTarget} from '../../../model/targets/task-target.js';
import type {ContainerRow, TaskRow, TaskTimestamps} from '../../../model/task-row.js';
import {targetStateTone} from '../../target-tone.js';
import {healthTone, statusTone, type Tone} from '../../theme.js';

/** One line of the detail view: a section title, or a label with a (sanitised) value; null is missing. */
export type DetailLine =
	| {kind: 'section'; text: string}
	| {kind: 'field'; label: string; value: string | null; tone?: Tone; indent?: number; link?: boolean};

const TIMESTAMPS: ReadonlyArray<keyof TaskTimestamps> = [
	'createdAt', 'pullStartedAt', 'pullStoppedAt', 'connectivityAt', 'startedAt', 'stoppingAt', 'executionStoppedAt', 'stoppedAt',
];

function field(label: string, value: string | number | null, extra: {tone?: Tone; indent?: number; link?: boolean} = {}): DetailLine {
	return {kind: 'field', label, value: typeof value === 'number' ? String(value) : clean(value), ...extra};
}

function containerLines(container: ContainerRow): DetailLine[] {
	const ips = [container.privateIpv4, container.ipv6].filter(ip => ip !== null).join(' ');
	return [
		field('name', container.name, {indent: 2}),
		field('image', container.image, {indent: 4}),
		field('status', container.lastStatus, {indent: 4}),
		field('health', container.healthStatus, {indent: 4, tone: healthTone(container.healthStatus)}),
		field('exit code', container.exitCode, {indent: 4}),
		field('reason', container.reason, {indent: 4}),
		field('ports', formatHostPorts(container.ports), {indent: 4}),
		field('IPs', ips === '' ? null : ips, {indent: 4}),
	];
}

function targetLines(target: TaskTarget, nowMs: number): DetailLine[] {
	const port = target.port === null ? '' : `:${target.port}`;
	return [
		field('target group', targetGroupName(target.targetGroupArn), {indent: 2}),
		field('ARN', target.targetGroupArn, {indent: 4}),
		field('target', `${target.targetId}${port}`, {indent: 4}),
		// The state as the TARGET column words it (`draining 4m`), then ELB's own words.
		field('state', targetStateText(target, drainingLeftMs(target, nowMs)), {indent: 4, tone: targetStateTone(target.state)}),
		field('reason', target.reason, {indent: 4}),
		field('description', target.description, {indent: 4}),
		...(target.drainingEndsAt === null ? [] : [field('draining ends', target.drainingEndsAt, {indent: 4})]),
	];
}

/**
 * Every field of a task, in sections, ready to be windowed by the detail view; draining time left
 * is measured at `nowMs`. The load-balancer section is there when the task's targets were read.
 */
export function detailLines(row: TaskRow, nowMs: number): DetailLine[] {
	const lines: DetailLine[] = [
		{kind: 'section', text: 'Overview'},
		field('ARN', row.taskArn),
		field('console', taskConsoleUrl(row.taskArn, row.clusterArn), {link: true}),
		field('cluster', row.clusterArn),
		field('service', row.service),
		field('group', row.group),
		field('started by', row.startedBy),
		field('task definition', row.taskDefinition),
		field('last status', row.lastStatus, {tone: statusTone(statusGroup(row))}),
		field('desired status', row.desiredStatus),
		field('health', row.healthStatus, {tone: healthTone(row.healthStatus)}),
		field('stop code', row.stopCode),
		field('stopped reason', row.stoppedReason),
		field('availability zone', row.availabilityZone),
		field('launch', formatLaunch(row)),
		field('launch type', row.launchType),
		field('capacity provider', row.capacityProviderName),
		field('platform version', row.platformVersion),
		field('container instance', row.containerInstanceArn),
		field('cpu', row.cpu),
		field('memory', row.memory),
		field('version', row.version),
		{kind: 'section', text: 'Network'},
		field('ENI', row.eniId),
		field('private IPv4', row.privateIpv4),
		field('IPv6', row.ipv6),
		field('subnet', row.subnetId),
		field('MAC address', row.macAddress),
		field('private DNS', row.privateDnsName),
		field('attachment status', row.attachmentStatus),
		field('host ports', formatHostPorts(row.hostPorts)),
		...(row.targets === undefined ? [] : [
			{kind: 'section', text: `Load balancer targets (${row.targets.length})`} as const,
			...(row.targets.length === 0
				? [field('state', 'unregistered: in none of its service\'s target groups', {indent: 2, tone: 'muted'})]
				: row.targets.flatMap(target => targetLines(target, nowMs))),
		]),
		{kind: 'section', text: 'Timestamps'},
		...TIMESTAMPS.map(key => field(key, row[key])),
		{kind: 'section', text: `Attachments (${row.attachments.length})`},
	];
	for (const attachment of row.attachments) {
		lines.push(
			field('type', attachment.type, {indent: 2}),
			field('id', attachment.id, {indent: 4}),
			field('status', attachment.status, {indent: 4}),
			...attachment.details.map(detail => field(clean(detail.name) ?? '?', detail.value, {indent: 4})),
		);
	}

	lines.push({kind: 'section', text: `Containers (${row.containers.length})`});
	for (const container of row.containers) lines.push(...containerLines(container));
	lines.push({kind: 'section', text: `Tags (${row.tags.length})`});
	for (const tag of row.tags) lines.push(field(clean(tag.key) ?? '?', tag.value, {indent: 2}));
	return lines;
}
