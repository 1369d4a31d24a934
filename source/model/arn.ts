/**
 * The last path segment of an ARN: the task id for both task ARN formats
 * (`task/<uuid>` and `task/<cluster>/<id>`), the service name for `service/<cluster>/<name>`.
 * Anything without a `/` (an id, not an ARN) comes back unchanged.
 */
export function lastArnSegment(arn: string): string {
	const slash = arn.lastIndexOf('/');
	return slash === -1 ? arn : arn.slice(slash + 1);
}

/** The service name of a task's `group` (`service:<name>`); null for standalone tasks. */
export function serviceFromGroup(group: string | undefined): string | null {
	const prefix = 'service:';
	if (group === undefined || !group.startsWith(prefix) || group.length === prefix.length) {
		return null;
	}

	return group.slice(prefix.length);
}

export interface TaskDefinitionRef {
	/** `family:revision`, or the family alone when the revision is missing. */
	taskDefinition: string;
	family: string;
	revision: number | null;
}

/**
 * Splits a task definition ARN (`…:task-definition/<family>:<revision>`) or a bare
 * `family:revision` into its parts.
 */
export function parseTaskDefinition(arn: string | undefined): TaskDefinitionRef | null {
	if (arn === undefined || arn === '') {
		return null;
	}

	const marker = 'task-definition/';
	const at = arn.indexOf(marker);
	const name = at === -1 ? arn : arn.slice(at + marker.length);
	const match = /^(.+):(\d+)$/u.exec(name);
	if (match?.[1] === undefined || match[2] === undefined) {
		return {taskDefinition: name, family: name, revision: null};
	}

	return {taskDefinition: name, family: match[1], revision: Number(match[2])};
}
