import {taskConsoleUrl} from '../../model/console-url.js';
import type {TaskRow} from '../../model/task-row.js';
import type {CommandSpec} from '../keys/command.js';

const copy = <Ctx>(id: string, key: string, what: string, value: (row: TaskRow) => string | null) =>
	(rowOf: (context: Ctx) => TaskRow | null): CommandSpec<Ctx> => ({
		id, keys: [key], description: `Copy the task's ${what}`, hint: 'copy', footerOrder: 7,
		run(context) {
			const row = rowOf(context);
			return row === null ? undefined : {kind: 'copy', text: value(row), what};
		},
	});

/**
 * The keys that copy a task's values to the clipboard (OSC 52, so it works over SSH): on the task
 * grid for the selected task, on the task screen for its task.
 */
export function taskCopyCommands<Ctx>(rowOf: (context: Ctx) => TaskRow | null): Array<CommandSpec<Ctx>> {
	return [
		copy<Ctx>('copy-ip', 'c', 'private IP', row => row.privateIpv4 ?? row.ipv6)(rowOf),
		copy<Ctx>('copy-arn', 'y', 'ARN', row => row.taskArn)(rowOf),
		copy<Ctx>('copy-eni', 'e', 'ENI id', row => row.eniId)(rowOf),
		copy<Ctx>('copy-id', 'i', 'id', row => row.taskId)(rowOf),
		copy<Ctx>('copy-url', 'o', 'console URL', row => taskConsoleUrl(row.taskArn, row.clusterArn))(rowOf),
	];
}
