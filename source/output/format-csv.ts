import {taskColumn, type TaskColumnId} from '../model/column-names.js';
import {targetGroupName} from '../model/targets/target-group-name.js';
import type {TaskRow} from '../model/task-row.js';
import {csvText} from './csv-cell.js';
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
 * `hostPorts` (`80->32768/tcp` joined by spaces), `containers` (names joined by spaces) and
 * `targets` (`web-tg/10.0.1.17:80=healthy`: target group name, target, ELB state; joined by spaces). With
 * `chosen` fields (`--columns`), those columns instead, headed by their `--columns` names (`age`
 * is measured at `nowMs`).
 * Absent values are empty cells; every cell goes through {@link csvCell} (controls replaced,
 * formulas defused, quotes doubled).
 */
export function formatCsv(rows: readonly TaskRow[], chosen?: {fields: readonly TaskColumnId[]; nowMs: number}): string {
	if (chosen !== undefined) {
		const columns = chosen.fields.map(taskColumn);
		const cells = rows.map((row) => columns.map((column) => (column.csv === undefined ? column.text(row, chosen.nowMs) : column.csv(row))));
		return csvText([columns.map((column) => column.name), ...cells]);
	}

	const header = [...SCALAR_COLUMNS, 'hostPorts', 'containers', 'targets'];
	const records = rows.map(toTaskJson).map((task) => {
		const ports = task.hostPorts.map((port) => `${port.containerPort ?? ''}->${port.hostPort ?? ''}/${port.protocol ?? ''}`);
		const containers = task.containers.map((container) => container.name ?? '');
		const targets = (task.targets ?? []).map((target) => `${targetGroupName(target.targetGroupArn)}/${target.targetId}${target.port === null ? '' : `:${target.port}`}=${target.state}`);
		return [...SCALAR_COLUMNS.map((key) => task[key]), ports.join(' '), containers.join(' '), targets.join(' ')];
	});
	return csvText([header, ...records]);
}
