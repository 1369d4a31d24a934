import type {Json, WireRecord} from '../engine/world-api.js';

const isRecord = (value: Json | undefined): value is WireRecord => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A DescribeTasks answer with the tasks for which `missing()` holds moved to `failures` as ECS
 * reports a task it does not know: `{arn, reason: "MISSING"}` (API reference, DescribeTasks / Failure).
 */
export function withMissingTasks(answer: WireRecord, missing: () => boolean): WireRecord {
	const tasks = Array.isArray(answer['tasks']) ? answer['tasks'] : [];
	const failures = Array.isArray(answer['failures']) ? answer['failures'] : [];
	const kept: Json[] = [];
	const lost: Json[] = [];
	for (const task of tasks) {
		if (isRecord(task) && typeof task['taskArn'] === 'string' && missing()) lost.push({arn: task['taskArn'], reason: 'MISSING'});
		else kept.push(task);
	}

	return lost.length === 0 ? answer : {...answer, tasks: kept, failures: [...failures, ...lost]};
}
