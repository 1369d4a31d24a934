import {sanitize} from '../model/sanitize.js';
import type {TaskRow} from '../model/task-row.js';
import {toTaskJson, type TaskJson} from './task-json.js';

type ScalarKey = {[K in keyof TaskJson]: TaskJson[K] extends string | number | null ? K : never}[keyof TaskJson];

const SCALAR_COLUMNS: readonly ScalarKey[] = [
	'taskArn', 'taskId', 'clusterArn', 'service', 'group', 'startedBy', 'taskDefinition', 'family', 'revision',
	'lastStatus', 'desiredStatus', 'healthStatus', 'availabilityZone', 'eniId', 'privateIpv4', 'ipv6', 'subnetId',
	'macAddress', 'privateDnsName', 'attachmentStatus', 'launchType', 'capacityProviderName', 'platformVersion',
	'containerInstanceArn', 'cpu', 'memory', 'createdAt', 'startedAt', 'stoppingAt', 'stoppedAt', 'stopCode',
	'stoppedReason',
];

/**
 * `--output csv`: RFC 4180 with a header row, the JSON schema's scalar fields in the same order, then
 * `hostPorts` (`80->32768/tcp` joined by spaces) and `containers` (names joined by spaces).
 * Absent values are empty cells. Control characters are replaced, so a cell never spans lines, and
 * text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) is prefixed with `'`.
 */
export function formatCsv(rows: readonly TaskRow[]): string {
	const header = [...SCALAR_COLUMNS, 'hostPorts', 'containers'];
	const lines = [header.join(',')];
	for (const task of rows.map(toTaskJson)) {
		const ports = task.hostPorts.map((port) => `${port.containerPort ?? ''}->${port.hostPort ?? ''}/${port.protocol ?? ''}`);
		const containers = task.containers.map((container) => container.name ?? '');
		lines.push([...SCALAR_COLUMNS.map((key) => task[key]), ports.join(' '), containers.join(' ')].map(csvCell).join(','));
	}
	return `${lines.join('\r\n')}\r\n`;
}

// A spreadsheet runs a cell that starts with one of these as a formula; AWS text is untrusted.
const FORMULA_START = /^[=+\-@]/u;

function csvCell(value: string | number | null): string {
	if (value === null) return '';
	const clean = sanitize(String(value));
	const text = typeof value === 'string' && FORMULA_START.test(clean) ? `'${clean}` : clean;
	return /[",]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
